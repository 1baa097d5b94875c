import type { Locales } from './locales';
import type { FrameworkPage, Section, Taxonomy } from '../model/sections';

/**
 * Every URL Memoria writes comes from here, so the base path and localised section names
 * are applied in one place. URLs end with "/" (Astro's directory build format).
 */
export interface UrlBuilder {
	home(language: string): string;
	listing(section: Section, language: string, page?: number): string;
	entry(section: Section, key: string, language: string): string;
	/** The printable report of a project (`/projects/<slug>/report/`), given the project's slug in that language. */
	report(slug: string, language: string): string;
	/** The index of a taxonomy (all themes, all countries). */
	taxonomy(taxonomy: Taxonomy, language: string): string;
	/** The page of one theme or country. */
	term(taxonomy: Taxonomy, id: string, language: string): string;
	/** The full search page. */
	search(language: string): string;
	/** The translation status page for maintainers. */
	translations(language: string): string;
	/**
	 * A page of the learning framework: recommendations, assumptions, actions, the synthesis
	 * index or one theme's synthesis (`id` = theme), the reviews index or one review (`id` = period).
	 */
	framework(page: FrameworkPage, language: string, id?: string): string;
	/** A path inside the site (such as a guide's "guides/foo/"), localised and with the base. */
	page(path: string, language: string): string;
	/**
	 * A hub's network pages (src/network/): the members (no `member`), a member's page, or the copy
	 * of one of its entries at the path the member's export gives it ("aprendizajes/escuchar/").
	 */
	network(language: string, member?: string, path?: string): string;
	/** A view across the network's members: the themes or countries (with `id`, one of them), or what the network learned (with `id`, on one theme). */
	networkView(view: 'themes' | 'countries' | 'synthesis', language: string, id?: string): string;
}

export function createUrlBuilder(locales: Locales, base: string): UrlBuilder {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	const join = (...parts: string[]) => `${root}/${parts.filter(Boolean).join('/')}/`.replace(/\/{2,}/g, '/');
	const lang = (language: string) => locales.prefix(language).slice(1);
	return {
		home: (language) => join(lang(language)),
		listing: (section, language, page = 1) => join(lang(language), locales.slug(section, language), page > 1 ? `page/${page}` : ''),
		entry: (section, key, language) => join(lang(language), locales.slug(section, language), key),
		report: (slug, language) => join(lang(language), locales.slug('projects', language), slug, locales.slug('report', language)),
		taxonomy: (taxonomy, language) => join(lang(language), locales.slug(taxonomy, language)),
		term: (taxonomy, id, language) => join(lang(language), locales.slug(taxonomy, language), id.toLowerCase()),
		search: (language) => join(lang(language), locales.slug('search', language)),
		translations: (language) => join(lang(language), locales.slug('translations', language)),
		framework: (page, language, id) => join(lang(language), locales.slug(page, language), id ?? ''),
		page: (path, language) => join(lang(language), path.replace(/^\/|\/$/g, '')),
		network: (language, member, path) => join(lang(language), locales.slug('network', language), member ?? '', path ?? ''),
		networkView: (view, language, id) => join(lang(language), locales.slug('network', language), locales.slug(view, language), id ?? ''),
	};
}
