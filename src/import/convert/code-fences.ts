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

/**
 * Walks a page's lines outside code and gives each line that `opening` matches to `block`, which
 * reads the block it opens and says what to write for it and where the block ends (the index of
 * the first line after it). Every other line is kept as it is. The one loop of the converters of
 * blocks written over several lines (GitHub's alerts, MkDocs's admonitions).
 */
export function replaceBlocks(
	lines: readonly string[],
	opening: RegExp,
	block: (match: RegExpExecArray, start: number) => { lines: readonly string[]; end: number }
): string[] {
	const inCode = codeLines(lines);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const match = inCode[i] ? null : opening.exec(lines[i]!);
		if (!match) {
			out.push(lines[i]!);
			continue;
		}
		const written = block(match, i);
		out.push(...written.lines);
		i = written.end - 1;
	}
	return out;
}
