/**
 * The offline copy's search index, built from the same content Pagefind indexes online: the part
 * of each page marked `data-pagefind-body`, without what is marked `data-pagefind-ignore`, with the
 * type, date and "not translated" notes from `data-pagefind-meta`. Pages without a marked body
 * (home pages, listings, the search page) are left out, as online.
 *
 * Pagefind loads WebAssembly and fetches its index, which a browser refuses for pages opened from
 * disk. The offline index is instead one plain script per language (`search-index.<lang>.js`) that
 * sets a global, loaded with `<script src>`, which works from file://. To stay small it keeps, per
 * page, the title, the short description shown in results, and each word of the text once.
 */
import { Parser } from 'htmlparser2';
import { networkCopyMarker, retiredMarker } from '../search/bundles';
import type { OfflineSearchRecord } from './browser/offline-record';

export type { OfflineSearchRecord };

export interface RecordOptions {
	/** Descriptions that say nothing about the page (the site's own description, which Starlight uses as a default). */
	genericDescriptions?: ReadonlySet<string>;
	/** The most words kept per page. */
	maxWords?: number;
	/** The longest excerpt, in characters. */
	maxExcerpt?: number;
}

/** Elements whose text is not the page's text. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const words = /[\p{L}\p{N}]+/gu;

function shorten(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** The page's language and its search record, or null for a page that is not searchable. */
export function searchRecordFromHtml(html: string, path: string, options: RecordOptions = {}): { language: string; record: OfflineSearchRecord } | null {
	const maxWords = options.maxWords ?? 4000;
	const maxExcerpt = options.maxExcerpt ?? 220;
	let language = '';
	let description = '';
	const meta: Record<string, string> = {};
	const filters: Record<string, string[]> = {};
	let retired = false;
	let title = '';
	const body: string[] = [];
	let hasBody = false;

	// One entry per open element: whether its text counts, and whether it is the page title.
	const stack: { indexed: boolean; skip: boolean; title: boolean }[] = [];
	let titleDone = false;
	const top = () => stack[stack.length - 1];

	// Drafts and archived entries carry this marker instead of data-pagefind-body (they have their
	// own Pagefind bundle online, src/search/bundles.ts): index their <main>, and rank them last.
	const retiredPage = html.includes(retiredMarker);
	if (retiredPage) retired = true;
	// A network hub's copy of a merged member's entry: online, the member's own bundle finds it; offline, this index does.
	const mainIsBody = retiredPage || html.includes(networkCopyMarker);

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const parent = top();
				if (name === 'html' && attributes.lang) language = attributes.lang;
				if (name === 'meta' && attributes.name === 'description' && attributes.content) description = attributes.content;
				const isBody = 'data-pagefind-body' in attributes || (mainIsBody && name === 'main');
				if (isBody) hasBody = true;
				const metaValue = attributes['data-pagefind-meta'];
				if (metaValue) {
					const at = metaValue.indexOf(':');
					if (at > 0) meta[metaValue.slice(0, at).trim()] = metaValue.slice(at + 1).trim();
				}
				// A filter in a <meta>, "key[content]" with its value in content (a hub's name: route-data.ts).
				const fromMeta = /^([\w-]+)\[content\]$/.exec(attributes['data-pagefind-filter'] ?? '');
				const filterValue = fromMeta ? (attributes.content ? `${fromMeta[1]}:${attributes.content}` : undefined) : attributes['data-pagefind-filter'];
				if (filterValue) {
					const at = filterValue.indexOf(':');
					if (at > 0) (filters[filterValue.slice(0, at).trim()] ??= []).push(filterValue.slice(at + 1).trim());
				}
				const indexed = ((parent?.indexed ?? false) || isBody) && !('data-pagefind-ignore' in attributes);
				const skip = (parent?.skip ?? false) || skipped.has(name) || 'data-pagefind-ignore' in attributes;
				const isTitle = indexed && !skip && name === 'h1' && !titleDone;
				stack.push({ indexed: indexed && !skip, skip, title: isTitle || (parent?.title ?? false) });
				// Words in neighbouring elements stay apart ("<li>one</li><li>two</li>").
				if (indexed) body.push(' ');
			},
			ontext(text) {
				const current = top();
				if (!current?.indexed) return;
				if (current.title) title += text;
				else body.push(text);
			},
			onclosetag() {
				const closed = stack.pop();
				if (closed?.title && !top()?.title) titleDone = true;
			},
		},
		{ decodeEntities: true }
	);
	parser.end(html);
	if (!hasBody) return null;

	const text = body.join('').replace(/\s+/g, ' ').trim();
	const seen = new Set<string>();
	for (const word of `${title} ${text}`.toLowerCase().matchAll(words)) {
		if (word[0].length < 2 || seen.has(word[0])) continue;
		seen.add(word[0]);
		if (seen.size >= maxWords) break;
	}
	const useful = description && !options.genericDescriptions?.has(description) ? description : text;
	const record: OfflineSearchRecord = {
		url: path,
		title: title.replace(/\s+/g, ' ').trim() || path,
		...(meta.type ? { type: meta.type } : {}),
		...(meta.date ? { date: meta.date } : {}),
		...(meta.untranslated ? { untranslated: meta.untranslated } : {}),
		excerpt: shorten(useful, maxExcerpt),
		text: [...seen].join(' '),
		...(retired ? { retired: true as const } : {}),
		...(Object.keys(filters).length > 0 ? { filters } : {}),
	};
	return { language, record };
}

/**
 * The classic script holding one language's index: it adds the records to the global
 * `memoriaOfflineIndex`, keyed by language, so the search page can load any language with a plain
 * `<script src>` (no fetch, which pages opened from disk may not use).
 */
export function searchIndexScript(language: string, records: readonly OfflineSearchRecord[]): string {
	// JSON is valid JavaScript; "<" is escaped anyway so the file can never close an HTML element.
	const json = JSON.stringify(records).replace(/</g, '\\u003c');
	return `/* Memoria offline search index: ${records.length} pages in "${language}". */\n(self.memoriaOfflineIndex = self.memoriaOfflineIndex || {})[${JSON.stringify(language)}] = ${json};\n`;
}
