/**
 * One page a search found, as every search gives it to the result list (Pagefind online, the
 * archive's own index offline), and what its result says: the title as a link, the meta line
 * (type · date · "not translated" · "in <language>"), the excerpt, and the language the title and
 * excerpt are in. Worked out here without the DOM, so it is tested in Node; draw-result.ts only
 * puts it into elements.
 */
import type { ResultLanguage, ResultStrings } from './search-strings';

/** A piece of the excerpt: the page's text, with the words found marked. */
export interface ExcerptPart {
	text: string;
	marked?: boolean;
}

export interface FoundPage {
	/** The page's address, for the link; empty for a page that has none to link to. */
	url: string;
	title: string;
	/** "Learning", "Aprendizaje"…: the page's type in its language. */
	type?: string | undefined;
	/** YYYY-MM-DD. */
	date?: string | undefined;
	/** The language of the page found (its code), which may not be the language searched from. */
	language: string;
	/** On a page that shows an untranslated entry: the language of the original, which its text is in. */
	untranslated?: string | undefined;
	excerpt: ExcerptPart[];
}

/** The page the results are drawn on. */
export interface ResultContext {
	/** The page's language. */
	language: string;
	languages: readonly ResultLanguage[];
	strings: ResultStrings;
	/** The page's address, which relative result addresses resolve against. */
	base: string;
}

export interface ResultDescription {
	/** Undefined for an address that is not a page's: the title is then shown without a link. */
	href: string | undefined;
	title: string;
	meta: string;
	/** The language of the title and excerpt when it is not the page's, so screen readers pronounce them right. */
	lang: string | undefined;
}

/** Only an address of a page, on the web or on disk (the offline copy): one entry's odd data never makes a link that runs script. */
export function safeHref(url: string, base: string): string | undefined {
	try {
		return ['http:', 'https:', 'file:'].includes(new URL(url, base).protocol) ? url : undefined;
	} catch {
		return undefined;
	}
}

// One formatter per language: creating one costs more than formatting a date with it.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as the page's language writes it; nothing for a date that is not one, so one entry's bad data never breaks the list for the others. */
export function formatDate(date: string | undefined, language: string): string | undefined {
	const day = date ? new Date(date) : undefined;
	if (!day || Number.isNaN(day.getTime())) return undefined;
	let format = dateFormats.get(language);
	if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })));
	return format.format(day);
}

export function describeResult(found: FoundPage, context: ResultContext): ResultDescription {
	const parts = [found.type, formatDate(found.date, context.language)];
	if (found.untranslated) parts.push(context.strings.untranslated);
	if (found.language !== context.language) {
		const label = context.languages.find((l) => l.code === found.language)?.label ?? found.language;
		parts.push(context.strings.inLanguage.replace('{{language}}', label));
	}
	// An untranslated entry shows its original's text, whatever the language of the page found.
	const textLanguage = found.untranslated || found.language;
	return {
		// An empty address: a page the site can name but not link to (a network member's page the hub has no copy of).
		href: found.url ? safeHref(found.url, context.base) : undefined,
		title: found.title,
		meta: parts.filter(Boolean).join(' · '),
		lang: textLanguage !== context.language ? textLanguage : undefined,
	};
}
