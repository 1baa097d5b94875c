import type { SiteConfig } from '../config/site-config';
import { sectionSlug, type SlugKey, type SlugOverrides } from '../model/sections';

/**
 * Language facts derived once from the site configuration. The default language is
 * Starlight's "root" locale: its files sit at the root of each content folder and its
 * URLs have no prefix; every other language lives in a sub-folder and under /<code>/.
 */
export interface Locales {
	readonly defaultLanguage: string;
	readonly languages: readonly string[];
	/** URL prefix of a language without the base path: "" for the default, "/es" otherwise. */
	prefix(language: string): string;
	/** The language and the language-independent key of a collection entry id ("es/foo" → es, foo). */
	splitId(id: string): { language: string; key: string };
	/** The language's own name for itself, such as "Español". */
	label(language: string): string;
	/** The URL word of a section in a language, such as "aprendizajes". */
	slug(section: SlugKey, language: string): string;
}

export function createLocales(config: Pick<SiteConfig, 'languages' | 'defaultLanguage'> & { slugs?: SlugOverrides }): Locales {
	const others = new Set(config.languages.filter((l) => l !== config.defaultLanguage));
	return {
		defaultLanguage: config.defaultLanguage,
		languages: [config.defaultLanguage, ...others],
		prefix: (language) => (language === config.defaultLanguage ? '' : `/${language}`),
		splitId(id) {
			const slash = id.indexOf('/');
			const head = slash === -1 ? '' : id.slice(0, slash);
			return others.has(head) ? { language: head, key: id.slice(slash + 1) } : { language: config.defaultLanguage, key: id };
		},
		label: languageLabel,
		slug: (section, language) => sectionSlug(section, language, config.slugs),
	};
}

/** A language's name in that language, from the runtime's CLDR data; "es" → "Español". */
const labels = new Map<string, string>();
export function languageLabel(language: string): string {
	let label = labels.get(language);
	if (!label) {
		const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
		labels.set(language, (label = name.charAt(0).toLocaleUpperCase(language) + name.slice(1)));
	}
	return label;
}
