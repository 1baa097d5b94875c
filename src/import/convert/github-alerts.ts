import { asideLines } from './asides';
import { codeLines } from './code-fences';

/**
 * GitHub's alerts (`> [!NOTE]`), which Hugo renders since 0.132 and Obsidian writes as callouts
 * (`> [!tip]- A title`): a blockquote whose first line names the kind. Any tool's pages may
 * hold them, since writers copy them from READMEs. The quote's lines become the aside's body.
 */

const opening = /^(\s*)>[ \t]*\[!([A-Za-z]+)\][+-]?[ \t]*(.*)$/;

export function convertGithubAlerts(text: string): string {
	const lines = text.split('\n');
	const inCode = codeLines(lines);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const match = inCode[i] ? null : opening.exec(lines[i]!);
		if (!match) {
			out.push(lines[i]!);
			continue;
		}
		const [, indent = '', kind, title] = match;
		const body: string[] = [];
		let next = i + 1;
		while (next < lines.length && /^\s*>/.test(lines[next]!)) body.push(lines[next++]!.replace(/^\s*>[ ]?/, ''));
		out.push(...asideLines(indent, kind!, title?.trim() || undefined, body));
		i = next - 1;
	}
	return out.join('\n');
}
