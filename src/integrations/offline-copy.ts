import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/site-config';
import { createLocales } from '../lib/locales';
import { routeTable } from '../lib/routes';
import { offlineArchivePath, offlineFolderName } from '../offline/archive-name';
import { makeOfflineCopy } from '../offline/offline-copy';

/**
 * After every page is written, makes the downloadable offline copy of the public site
 * (src/offline/offline-copy.ts) into `offline/<organisation>-offline.zip`, and writes its size
 * beside the download link of each home page.
 *
 * It runs inside Astro's build, before the output checks (which then find the archive the home
 * pages link to): an error here fails the build, and scripts/build.mjs then leaves the previous
 * dist/ as it was. Internal builds make no copy (see archive-name.ts).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function miniSearchFiles() {
	// The package exports its CommonJS and ES builds; the copy needs the browser (UMD) build beside them.
	const root = dirname(dirname(dirname(createRequire(import.meta.url).resolve('minisearch'))));
	return { minisearch: join(root, 'dist', 'umd', 'index.js'), minisearchLicense: join(root, 'LICENSE.txt') };
}

/** "1.2 MB" / "1,2 MB": a size in the page's language. */
export function formatSize(bytes: number, language: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1_000)), 'kilobyte'];
	return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function memoriaOfflineCopy(config: SiteConfig): AstroIntegration {
	let base = '/';
	let siteUrl: string | undefined;
	return {
		name: 'memoria:offline-copy',
		hooks: {
			'astro:config:done': ({ config: astro }) => {
				base = astro.base.endsWith('/') ? astro.base : `${astro.base}/`;
				siteUrl = astro.site ? new URL(base, astro.site).href : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const archive = offlineArchivePath(config, process.env.MEMORIA_AUDIENCE);
				if (!archive) {
					logger.info(config.offline ? 'No offline copy for an internal build.' : 'No offline copy (offline: false in memoria.config.ts).');
					return;
				}
				const started = performance.now();
				const root = fileURLToPath(dir);
				const rows = routeTable(createLocales(config));
				// Route patterns have no base path: they are paths of the output folder.
				const file = (pattern: string) => `${pattern.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '');
				const pagesOf = (kind: string) => Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.language, file(r.pattern)]));
				const homePages = pagesOf('home');
				const leaveOut = new Set(
					rows.flatMap((r) => {
						const path = r.pattern.replace(/^\/+/, '');
						if (r.kind === 'feed' || r.kind === 'export') return [path];
						if (r.kind === 'not-found') return [`${path}.html`, `${path}/index.html`];
						return [];
					})
				);
				// SOURCE_DATE_EPOCH (reproducible builds) fixes the day and the files' times in the archive.
				const epoch = Number(process.env.SOURCE_DATE_EPOCH);
				const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
				const result = await makeOfflineCopy({
					dir: root,
					archive,
					folder: offlineFolderName(config.organisation, date),
					base,
					siteUrl,
					organisation: config.organisation,
					languages: config.languages,
					homePages,
					searchPages: pagesOf('search'),
					leaveOut,
					genericDescriptions: new Set(Object.values(config.description)),
					assets: { search: here('../offline/browser/search.js'), styles: here('../offline/browser/offline.css'), ...miniSearchFiles() },
					date,
				});
				// The size beside each home page's download link.
				for (const [language, path] of Object.entries(homePages)) {
					const page = join(root, path);
					const html = await readFile(page, 'utf8').catch(() => undefined);
					if (html === undefined) continue;
					await writeFile(
						page,
						html.replace(/(<span\b[^>]*\sdata-memoria-offline-size\b[^>]*>)[^<]*(<\/span>)/, `$1(ZIP, ${formatSize(result.bytes, language)})$2`)
					);
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const counts = Object.entries(result.records)
					.map(([l, n]) => `${n} ${l}`)
					.join(', ');
				logger.info(`${archive}: ${formatSize(result.bytes, 'en')}, ${result.pages} pages, search records ${counts}, in ${seconds} s.`);
			},
		},
	};
}
