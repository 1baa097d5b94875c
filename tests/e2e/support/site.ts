/**
 * What the suite knows about the site: its languages, URL scheme and the list of page types,
 * with the entries that stand for each one discovered from the built `dist/` folder, so that
 * the tests follow the content as it changes instead of hard-coding ids.
 *
 * `discoverSite()` runs once in the global setup (Node side); its result is a plain JSON object
 * that test files receive with `inject('site')`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** Names used in test titles. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Spanish' };

/** Starlight's notice on a page shown in the default language because it has no translation. */
export const fallbackNotice: Record<Language, string> = {
	en: 'This content is not available in your language yet.',
	es: 'Esta página aún no está disponible en tu idioma.',
};

export const sections = [
	{ key: 'projects', entryName: 'project page', listingName: 'projects listing', slugs: { en: 'projects', es: 'proyectos' } },
	{ key: 'learnings', entryName: 'learning page', listingName: 'learnings listing', slugs: { en: 'learnings', es: 'aprendizajes' } },
	{ key: 'outcomes', entryName: 'outcome page', listingName: 'outcomes listing', slugs: { en: 'outcomes', es: 'alcances' } },
	{ key: 'calls', entryName: 'community call page', listingName: 'calls listing', slugs: { en: 'calls', es: 'llamadas' } },
	{ key: 'posts', entryName: 'blog post', listingName: 'blog listing', slugs: { en: 'blog', es: 'blog' } },
	{ key: 'organisations', entryName: 'organisation page', listingName: 'organisations listing', slugs: { en: 'organisations', es: 'organizaciones' } },
	{ key: 'assessments', entryName: 'self-assessment page', listingName: 'self-assessments listing', slugs: { en: 'assessments', es: 'autoevaluaciones' } },
] as const;
export type SectionKey = (typeof sections)[number]['key'];

/** URLs that exist in no language, to reach the 404 page. */
export const missingPaths: Record<Language, string> = {
	en: '/this-page-does-not-exist/',
	es: '/es/esta-pagina-no-existe/',
};

export const otherLanguage = (language: Language): Language => (language === 'en' ? 'es' : 'en');
const prefix = (language: Language) => (language === defaultLanguage ? '' : `/${language}`);
const sectionOf = (key: SectionKey) => sections.find((s) => s.key === key)!;

/** The last word of a project's printable report: /projects/x/report/, /es/proyectos/x/informe/. */
export const reportSlugs: Record<Language, string> = { en: 'report', es: 'informe' };

export const urls = {
	home: (language: Language) => `${prefix(language)}/`,
	listing: (section: SectionKey, language: Language) => `${prefix(language)}/${sectionOf(section).slugs[language]}/`,
	entry: (section: SectionKey, id: string, language: Language) => `${prefix(language)}/${sectionOf(section).slugs[language]}/${id}/`,
	report: (projectId: string, language: Language) => `${urls.entry('projects', projectId, language)}${reportSlugs[language]}/`,
	guide: (id: string, language: Language) => `${prefix(language)}/guides/${id}/`,
};

export type PageKind = 'home' | 'listing' | 'entry' | 'guide' | 'not-found';

export interface PageType {
	/** Stable key, e.g. "entry:learnings". */
	key: string;
	/** Readable name for test titles, e.g. "learning page". */
	name: string;
	kind: PageKind;
	section?: SectionKey;
	id?: string;
	/** The page's address in each language. */
	paths: Record<Language, string>;
	/** The HTTP status the page is served with. */
	status: 200 | 404;
}

export interface DiscoveredEntry {
	section: SectionKey | 'guides';
	id: string;
	paths: Record<Language, string>;
	/** Whether the page in that language is the default-language fallback with Starlight's notice. */
	fallback: Record<Language, boolean>;
}

export interface SearchTarget {
	/** A word that appears in exactly one page of the language's search index: this learning. */
	word: string;
	learning: DiscoveredEntry;
}

export interface SiteMap {
	/** Every page type the site has, each represented by one page per language. */
	pageTypes: PageType[];
	/** Page types the built site lacks (a section without entries, no guide), so they cannot be tested. */
	missingPageTypes: string[];
	entries: DiscoveredEntry[];
	/** An entry with no Spanish translation, whose Spanish page is the fallback. */
	untranslated: DiscoveredEntry | null;
	/** A project whose page lists at least one learning. */
	projectWithLearnings: DiscoveredEntry | null;
	search: Record<Language, SearchTarget | null>;
	/** Drafts and archived entries (indexed in their own, low-weight bundle), with their titles. */
	retired: Record<Language, { path: string; title: string }[]>;
}

// ---------------------------------------------------------------------------------------------
// Reading dist/ (Node side only)

/** Folder names (relative ids) of every `index.html` below `dir`, excluding listing pagination. */
function entryIds(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const ids: string[] = [];
	const walk = (current: string) => {
		for (const item of readdirSync(current, { withFileTypes: true })) {
			if (!item.isDirectory()) continue;
			const child = join(current, item.name);
			const id = relative(dir, child).split(sep).join('/');
			if (/^page\/\d+$/.test(id)) continue;
			if (existsSync(join(child, 'index.html'))) ids.push(id);
			walk(child);
		}
	};
	walk(dir);
	return ids.sort();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/** The text of the part of a page Pagefind indexes (`data-pagefind-body`), or '' when not indexed. */
export function indexedText(html: string): string {
	const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
	if (start < 0) return '';
	const end = html.lastIndexOf('</main>');
	const body = html.slice(start, end > start ? end : undefined);
	return decodeEntities(body.replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

export const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A word found in the learning's indexed text and in no other page of the same language,
 * not even as the start of a longer word or sharing its first five letters, so Pagefind's
 * prefix matching and stemming cannot find it elsewhere either.
 */
function distinctiveWord(candidate: string, others: string[]): string | undefined {
	const otherPrefixes = new Set(others.flatMap((text) => words(text).map((w) => w.slice(0, 5))));
	const mine = [...new Set(words(candidate))].filter((w) => /^[a-z]{7,}$/.test(w) && !otherPrefixes.has(w.slice(0, 5)));
	mine.sort((a, b) => b.length - a.length || a.localeCompare(b));
	return mine[0];
}

function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (current: string) => {
		for (const item of readdirSync(current, { withFileTypes: true })) {
			const child = join(current, item.name);
			if (item.isDirectory()) walk(child);
			else if (item.name.endsWith('.html')) out.push(child);
		}
	};
	walk(dir);
	return out;
}

export function discoverSite(dist: string): SiteMap {
	const read = (path: string) => {
		const file = join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const isFallback = (path: string, language: Language) => read(path)?.includes(fallbackNotice[language]) ?? false;
	const describe = (section: SectionKey | 'guides', id: string): DiscoveredEntry => {
		const paths = Object.fromEntries(languages.map((l) => [l, section === 'guides' ? urls.guide(id, l) : urls.entry(section, id, l)])) as Record<
			Language,
			string
		>;
		const fallback = Object.fromEntries(languages.map((l) => [l, isFallback(paths[l], l)])) as Record<Language, boolean>;
		return { section, id, paths, fallback };
	};
	const translatedFirst = (list: DiscoveredEntry[]) =>
		[...list].sort((a, b) => Number(Object.values(a.fallback).some(Boolean)) - Number(Object.values(b.fallback).some(Boolean)));

	const entries: DiscoveredEntry[] = [];
	const pageTypes: PageType[] = [];
	const missingPageTypes: string[] = [];
	const both = (path: (l: Language) => string) => Object.fromEntries(languages.map((l) => [l, path(l)])) as Record<Language, string>;

	pageTypes.push({ key: 'home', name: 'home page', kind: 'home', paths: both(urls.home), status: 200 });
	for (const section of sections) {
		pageTypes.push({
			key: `listing:${section.key}`,
			name: section.listingName,
			kind: 'listing',
			section: section.key,
			paths: both((l) => urls.listing(section.key, l)),
			status: 200,
		});
	}
	for (const section of sections) {
		const found = entryIds(join(dist, section.slugs[defaultLanguage]))
			// A project's printable report lives below its page but is not an entry of its own.
			.filter((id) => !(section.key === 'projects' && id.endsWith(`/${reportSlugs[defaultLanguage]}`)))
			.map((id) => describe(section.key, id));
		entries.push(...found);
		const chosen = translatedFirst(found)[0];
		if (!chosen) {
			missingPageTypes.push(section.entryName);
			continue;
		}
		pageTypes.push({
			key: `entry:${section.key}`,
			name: section.entryName,
			kind: 'entry',
			section: section.key,
			id: chosen.id,
			paths: chosen.paths,
			status: 200,
		});
	}
	const guides = entryIds(join(dist, 'guides')).map((id) => describe('guides', id));
	entries.push(...guides);
	const guide = translatedFirst(guides)[0];
	if (guide) pageTypes.push({ key: 'guide', name: 'guide', kind: 'guide', id: guide.id, paths: guide.paths, status: 200 });
	else missingPageTypes.push('guide');
	// Pages generated from the memory rather than from one file: themes, countries, the learning
	// framework's pages, search, translation status. The first four also have one page per term.
	const generated: [string, string, Record<Language, string>][] = [
		['themes', 'themes index', { en: 'themes', es: 'temas' }],
		['countries', 'countries index', { en: 'countries', es: 'paises' }],
		['synthesis', 'synthesis index', { en: 'what-we-learned', es: 'lo-que-aprendimos' }],
		['reviews', 'reviews index', { en: 'reviews', es: 'balances' }],
		['recommendations', 'recommendations page', { en: 'recommendations', es: 'recomendaciones' }],
		['assumptions', 'assumptions board', { en: 'assumptions', es: 'supuestos' }],
		['actions', 'open action items page', { en: 'actions', es: 'acciones' }],
		['search', 'search page', { en: 'search', es: 'buscar' }],
		['translations', 'translation status page', { en: 'translations', es: 'traducciones' }],
	];
	for (const [key, name, slugs] of generated) {
		pageTypes.push({ key, name, kind: 'listing', paths: both((l) => `${prefix(l)}/${slugs[l]}/`), status: 200 });
	}
	for (const [key, name, slugs] of generated.slice(0, 4)) {
		const id = entryIds(join(dist, slugs[defaultLanguage]!))[0];
		if (id)
			pageTypes.push({
				key: `term:${key}`,
				name: `${name.replace(' index', '')} page`,
				kind: 'listing',
				paths: both((l) => `${prefix(l)}/${slugs[l]}/${id}/`),
				status: 200,
			});
		else missingPageTypes.push(`${key} page`);
	}
	const untranslated = entries.find((e) => e.fallback.es) ?? null;

	const projectWithLearnings =
		entries.find((e) => e.section === 'projects' && /<section[^>]*aria-labelledby="learnings"[\s\S]*?<a\s/.test(read(e.paths.en) ?? '')) ?? null;
	// The printable report of that project: the project and its learnings in full on one page.
	if (projectWithLearnings && languages.every((l) => read(urls.report(projectWithLearnings.id, l)))) {
		pageTypes.push({
			key: 'report',
			name: 'project report',
			kind: 'entry',
			section: 'projects',
			id: projectWithLearnings.id,
			paths: both((l) => urls.report(projectWithLearnings.id, l)),
			status: 200,
		});
	} else missingPageTypes.push('project report');
	pageTypes.push({ key: 'not-found', name: '404 page', kind: 'not-found', paths: { ...missingPaths }, status: 404 });

	// Search: Pagefind builds one index per language from the pages whose <html lang> is that language.
	const pagesByLanguage = new Map<string, { file: string; text: string }[]>();
	const retired: SiteMap['retired'] = { en: [], es: [] };
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf8');
		const lang = htmlLang(html);
		if (html.includes('data-memoria-search="retired"') && lang && lang in retired) {
			const title = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim();
			retired[lang as Language].push({
				path: `/${relative(dist, file)
					.split(sep)
					.join('/')
					.replace(/index\.html$/, '')}`,
				title,
			});
		}
		const text = indexedText(html);
		if (!lang || !text) continue;
		const list = pagesByLanguage.get(lang) ?? [];
		list.push({ file: relative(dist, file).split(sep).join('/'), text });
		pagesByLanguage.set(lang, list);
	}
	const search = Object.fromEntries(
		languages.map((language) => {
			const pages = pagesByLanguage.get(language) ?? [];
			for (const learning of entries.filter((e) => e.section === 'learnings' && !e.fallback[language])) {
				const file = `${learning.paths[language].replace(/^\//, '')}index.html`;
				const own = pages.find((p) => p.file === file);
				if (!own) continue;
				const word = distinctiveWord(
					own.text,
					pages.filter((p) => p !== own).map((p) => p.text)
				);
				if (word) return [language, { word, learning }];
			}
			return [language, null];
		})
	) as Record<Language, SearchTarget | null>;

	return { pageTypes, missingPageTypes, entries, untranslated, projectWithLearnings, search, retired };
}
