import { asideLines, dedent } from './asides';
import { replaceBlocks } from './code-fences';

/**
 * MkDocs's admonitions (Python-Markdown's `!!!`) and Material's collapsible ones
 * (pymdownx.details' `???` and `???+`): a first line with the kind, other class names and a
 * quoted title, then a body indented by four spaces that ends at the first line indented less.
 * Left as they are, the body would be a code block in any other Markdown. Admonitions inside a
 * body are converted too, and the outer aside's fence grows to hold them.
 */

const opening = /^(\s*)(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)((?:[ \t]+[\w-]+)*)(?:[ \t]+"(.*)")?[ \t]*$/;

export function convertMkdocsAdmonitions(text: string): string {
	return convert(text.split('\n')).join('\n');
}

function convert(lines: readonly string[]): string[] {
	return replaceBlocks(lines, opening, ([, indent = '', kind, , title], start) => {
		const bodyIndent = indent.length + 4;
		// The body: lines indented past the marker, and blank lines between them.
		let end = start + 1;
		while (end < lines.length) {
			const line = lines[end]!;
			const width = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
			if (line.trim() !== '' && width < bodyIndent) break;
			end++;
		}
		while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
		const body = convert(dedent(lines.slice(start + 1, end).map((l) => l.replace(/\t/g, '    '))));
		// An empty title ("") is MkDocs's way to show no title bar; Starlight always shows one, its own.
		return { lines: asideLines(indent, kind!, title === '' ? undefined : title, body), end };
	});
}
