declare module 'virtual:memoria/config' {
	const config: import('./config/site-config').SiteConfig;
	export default config;
	/** Absolute path of the project (the folder with memoria.config.ts and content/). */
	export const projectRoot: string;
	/** "public" (the default build) or "internal" (memoria build --internal). */
	export const audience: 'public' | 'internal';
	/** Whether drafts are shown: on the dev server only, never in a build (src/model/visibility.ts). */
	export const showsDrafts: boolean;
	/** The version of Pagefind the site indexes with, on a network's hub (src/network/pagefind-version.ts); empty otherwise. */
	export const hubPagefind: string;
}

declare namespace App {
	interface Locals {
		/** URL of the current page in each language, set by Memoria's pages for the language switch and hreflang. */
		memoriaAlternates?: Record<string, string>;
		/** Languages in which the page exists as a real translation; hreflang links name only these. */
		memoriaTranslated?: string[];
		/**
		 * The language of the entry's original, which may be any of the site's: a fallback page's notice
		 * links to it, and x-default points to it. Unset on other pages (a guide's original is the default language's).
		 */
		memoriaOriginalLanguage?: string;
		/** The page is one of Starlight's docs pages (a guide), set by route-data.ts. */
		memoriaGuide?: boolean;
		/** On a guide's page: its breadcrumbs and, on a folder's index page, what the folder holds (src/site/guide-navigation.ts). */
		memoriaGuideNavigation?: Omit<import('./site/guide-navigation').GuidePageNavigation, 'pagination'>;
		/** The page shows an internal entry (internal builds only). */
		memoriaInternal?: boolean;
		/**
		 * On a network's hub, whose memory a page is from, for the search's "From the memory of" filter:
		 * a member's name on the copy of its entry, the hub's own name when unset (route-data.ts).
		 * Null: the page is a copy the hub does not index itself (its member's own bundle is merged instead).
		 */
		memoriaSearchMemory?: string | null;
		/** The page shows a draft (the dev server only: no build has drafts). */
		memoriaDraft?: boolean;
		/**
		 * A message with a number, in the page's language: `plural('memoria.count.projects', 2)` is
		 * "2 projects". The only way to a plural message (src/translation-plurals.ts).
		 */
		plural: (key: import('./translations/catalogue').PluralKey, count: number) => string;
		/** Every form of a message with a number in the page's language, for a browser script to choose from with plural() (src/translations/plural.ts). */
		pluralForms: (key: import('./translations/catalogue').PluralKey) => import('./translations/plural').PluralForms;
	}
}
