import { asideFor } from './asides';
import { codeLines } from './code-fences';

/**
 * Docusaurus's admonitions are already written with colons: only their kinds (info, warning)
 * and their older title syntax (`:::tip My title`, before `:::tip[My title]`) differ from
 * Starlight's. The opening line is rewritten; the body and the closing `:::` stay as they are.
 */

const opening = /^(\s*)(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[(.*)\]|[ \t]+(.+?))?[ \t]*$/;

export function convertDocusaurusAdmonitions(text: string): string {
	const lines = text.split('\n');
	const inCode = codeLines(lines);
	return lines
		.map((line, i) => {
			const match = inCode[i] ? null : opening.exec(line);
			if (!match) return line;
			const [, indent, fence, kind, bracketed, spaced] = match;
			const { variant, title } = asideFor(kind!, bracketed ?? spaced);
			return `${indent}${fence}${variant}${title ? `[${title.replace(/[[\]\\]/g, (c) => `\\${c}`)}]` : ''}`;
		})
		.join('\n');
}
