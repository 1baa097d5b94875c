/**
 * The search page's index in the offline copy: one plain script per language
 * (`search-index.<lang>.js`, which sets `self.memoriaOfflineIndex`), loaded with `<script src>` —
 * which pages opened from disk may use, unlike fetch — and searched in the page (offline-index.ts).
 * The page's own language's script is already in the page (src/offline/offline-page.ts).
 */
import { countFilters, matchesFilters } from '../../search/browser/core/filters';
import type { FoundPage } from '../../search/browser/core/found-page';
import { resultsAtHand } from '../../search/browser/core/result-list';
import type { PageSearchEngine, SearchPageData } from '../../search/browser/core/search-page';
import type { OfflineSearchRecord } from './offline-record';
import { offlineIndex, type IndexedRecord } from './offline-index';

declare global {
	interface Window {
		memoriaOfflineIndex?: Record<string, OfflineSearchRecord[]>;
	}
}

export function offlinePageEngine(root: HTMLElement, { language, filterKeys }: SearchPageData): PageSearchEngine {
	/** Each language's index script, from this page. */
	const scripts = JSON.parse(root.dataset.offlineIndexes!) as Record<string, string>;
	/** The copy's root folder, from this page: records' addresses start there. */
	const siteRoot = root.dataset.offlineRoot ?? '';
	const index = offlineIndex();
	const loading: Record<string, Promise<void>> = {};
	const loaded = new Set<string>();
	const wanted = (allLanguages: boolean) => (allLanguages ? Object.keys(scripts) : [language]);

	const recordsOf = (code: string) => window.memoriaOfflineIndex?.[code];
	/** Indexes a language, first loading its script unless the page already did. */
	const load = (code: string) =>
		(loading[code] ??= new Promise<void>((done) => {
			const src = scripts[code];
			if (recordsOf(code) || !src) return done();
			const script = document.createElement('script');
			script.src = src;
			// A script that fails to load leaves its language out; the others still search.
			script.onload = script.onerror = () => done();
			document.body.append(script);
		}).then(async () => {
			const records = recordsOf(code);
			if (records) await index.add(code, records);
			loaded.add(code);
		}));

	const found = (record: IndexedRecord): FoundPage => ({
		url: siteRoot + record.url,
		title: record.title,
		type: record.type,
		date: record.date,
		language: record.language,
		untranslated: record.untranslated,
		excerpt: [{ text: record.excerpt }],
	});

	return {
		ready: (allLanguages) => wanted(allLanguages).every((code) => loaded.has(code)),
		prepare: async (allLanguages) => {
			await Promise.all(wanted(allLanguages).map(load));
		},
		filterCounts: async (allLanguages) => countFilters(index.all(wanted(allLanguages)), filterKeys),
		search: async (state) => {
			const languages = wanted(state.allLanguages);
			const records = (state.query ? index.search(state.query, languages) : index.all(languages)).filter((record) =>
				matchesFilters(record.filters, state.filters)
			);
			return { results: resultsAtHand(records, found), filters: countFilters(records, filterKeys) };
		},
	};
}
