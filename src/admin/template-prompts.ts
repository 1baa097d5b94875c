import type { WriterLanguage } from '../errors/writer-language';
import type { KindName } from '../model/registry';
import { templates } from '../cli/templates';

/**
 * The help `memoria new` writes above each field of a new file, read back from the template's own
 * text so the admin's hints and the templates never say different things. A template writes each
 * top-level field under its comment lines (src/cli/templates/frontmatter.ts, renderFields); the
 * comments before the first field are the template's heading, which becomes the collection's
 * description. Help that explains editing YAML by hand (delete the "# ", copy these lines) means
 * nothing in a form and is left out: the field's own description is shown instead.
 */
export interface TemplatePrompts {
	heading?: string;
	fields: Map<string, string>;
}

/** Help that only makes sense in a text editor: YAML's comment marks, empty lists, file names as ids. */
const editorOnly = /"# "|\[\]|\bYAML\b|frontmatter|metadatos|\blines?\b.*\bcopy|\bcopy\b.*\blines?\b|copia .*líneas|file name|nombre (?:del|de su) archivo/i;

export function templatePrompts(kind: KindName, language: WriterLanguage, keys: readonly string[]): TemplatePrompts {
	const text = templates[kind](
		{ title: 'x', date: '2025-01-15', language, projects: [], help: language, themes: [], organisations: [], defaultVisibility: 'public' },
		'x'
	);
	const frontmatter = text.startsWith('---\n') ? text.slice(4, text.indexOf('\n---\n', 4)) : text;
	const known = new Set(keys);
	const fields = new Map<string, string>();
	let heading: string | undefined;
	let pending: string[] = [];
	let seenField = false;
	for (const line of frontmatter.split('\n')) {
		const key = /^(?:# )?([A-Za-z]\w*):/.exec(line)?.[1];
		if (key && known.has(key)) {
			// "# key:" with nothing after it is the template's list of fields it does not know yet,
			// described by the schema's English comment: the admin has better words for those.
			const help = /^# \w+:$/.test(line) ? '' : pending.join(' ').trim();
			if (help && !editorOnly.test(help) && !fields.has(key)) fields.set(key, help);
			pending = [];
			seenField = true;
		} else if (line.trim() === '') {
			pending = [];
		} else if (line === '#') {
			// The line between the heading and the intro that every template shares.
			if (!seenField && heading === undefined) heading = pending.join(' ').trim() || undefined;
			pending = [];
		} else if (line.startsWith('#')) {
			pending.push(line.replace(/^#\s?/, ''));
		}
	}
	return { ...(heading ? { heading } : {}), fields };
}
