/**
 * Which lines of a Markdown text are code: a fenced block shows syntax (a shortcode, an
 * admonition, a Liquid tag) as an example, and no conversion may touch it. Fences are found at
 * any indentation, since other tools' blocks (MkDocs's admonitions) indent whole code blocks.
 */
export function codeLines(lines: readonly string[]): boolean[] {
	const inCode: boolean[] = [];
	let fence: { char: string; length: number } | undefined;
	for (const line of lines) {
		const marker = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
		if (fence) {
			inCode.push(true);
			if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '') fence = undefined;
		} else if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) {
			fence = { char: marker[1]![0]!, length: marker[1]!.length };
			inCode.push(true);
		} else inCode.push(false);
	}
	return inCode;
}

/** A line with its code spans blanked out, so `{{< x >}}` shown inline is not read as a shortcode. */
export const withoutCodeSpans = (line: string) => line.replace(/(`+)(?:(?!\1)[\s\S])+?\1/g, (span) => ' '.repeat(span.length));
