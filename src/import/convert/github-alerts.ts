import { asideLines } from './asides';
import { replaceBlocks } from './code-fences';

/**
 * GitHub's alerts (`> [!NOTE]`), which Hugo renders since 0.132 and Obsidian writes as callouts
 * (`> [!tip]- A title`): a blockquote whose first line names the kind. Any tool's pages may
 * hold them, since writers copy them from READMEs. The quote's lines become the aside's body.
 */

const opening = /^(\s*)>[ \t]*\[!([A-Za-z]+)\][+-]?[ \t]*(.*)$/;

export function convertGithubAlerts(text: string): string {
	const lines = text.split('\n');
	return replaceBlocks(lines, opening, ([, indent = '', kind, title], start) => {
		const body: string[] = [];
		let end = start + 1;
		while (end < lines.length && /^\s*>/.test(lines[end]!)) body.push(lines[end++]!.replace(/^\s*>[ ]?/, ''));
		return { lines: asideLines(indent, kind!, title?.trim() || undefined, body), end };
	}).join('\n');
}
