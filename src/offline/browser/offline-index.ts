/**
 * The offline copy's search over its own records (src/offline/search-index.ts), with MiniSearch:
 * words match whole, or as the start of the last word typed, or nearly (a long word with a typo);
 * every word must match; titles count more than excerpts, excerpts more than the text; accents
 * and case are ignored. Drafts and archived entries rank after every current page, as online.
 */
import MiniSearch from 'minisearch';
import type { OfflineSearchRecord } from './offline-record';

/** A record as the search keeps it: with its language and an id. */
export type IndexedRecord = OfflineSearchRecord & { id: string; language: string };

/** Lower-case, without accents: "Energía" and "energia" find the same pages. */
export function normalise(term: string): string {
	return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface OfflineIndex {
	/** Indexes one language's records, in chunks so the page stays responsive; resolves when done. */
	add(language: string, records: readonly OfflineSearchRecord[]): Promise<void>;
	/** Records matching the words, best first, in the given languages. */
	search(query: string, languages: readonly string[]): IndexedRecord[];
	/** Every record of the given languages, newest first: what filters alone narrow. */
	all(languages: readonly string[]): IndexedRecord[];
}

export function offlineIndex(): OfflineIndex {
	const byId = new Map<string, IndexedRecord>();
	const engine = new MiniSearch<IndexedRecord>({
		idField: 'id',
		fields: ['title', 'excerpt', 'text'],
		storeFields: [],
		processTerm: (term) => {
			const clean = normalise(term);
			return clean.length > 1 ? clean : null;
		},
		searchOptions: {
			boost: { title: 4, excerpt: 2 },
			// The last word is probably still being typed.
			prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
			fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
			combineWith: 'AND',
			// Drafts and archived entries after every current page, as online (weight 0 there; a tiny
			// positive boost here keeps them in the results, in their own order).
			boostDocument: (id) => (byId.get(id)?.retired ? 1e-6 : 1),
		},
	});
	const inLanguages = (languages: readonly string[]) => (record: IndexedRecord | undefined) => record !== undefined && languages.includes(record.language);

	return {
		async add(language, records) {
			const documents = records.map((record, i): IndexedRecord => ({ ...record, id: `${language}:${i}`, language }));
			await engine.addAllAsync(documents, { chunkSize: 200 });
			for (const document of documents) byId.set(document.id, document);
		},
		search(query, languages) {
			if (!query.trim()) return [];
			const wanted = inLanguages(languages);
			return engine
				.search(query, { filter: (result) => wanted(byId.get(result.id)) })
				.map((result) => byId.get(result.id))
				.filter(wanted) as IndexedRecord[];
		},
		all(languages) {
			return [...byId.values()].filter(inLanguages(languages)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
		},
	};
}
