import type { AstroIntegration, AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseSiteConfig } from './config/parse-site-config';
import type { SiteConfig, SiteConfigInput } from './config/site-config';
import { createLocales, languageLabel } from './site/locales';
import { routeTable, type RouteKind } from './site/routes';
import { memoriaOutputChecks } from './integrations/output-checks';
import { memoriaAdmin } from './integrations/admin';
import { memoriaError } from './errors/memoria-error';
import { recordBundledCode } from './integrations/own-code';
import { memoriaImageMetadata } from './integrations/image-metadata';
import { withoutSidebarState } from './integrations/no-sidebar-state';
import { offlineArchivePath } from './offline/archive-name';
import { repositoryUrl } from './site/repository';
import { memoriaSitemap } from './integrations/sitemap';
import { checkSiteDependencies } from './integrations/site-dependencies';
import { checkSiteFolders } from './integrations/site-folders';
import { devFavicon } from './integrations/dev-favicon';
import { memoriaDevProblems } from './integrations/dev-problems';
import { ownDependencies } from './integrations/own-dependencies';
import { addOneH1Plugin } from './markdown/one-h1-plugin';
import { uiStrings } from './translations';
import { installedPagefindVersion } from './network/pagefind-version';

/**
 * Turns `memoria.config.ts` into a complete Astro configuration: Starlight with the site's
 * languages, Memoria's routes, components and translations. `astro.config.mjs` only calls this.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const routeFiles: Record<Exclude<RouteKind, 'entry'>, string> = {
	network: here('./routes/network/members.astro'),
	'network-member': here('./routes/network/member.astro'),
	'network-copy': here('./routes/network/copy.astro'),
	'network-taxonomy': here('./routes/network/taxonomy.astro'),
	'network-term': here('./routes/network/term.astro'),
	'network-synthesis': here('./routes/network/synthesis.astro'),
	'network-synthesis-theme': here('./routes/network/synthesis-theme.astro'),
	home: here('./routes/home.astro'),
	listing: here('./routes/listing.astro'),
	'listing-page': here('./routes/listing-page.astro'),
	report: here('./routes/report.astro'),
	taxonomy: here('./routes/taxonomy.astro'),
	term: here('./routes/term.astro'),
	search: here('./routes/search.astro'),
	feed: here('./routes/feed.ts'),
	export: here('./routes/export.ts'),
	translations: here('./routes/translations.astro'),
	'not-found': here('./routes/not-found.astro'),
	synthesis: here('./routes/synthesis.astro'),
	'synthesis-theme': here('./routes/synthesis-theme.astro'),
	recommendations: here('./routes/recommendations.astro'),
	assumptions: here('./routes/assumptions.astro'),
	actions: here('./routes/actions.astro'),
	reviews: here('./routes/reviews.astro'),
	review: here('./routes/review.astro'),
};

function memoriaRoutes(config: SiteConfig): AstroIntegration {
	return {
		name: 'memoria:routes',
		hooks: {
			'astro:config:setup': ({ config: astroConfig, command, injectRoute, updateConfig, addMiddleware, logger }) => {
				// Drafts only on the dev server, where writers see theirs with a banner; never in a build (model/visibility.ts).
				process.env.MEMORIA_DRAFTS = command === 'dev' ? 'show' : 'hide';
				// And a file the writer is in the middle of editing stops nothing else there (model/folder-loader.ts).
				process.env.MEMORIA_DEV_SERVER = command === 'dev' ? '1' : '0';
				checkSiteFolders(astroConfig);
				checkSiteDependencies(fileURLToPath(astroConfig.root));
				// One h1 per page: a body's own "# Title" is dropped or its headings move down (src/markdown/).
				addOneH1Plugin(astroConfig.markdown.processor, (message) => logger.warn(message));
				// After Starlight's, which gives each page its `t()`: strings looked up once per build.
				addMiddleware({ entrypoint: here('./translation-cache.ts'), order: 'post' });
				// Also after Starlight's: `plural()` in the language of that `t()`.
				addMiddleware({ entrypoint: here('./translation-plurals.ts'), order: 'post' });
				for (const row of routeTable(createLocales(config), { network: config.network.members.length > 0 })) {
					// One entry route per section (src/routes/entries/), so each loads only its view's styles.
					const entrypoint = row.kind === 'entry' ? here(`./routes/entries/${row.section}.astro`) : routeFiles[row.kind];
					injectRoute({ pattern: row.pattern, entrypoint, prerender: true });
				}
				const root = fileURLToPath(astroConfig.root);
				// On the dev server, the content checks follow each save and stand in for a broken page (integrations/dev-problems.ts).
				const devOnly = command === 'dev' ? [memoriaDevProblems(config, root), devFavicon(fileURLToPath(astroConfig.publicDir))] : [];
				updateConfig({
					vite: {
						plugins: [virtualConfigModule(config, root), siteAddressCss(config), withoutSidebarState(), recordBundledCode(), ownDependencies(), ...devOnly],
						// The search dialog's script is bundled as a "worker" to get its address, and imported as a
						// module (search/browser/pagefind/search-boot.ts); named like Astro's bundles, `name.<hash>.js`.
						worker: { format: 'es', rollupOptions: { output: { entryFileNames: '_astro/[name].[hash].js', chunkFileNames: '_astro/[name].[hash].js' } } },
					},
				});
			},
			// A public build only through `memoria build`, which runs the checks and the leak gate first.
			'astro:build:start': () => {
				if (process.env.MEMORIA_CHECKED !== '1' && process.env.MEMORIA_AUDIENCE !== 'internal') throw memoriaError('build-without-checks', {});
			},
			// Static hosts look for <folder>/404.html; Astro writes /es/404/ as es/404/index.html.
			'astro:build:done': async ({ dir }) => {
				for (const language of config.languages.filter((l) => l !== config.defaultLanguage)) {
					const folder = new URL(`${language}/404/`, dir);
					await rename(new URL('index.html', folder), new URL(`${language}/404.html`, dir)).catch(() => undefined);
					await rm(folder, { recursive: true, force: true });
				}
			},
		},
	};
}

/** Exposes the parsed configuration to pages as `virtual:memoria/config`, with the project's root folder. */
function virtualConfigModule(config: SiteConfig, projectRoot: string) {
	const id = 'virtual:memoria/config';
	return {
		name: 'memoria:config',
		resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
		load: (resolved: string) =>
			resolved === `\0${id}`
				? [
						`export default ${JSON.stringify(config)};`,
						`export const projectRoot = ${JSON.stringify(projectRoot)};`,
						`export const audience = ${JSON.stringify(process.env.MEMORIA_AUDIENCE)};`,
						`export const showsDrafts = ${JSON.stringify(process.env.MEMORIA_DRAFTS === 'show')};`,
						// A hub merges a member's search bundle only when this Pagefind version made it (src/network/mirror.ts).
						`export const hubPagefind = ${JSON.stringify(config.network.members.length > 0 ? installedPagefindVersion() : '')};`,
					].join('\n')
				: undefined,
	};
}

/**
 * `virtual:memoria/site.css`: the site's address as a CSS variable for print, so a printed page
 * writes its links to this site out in full (src/styles/print.css). Empty without `site`.
 */
export const siteCssId = 'virtual:memoria/site.css';
function siteAddressCss(config: SiteConfig) {
	const resolved = `\0${siteCssId}`;
	const origin = config.site ? new URL(config.site).origin : undefined;
	return {
		name: 'memoria:site-css',
		resolveId: (source: string) => (source === siteCssId ? resolved : undefined),
		load: (id: string) => (id === resolved ? (origin ? `@media print{:root{--memoria-origin:${JSON.stringify(origin)}}}` : '') : undefined),
	};
}

function memoriaPlugin(config: SiteConfig): StarlightPlugin {
	return {
		name: 'memoria',
		hooks: {
			'i18n:setup': ({ injectTranslations }) => {
				injectTranslations(uiStrings);
			},
			'config:setup': ({ addIntegration, addRouteMiddleware }) => {
				addIntegration(memoriaRoutes(config));
				// After the output checks: the admin's page keeps its own policy (src/admin/admin-policy.ts).
				addIntegration(memoriaAdmin(config));
				addRouteMiddleware({ entrypoint: here('./route-data.ts') });
			},
		},
	};
}

/**
 * Starlight runs Pagefind inside Astro's process when the build is done; Memoria writes its two
 * bundles itself after Astro exits (src/cli/commands/build.ts), so the index never adds to Astro's memory.
 */
function withoutStarlightIndexing(integration: AstroIntegration): AstroIntegration {
	const { 'astro:build:done': _pagefind, ...hooks } = integration.hooks;
	return { ...integration, hooks };
}

/** Stands in for @astrojs/mdx, which Starlight adds whenever no integration of that name is present. */
function withoutMdx(): AstroIntegration {
	return { name: '@astrojs/mdx', hooks: {} };
}

/**
 * Stands in for @astrojs/sitemap, which Starlight adds when no integration of that name is present:
 * a sitemap lists full addresses, so a site without `site` has none, and Starlight's would only
 * warn on every build that it skipped itself.
 */
function withoutSitemap(): AstroIntegration {
	return { name: '@astrojs/sitemap', hooks: {} };
}

export { parseSiteConfig };

export default function memoria(input: SiteConfigInput): AstroUserConfig {
	const config = parseSiteConfig(input);
	// Read by the content loaders (src/model/audience-loader.ts), which run later in this process.
	process.env.MEMORIA_AUDIENCE = process.env.MEMORIA_AUDIENCE === 'internal' ? 'internal' : 'public';
	process.env.MEMORIA_DEFAULT_VISIBILITY = config.defaultVisibility;
	// The default language, whose files sit at a folder's root, and the others, each in a folder named
	// after it: the loaders tell each file's language by them (audience-loader.ts, folder-index-loader.ts).
	process.env.MEMORIA_DEFAULT_LANGUAGE = config.defaultLanguage;
	process.env.MEMORIA_TRANSLATION_LANGUAGES = config.languages.filter((l) => l !== config.defaultLanguage).join(',');
	// Read by the content loaders and checks (src/model/content-sources.ts): .mdx files only when the site allows them.
	process.env.MEMORIA_MDX = config.mdx ? 'on' : 'off';
	const locales = Object.fromEntries(
		config.languages.map((language) => [language === config.defaultLanguage ? 'root' : language, { label: languageLabel(language), lang: language }])
	);
	return {
		...(config.site ? { site: config.site } : {}),
		base: config.base,
		// The site's files are content/, public/ and memoria.config.ts at its root (src/config/site-layout.ts).
		srcDir: '.',
		publicDir: './public',
		// No speculative downloads of linked pages: readers on slow or metered connections pay for them.
		prefetch: false,
		// Astro's developer toolbar is for web developers, and its app list is fetched from astro.build:
		// a writer's preview contacts no other server (src/cli/astro-process.ts turns telemetry off too).
		devToolbar: { enabled: false },
		integrations: [
			// Before Starlight, which then does not add a sitemap of its own.
			...(config.site ? memoriaSitemap() : [withoutSitemap()]),
			// After every page is written: a Content-Security-Policy in each, and every internal link
			// checked. The offline copy the home pages link to is made beside (src/cli/commands/build.ts).
			memoriaOutputChecks({
				madeLater: [offlineArchivePath(config, process.env.MEMORIA_AUDIENCE)].filter((path) => path !== undefined),
				audience: process.env.MEMORIA_AUDIENCE === 'internal' ? 'internal' : 'public',
			}),
			withoutStarlightIndexing(
				starlight({
					title: config.organisation,
					...(config.description[config.defaultLanguage] ? { description: config.description[config.defaultLanguage] } : {}),
					...(config.logo ? { logo: { src: config.logo.src, alt: config.logo.alt } } : {}),
					defaultLocale: 'root',
					locales,
					...(config.repository ? { editLink: { baseUrl: repositoryUrl(config, 'edit')! } } : {}),
					// Empty: route-data.ts writes each page's sidebar (sections, then guides' folders from the guide
					// trees). Starlight's own would list every guide on every page and copy that list for each page.
					sidebar: [],
					components: {
						// Starlight's "not translated" notice, with a link to the original in whatever language it is.
						FallbackContentNotice: here('./components/FallbackNotice.astro'),
						Footer: here('./components/Footer.astro'),
						Hero: here('./components/Hero.astro'),
						LanguageSelect: here('./components/LanguageLinks.astro'),
						MarkdownContent: here('./components/MarkdownContent.astro'),
						PageTitle: here('./components/PageTitle.astro'),
						Search: here('./components/Search.astro'),
						Sidebar: here('./components/Sidebar.astro'),
					},
					// Print rules are in their own file but apply to every page, like the rest. Chart styles are
					// not here: the chart components import them, so only pages with a chart load them.
					customCss: [here('./styles/memoria.css'), here('./styles/framework.css'), here('./styles/print.css'), siteCssId],
					lastUpdated: false,
					// One "not found" page per language (src/routes/not-found.astro) instead of Starlight's single one.
					disable404Route: true,
					plugins: [memoriaPlugin(config)],
					// Search stays on; the header's box is Memoria's (components/Search.astro), which also
					// merges the bundle of drafts and archived entries (src/search/browser/pagefind/search-dialog.ts).
					pagefind: true,
				})
			),
			// Photos lose their camera, place and author metadata before anything reads the output.
			memoriaImageMetadata(),
			// With MDX off, an integration under MDX's name keeps Starlight from adding the real one:
			// no .mdx file can then be compiled, even one that slipped past the loaders' globs. After
			// Starlight, whose Expressive Code must come before anything named MDX.
			...(config.mdx ? [] : [withoutMdx()]),
		],
	};
}
