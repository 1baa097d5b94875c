/**
 * Starlight's asides (`:::note[Title]` … `:::`), the one form every other tool's admonitions
 * become. Starlight has four: note, tip, caution, danger. A kind it has under another name
 * (warning, hint, error) takes that aside without a title, so the reader sees Starlight's own
 * word in the page's language; a kind it lacks (example, question, bug) keeps its own name as
 * the title, as MkDocs and Docusaurus showed it.
 */

export type AsideVariant = 'note' | 'tip' | 'caution' | 'danger';

const sameAs: Record<string, AsideVariant> = {
	note: 'note',
	seealso: 'note',
	info: 'note',
	tip: 'tip',
	hint: 'tip',
	warning: 'caution',
	caution: 'caution',
	attention: 'caution',
	warn: 'caution',
	danger: 'danger',
	error: 'danger',
};

/** Kinds Starlight has no aside for, and the aside that shows them best. */
const nearest: Record<string, AsideVariant> = {
	abstract: 'note',
	summary: 'note',
	tldr: 'note',
	todo: 'note',
	question: 'note',
	help: 'note',
	faq: 'note',
	example: 'note',
	quote: 'note',
	cite: 'note',
	important: 'note',
	primary: 'note',
	secondary: 'note',
	success: 'tip',
	check: 'tip',
	done: 'tip',
	failure: 'danger',
	fail: 'danger',
	missing: 'danger',
	bug: 'danger',
};

/** The aside for a tool's admonition kind, and the title it needs to keep saying what it was. */
export function asideFor(kind: string, title?: string): { variant: AsideVariant; title?: string } {
	const name = kind.toLowerCase();
	const own = title?.trim();
	if (sameAs[name]) return { variant: sameAs[name], ...(own ? { title: own } : {}) };
	const shown = name.charAt(0).toUpperCase() + name.slice(1);
	return { variant: nearest[name] ?? 'note', title: own || shown };
}

/**
 * An aside around lines of Markdown, at an indentation. Its fence has one colon more than the
 * longest inside it, so an aside that holds another still closes where it should.
 */
export function asideLines(indent: string, kind: string, title: string | undefined, body: readonly string[]): string[] {
	const { variant, title: shown } = asideFor(kind, title);
	const longest = Math.max(2, ...body.map((line) => /^\s*(:{3,})/.exec(line)?.[1]?.length ?? 0));
	const fence = ':'.repeat(longest + 1);
	// A title is Markdown inside [ ]: its own brackets are escaped.
	const label = shown ? `[${shown.replace(/[[\]\\]/g, (c) => `\\${c}`)}]` : '';
	return [`${indent}${fence}${variant}${label}`, ...body.map((line) => (line.trim() === '' ? '' : `${indent}${line}`)), `${indent}${fence}`];
}

/** Lines without the indentation they all share (blank lines aside). */
export function dedent(lines: readonly string[]): string[] {
	const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
	const common = widths.length > 0 ? Math.min(...widths) : 0;
	return lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length)));
}
