import { stringify } from 'yaml';
import type { WriterLanguage } from '../../errors/writer-language';

/**
 * Building blocks of the templates: each top-level field is written under a comment that says
 * what goes there, in the language of the file being written. A field the writer may leave out
 * is written commented out ("# end: …"), so every field of the schema is on the page and the
 * new file is still a valid entry as it stands.
 */

/** What a template is filled with. */
export interface TemplateInput {
	title: string;
	/** YYYY-MM-DD: the entry's date, or a project's start. */
	date: string;
	/** The language of the text. */
	language: string;
	/** Project ids: the one a learning comes from, or those a call or post is about. */
	projects: string[];
	/** The language of the help comments: the file's own when it is English or Spanish. */
	help: WriterLanguage;
	/** Ids writers may use, listed in the help so nobody has to look them up. */
	themes: string[];
	organisations: string[];
	/** The site's visibility for entries that set none. */
	defaultVisibility: string;
}

export interface TemplateField {
	key: string;
	help: string;
	lines: string[];
}

/** A text value on one line, quoted only when YAML needs it. */
export const yamlValue = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** A list of ids on one line: [a, b]. */
export const yamlIds = (ids: readonly string[]) => `[${ids.join(', ')}]`;

export const field = (key: string, help: string, value: string): TemplateField => ({ key, help, lines: [`${key}: ${value}`] });

/** A field left out of the entry until the writer deletes the "# " in front of it. */
export const optional = (key: string, help: string, example: string): TemplateField => ({ key, help, lines: [`# ${key}: ${example}`] });

/** A comment line that separates groups of fields. */
export const section = (title: string): TemplateField => ({ key: '', help: `—— ${title} ——`, lines: [] });

/** A field whose value spans lines (a list or an object); `lines` are indented under the key. */
export const block = (key: string, help: string, lines: string[]): TemplateField => ({ key, help, lines: [`${key}:`, ...lines.map((l) => `  ${l}`)] });

/** Help text as comment lines of at most about 100 characters. */
export function comment(text: string, indent = ''): string[] {
	return wrap(text).map((l) => `${indent}# ${l}`.trimEnd());
}

/** Text cut into lines of at most about 100 characters, between words. */
export function wrap(text: string): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		// "[words in brackets]" stay on one line: they are one example or one placeholder.
		for (const word of paragraph.match(/\[[^\]]*\]\S*|\S+/g) ?? ['']) {
			if (line && `${line} ${word}`.length > 98) {
				lines.push(line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		lines.push(line);
	}
	return lines;
}

/** "a, b, c" for the first few ids of a list, with "…" when there are more. */
export function someIds(ids: readonly string[], max = 12): string {
	return ids.length > max ? `${ids.slice(0, max).join(', ')}…` : ids.join(', ');
}

const intro: Record<WriterLanguage, string> = {
	en: [
		'Lines that start with # are help for you; the site ignores them.',
		'Replace each [text in brackets] and each "" with your own words. Write dates as YYYY-MM-DD.',
		'To use a field that starts with "# ", delete the "# " (and nothing else).',
	].join('\n'),
	es: [
		'Las líneas que empiezan con # son ayuda para ti; el sitio las ignora.',
		'Reemplaza cada [texto entre corchetes] y cada "" con tus propias palabras. Escribe las fechas como AAAA-MM-DD.',
		'Para usar un campo que empieza con "# ", borra el "# " (y nada más).',
	].join('\n'),
};

const moreFields: Record<WriterLanguage, string> = {
	en: 'More fields (described in the schema; the writers’ guide explains them):',
	es: 'Más campos (descritos en el esquema; la guía de redacción los explica):',
};

/**
 * The YAML of a template: the intro, a heading comment if any, then each field under its help.
 * Fields of the schema the template does not know yet (a field added after it was written) are
 * added at the end, commented out, with the description from the schema's doc comment.
 */
export function renderFields(
	help: WriterLanguage,
	heading: string[],
	fields: TemplateField[],
	schema?: { keys: string[]; descriptions: Map<string, string> }
): string {
	const known = new Set(fields.map((f) => f.key));
	const missing = (schema?.keys ?? []).filter((key) => !known.has(key));
	const lines = [...heading.flatMap((h) => comment(h)), ...(heading.length > 0 ? ['#'] : []), ...comment(intro[help])];
	for (const f of fields) lines.push('', ...comment(f.help), ...f.lines);
	if (missing.length > 0) {
		lines.push('', ...comment(moreFields[help]));
		for (const key of missing) lines.push(...comment(schema!.descriptions.get(key) ?? key), `# ${key}:`);
	}
	return `${lines.join('\n')}\n`;
}

/** A date some days after another, both YYYY-MM-DD: an example due date. */
export function daysAfter(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A Markdown file: the fields between the two "---" lines, then the body. */
export const markdownFile = (frontmatter: string, body: string) => `---\n${frontmatter}---\n\n${body.trim()}\n`;
