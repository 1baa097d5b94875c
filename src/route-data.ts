import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { alternatesFor } from './site/alternates';
import { feedSections, frameworkPages, sections, taxonomies } from './model/sections';
import { config, isHub, locales, urls } from './site/site';
import { escapeHtml } from './lib/escape-html';
import { guideNavigation } from './site/guide-navigation';
import { guideTextLanguage } from './site/guide-language';
import type { GuideLink } from './site/guide-link';
// Only guides' pages link it (below): the styles of breadcrumbs, folder lists and previous/next stay out of every other page.
import guideStyles from './styles/guides.css?url&no-inline';

/**
 * Runs for every Starlight page, docs and Memoria's own. It puts the sections (Projects,
 * Learnings, …) at the top of the sidebar in the page's language (one link each, never
 * every entry, so a page's size does not grow with the memory), then the guides' folders (on a
 * guide's page, the folders above it opened: src/site/guide-sidebar.ts), and replaces Starlight's
 * hreflang links, which assume every page keeps its path across languages.
 */
/** Head elements content may not add: they run script, load styles or frames, or change where links lead. */
const unsafeHeadTags = new Set(['script', 'style', 'base', 'noscript', 'iframe', 'object', 'embed', 'template']);

/** A previous/next link in the shape of Starlight's pagination; the label's language, if not the page's, as `lang`. */
const pageLink = (link: GuideLink | undefined): StarlightRouteData['pagination']['prev'] =>
	link && { type: 'link', label: link.label, href: link.href, isCurrent: false, badge: undefined, attrs: link.lang ? { lang: link.lang } : {} };

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const language = route.lang ?? locales.defaultLanguage;
	const t = context.locals.t;
	const here = context.url.pathname;
	// Memoria's own pages state their addresses before rendering; Starlight's docs pages do not.
	context.locals.memoriaGuide = context.locals.memoriaAlternates === undefined;
	// A guide's page whose text is in another language is a fallback, whichever language its original
	// is in: Starlight's notice, the text marked with its language, a link to the original's page.
	if (context.locals.memoriaGuide) {
		const textLanguage = guideTextLanguage(route.entry.filePath, language, locales);
		if (textLanguage !== language) {
			route.isFallback = true;
			route.entryMeta = { ...route.entryMeta, lang: textLanguage, locale: textLanguage === locales.defaultLanguage ? undefined : textLanguage };
			context.locals.memoriaOriginalLanguage = textLanguage;
		}
	}

	const link = (label: string, href: string): StarlightRouteData['sidebar'][number] => ({
		type: 'link',
		label,
		href,
		isCurrent: here === href,
		badge: undefined,
		attrs: here.startsWith(href) && here !== href ? { 'data-memoria-section': 'current' } : {},
	});
	const sectionLinks = [
		...sections.map((section) => link(t(`memoria.section.${section}`), urls.listing(section, language))),
		...taxonomies.map((taxonomy) => link(t(`memoria.taxonomy.${taxonomy}`), urls.taxonomy(taxonomy, language))),
		link(t('memoria.search.advanced'), urls.search(language)),
	];
	// The learning framework's pages, one group: few links, whatever the size of the memory.
	const framework: StarlightRouteData['sidebar'][number] = {
		type: 'group',
		label: t('memoria.framework.group'),
		entries: frameworkPages.map((page) => link(t(`memoria.${page}.title`), urls.framework(page, language))),
		collapsed: false,
		badge: undefined,
	};
	// A network's hub: its members and the views across them, one group of four links.
	const network: StarlightRouteData['sidebar'] = isHub
		? [
				{
					type: 'group',
					label: t('memoria.network.title'),
					entries: [
						link(t('memoria.network.members'), urls.network(language)),
						link(t('memoria.network.themes'), urls.networkView('themes', language)),
						link(t('memoria.network.countries'), urls.networkView('countries', language)),
						link(t('memoria.network.synthesis'), urls.networkView('synthesis', language)),
					],
					collapsed: false,
					badge: undefined,
				},
			]
		: [];
	// Starlight's own sidebar is empty (src/integration.ts): the guides' part comes from the guide trees.
	const guides = await guideNavigation(language, context.locals.memoriaGuide ? route.id : undefined, t('memoria.home.title'), route.entry.data);
	route.sidebar = [...sectionLinks, framework, ...network, ...guides.sidebar];
	// On a hub, every page the hub indexes says whose memory it is from, for the search's filter: the
	// hub's own name, or a member's on the copies the hub indexes for it (routes/network/copy.astro).
	// Pagefind reads a filter from a <meta> anywhere in the page, guides' pages included.
	const memory = context.locals.memoriaSearchMemory === undefined ? config.organisation : context.locals.memoriaSearchMemory;
	if (isHub && memory) route.head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'memory[content]', content: memory } });
	if (guides.page) {
		const { pagination, ...page } = guides.page;
		context.locals.memoriaGuideNavigation = page;
		route.pagination = { prev: pageLink(pagination.prev), next: pageLink(pagination.next) };
		route.head.push({ tag: 'link', attrs: { rel: 'stylesheet', href: guideStyles } });
	} else {
		// Only guides have previous/next links; what Starlight found from a page's frontmatter alone is dropped.
		route.pagination = { prev: undefined, next: undefined };
	}

	const alternates = alternatesFor(context.locals.memoriaAlternates, here, route.locale);
	route.head = route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.rel === 'alternate'));
	if (context.site) {
		// Only real translations are announced: a fallback page is the original under another address.
		const translated = context.locals.memoriaTranslated;
		for (const [lang, path] of Object.entries(alternates)) {
			if (translated && !translated.includes(lang)) continue;
			route.head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: lang, href: new URL(path, context.site).href } });
		}
		// The page for readers of no listed language: the original's, which is a real page in any language.
		const fallback = alternates[context.locals.memoriaOriginalLanguage ?? locales.defaultLanguage];
		if (fallback) route.head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: new URL(fallback, context.site).href } });
	}
	context.locals.memoriaAlternates = alternates;

	// Content never writes markup into <head>. Starlight renders head entries and the banner with
	// set:html: a title is text, so it is escaped; a guide's banner is text too; and no entry that
	// could run script or send readers elsewhere (a guide's own `head:` field) is kept. Memoria's and
	// Starlight's own head entries are links and metas without http-equiv, which pass unchanged.
	route.head = route.head
		.filter((tag) => !unsafeHeadTags.has(tag.tag) && !(tag.tag === 'meta' && tag.attrs?.['http-equiv'] !== undefined))
		.map((tag) => (tag.tag === 'title' && tag.content ? { ...tag, content: escapeHtml(tag.content) } : tag));
	const banner = route.entry.data.banner;
	if (banner?.content) route.entry.data.banner = { ...banner, content: escapeHtml(banner.content) };

	// Internal builds say so on every internal page, so nobody mistakes one for public.
	const internalGuide = context.locals.memoriaGuide && (route.entry.data as { visibility?: string }).visibility === 'internal';
	// Drafts, which only the dev server shows, say so too: a writer never mistakes one for a published page.
	const draft = context.locals.memoriaDraft || (context.locals.memoriaGuide && (route.entry.data as { draft?: boolean }).draft === true);
	const banners = [...(context.locals.memoriaInternal || internalGuide ? [t('memoria.internal.banner')] : []), ...(draft ? [t('memoria.draft.banner')] : [])];
	if (banners.length > 0) route.entry.data.banner = { content: escapeHtml(banners.join(' ')) };

	// Feed readers and browsers find the language's feeds from any page.
	for (const section of feedSections) {
		route.head.push({
			tag: 'link',
			attrs: { rel: 'alternate', type: 'application/rss+xml', title: t(`memoria.section.${section}`), href: `${urls.listing(section, language)}rss.xml` },
		});
	}
});
