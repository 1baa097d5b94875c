/**
 * One page of the offline copy as its search index holds it: written at build time
 * (src/offline/search-index.ts), read in the reader's browser. Declared here, on the side that
 * reads it, so browser code needs nothing from the build.
 */
export interface OfflineSearchRecord {
	/** The page's path in the offline copy, from its root: `learnings/x/index.html`. */
	url: string;
	title: string;
	/** "Learning", "Aprendizaje"…: the page's type in its language. */
	type?: string;
	/** YYYY-MM-DD. */
	date?: string;
	/** The language of the original, on a page that shows an untranslated entry. */
	untranslated?: string;
	/** One or two sentences shown under the title in results. */
	excerpt: string;
	/** Every word of the page's text, lower-case, each once, in order of first use. */
	text: string;
	/** A draft or archived entry: ranked below current ones, as online. */
	retired?: true;
	/** The values a reader can narrow results by, as online: type, theme, project, country, organisation, year. */
	filters?: Record<string, string[]>;
}
