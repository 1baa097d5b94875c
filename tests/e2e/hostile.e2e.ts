/**
 * Hostile content in a real browser: tests/fixtures/hostile (titles, the organisation's name, a
 * theme's label, a guide's hero and banner, descriptions and a lesson that try to inject script)
 * built from a temporary copy whose path has a space and an accent, then a page of each type that
 * shows hostile text opened in Chromium, in English and Spanish: served on loopback by a plain
 * static server that sends none of the site's `_headers` (so only the policy inside each page
 * protects it, as on GitHub Pages), once more with that policy switched off (escaping alone must
 * neutralise every injection), and from the offline copy unpacked on disk (file://). That no page
 * at all holds an injected script, event attribute or image, nor a policy that would let one run,
 * is read from every page's HTML in tests/build/hostile-site.test.ts. Searching, on the search
 * page and in the header's dialog, draws the hostile titles as results too. No page may run
 * injected code: window.__pwned stays undefined, no dialog opens, no uncaught error, and the
 * page reports no Content-Security-Policy violation (an injection the policy had to stop).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test, type ExpectStatic } from 'vitest';
import { builtSite, type FixtureBuild } from '../build/support/fixture';
import { offlineArchive } from '../build/support/offline';
import { viewports } from './support/browser';
import { describeInBrowser, useBrowser } from './support/harness';
import { startStaticServer, type StaticServer } from './support/server';
import { languageNames, languages, type Language } from './support/site';

/** What a visit saw of injected code. */
interface Visit {
	path: string;
	pwned: unknown;
	violations: string[];
}

/** A browser context that records dialogs and uncaught errors, and each page's policy violations from its first script on. */
async function openContext(
	browser: Browser,
	{ bypassCSP = false } = {}
): Promise<{ context: BrowserContext; page: Page; dialogs: string[]; errors: string[] }> {
	const context = await browser.newContext({ viewport: viewports.desktop, reducedMotion: 'reduce', serviceWorkers: 'block', bypassCSP });
	// Injected by the browser before any of the page's own code, whatever its policy says.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`));
	});
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	const dialogs: string[] = [];
	const errors: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()} "${dialog.message()}" [${page.url()}]`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => errors.push(`Uncaught ${error.message} [${page.url()}]`));
	return { context, page, dialogs, errors };
}

/** window.__pwned and the policy violations of the page as it is now, once it has drawn a frame. */
async function inspect(page: Page, path: string): Promise<Visit> {
	return page.evaluate(
		(where) =>
			new Promise<Visit>((done) =>
				requestAnimationFrame(() =>
					done({
						path: where,
						pwned: (window as unknown as { __pwned?: unknown }).__pwned,
						violations: [...((window as unknown as { __violations?: string[] }).__violations ?? [])],
					})
				)
			),
		path
	);
}

function expectHarmless(expect: ExpectStatic, visits: Visit[], dialogs: string[], errors: string[]) {
	expect
		.soft(
			visits.filter((v) => v.pwned !== undefined).map((v) => `${v.path}: window.__pwned = ${String(v.pwned)}`),
			'pages where injected code ran'
		)
		.toEqual([]);
	expect
		.soft(
			visits.filter((v) => v.violations.length > 0).map((v) => `${v.path}: ${v.violations.join('; ')}`),
			'pages whose policy had to block code'
		)
		.toEqual([]);
	expect.soft(dialogs, 'dialogs opened').toEqual([]);
	expect.soft(errors, 'uncaught errors').toEqual([]);
}

/** A word of the hostile learning's title in each language, for search. */
const searchWord: Record<Language, string> = { en: 'bug', es: 'fallo' };
const hostileTitle: Record<Language, string> = {
	en: 'Fix the </title><script>window.__pwned=1</script> bug',
	es: 'Arreglar el fallo </title><script>window.__pwned=1</script> del título',
};
const searchPage: Record<Language, string> = { en: '/search/', es: '/es/buscar/' };

/** A page of each type that shows hostile text (every page shows the organisation's name, in its title and header). */
const representative: Record<Language, string[]> = {
	en: [
		'/',
		'/learnings/',
		'/learnings/fix-title-bug/',
		'/learnings/quiet-handover/',
		'/projects/river-watch/',
		'/projects/river-watch/report/',
		'/blog/script-in-title/',
		'/organisations/watchers/',
		'/themes/markup/',
		'/what-we-learned/markup/',
		'/recommendations/',
		'/guides/hero-guide/',
		'/translations/',
		'/404.html',
	],
	es: [
		'/es/',
		'/es/aprendizajes/',
		'/es/aprendizajes/fix-title-bug/',
		'/es/aprendizajes/quiet-handover/',
		'/es/proyectos/river-watch/',
		'/es/proyectos/river-watch/informe/',
		'/es/blog/script-in-title/',
		'/es/organizaciones/watchers/',
		'/es/temas/markup/',
		'/es/lo-que-aprendimos/markup/',
		'/es/recomendaciones/',
		'/es/guides/hero-guide/',
		'/es/traducciones/',
		'/es/404.html',
	],
};
const home: Record<Language, string> = { en: '/', es: '/es/' };

describeInBrowser('Hostile content, in the browser', () => {
	const browser = useBrowser();
	let root = '';
	let site: FixtureBuild;
	let server: StaticServer | undefined;
	/** Every page of the site, by its address ("/", "/es/aprendizajes/x/", "/404.html"). */
	let pages: string[] = [];
	/** The file:// address of the unpacked offline copy's folder, with a trailing slash. */
	let offlineRoot = '';
	/** Every page of the offline copy, by its path inside it ("index.html", "es/aprendizajes/x/index.html"). */
	let offlinePages: string[] = [];
	/** Where the offline copy is unpacked (the site's copy itself is removed by the global setup). */
	let unpacked = '';

	beforeAll(async () => {
		// Built once for this file and tests/build/hostile-site.test.ts by the global setup (tests/support/shared-sites.ts).
		root = inject('hostileRoot');
		site = builtSite(root);
		if (site.status !== 0) {
			throw new Error(
				`The hostile site did not build, so no page can be opened. The build ended with:\n${site.output
					.split('\n')
					.filter((l) => !/[├└]─/.test(l))
					.slice(-30)
					.join('\n')}`
			);
		}
		pages = site
			.files()
			.filter((f) => f.endsWith('.html'))
			.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
			.sort();
		server = await startStaticServer(site.dist);

		// The offline copy, unpacked beside the site: its path has a space and an accent too.
		const copy = offlineArchive(site);
		if (!copy) throw new Error('The build made no offline copy.');
		unpacked = join(dirname(root), 'copia sin conexión');
		for (const [name, bytes] of Object.entries(copy.entries)) {
			if (name.endsWith('/')) continue;
			mkdirSync(dirname(join(unpacked, name)), { recursive: true });
			writeFileSync(join(unpacked, name), bytes);
		}
		offlineRoot = `${pathToFileURL(join(unpacked, copy.folder)).href}/`;
		offlinePages = copy
			.files()
			.filter((f) => f.endsWith('.html'))
			.sort();
	});

	afterAll(async () => {
		await server?.close();
		if (unpacked) rmSync(unpacked, { recursive: true, force: true });
	});

	test('the site and its offline copy have the pages this suite opens', ({ expect }) => {
		for (const path of [...representative.en, ...representative.es, searchPage.en, searchPage.es]) expect.soft(pages, path).toContain(path);
		expect(offlinePages).toContain('index.html');
		expect(offlinePages).toContain('guides/hero-guide/index.html');
		// The server sends none of the site's headers: only the policy inside each page applies.
		expect(readFileSync(join(site.dist, '_headers'), 'utf8')).toContain('Content-Security-Policy');
	});

	describe.concurrent('every page', () => {
		for (const language of languages) {
			for (const bypassCSP of [false, true]) {
				const which = bypassCSP
					? 'a page of each type that shows hostile text, with the pages’ Content-Security-Policy switched off (escaping alone must hold),'
					: 'a page of each type that shows hostile text, under the policy inside each page and no security headers,';
				test(`in ${languageNames[language]}, ${which} served over HTTP, runs no injected code and opens no dialog`, async ({ expect }) => {
					const { context, page, dialogs, errors } = await openContext(browser(), { bypassCSP });
					try {
						const visits: Visit[] = [];
						const mine = representative[language];
						expect(mine.length).toBeGreaterThan(10);
						for (const path of mine) {
							const response = await page.goto(`${server!.url}${encodeURI(path)}`, { waitUntil: 'load' });
							expect.soft(response?.ok(), `HTTP status of ${path}`).toBe(true);
							expect.soft(response?.headers()['content-security-policy'], `a policy header on ${path}`).toBeUndefined();
							visits.push(await inspect(page, path));
						}
						expectHarmless(expect, visits, dialogs, errors);
					} finally {
						await context.close();
					}
				});
			}

			test(`in ${languageNames[language]}, a page of each type opened from the offline copy on disk runs no injected code and opens no dialog`, async ({
				expect,
			}) => {
				const { context, page, dialogs, errors } = await openContext(browser());
				try {
					const visits: Visit[] = [];
					// A page of each type that shows hostile text: the offline pages are the site's pages with relative links,
					// and every one of those was opened above.
					const mine = representative[language].map((p) => p.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')).filter((p) => offlinePages.includes(p));
					expect(mine.length).toBeGreaterThan(10);
					for (const path of mine) {
						await page.goto(`${offlineRoot}${encodeURI(path)}`, { waitUntil: 'load' });
						visits.push(await inspect(page, path));
					}
					expectHarmless(expect, visits, dialogs, errors);
				} finally {
					await context.close();
				}
			});
		}
	});

	describe.concurrent('search', () => {
		for (const language of languages) {
			test(`in ${languageNames[language]}, the search page lists the hostile learning by its title as text, and runs no injected code`, async ({ expect }) => {
				const { context, page, dialogs, errors } = await openContext(browser());
				try {
					await page.goto(`${server!.url}${searchPage[language]}`, { waitUntil: 'load' });
					// The page says it is loading Pagefind's index until it has loaded it.
					const search = page.locator('memoria-search');
					const loading = await search.evaluate((el) => (JSON.parse((el as HTMLElement).dataset.strings!) as { loading: string }).loading);
					await expect.poll(() => search.locator('[data-status]').innerText(), { message: 'the search page has loaded its index' }).not.toBe(loading);
					await page.locator('#memoria-search-q').pressSequentially(searchWord[language], { delay: 10 });
					const results = page.locator('[data-results] li > a');
					await results.first().waitFor({ state: 'visible' });
					await expect.poll(() => results.allInnerTexts()).toContainEqual(expect.stringContaining(hostileTitle[language]));
					expectHarmless(expect, [await inspect(page, searchPage[language])], dialogs, errors);
				} finally {
					await context.close();
				}
			});

			test(`in ${languageNames[language]}, the header’s search dialog lists the hostile learning by its title as text, and runs no injected code`, async ({
				expect,
			}) => {
				const { context, page, dialogs, errors } = await openContext(browser());
				try {
					await page.goto(`${server!.url}${home[language]}`, { waitUntil: 'load' });
					const open = page.locator('button[data-open-modal]').filter({ visible: true }).first();
					await expect.poll(() => open.isEnabled(), { message: 'the search button is enabled once its script has run' }).toBe(true);
					await open.click();
					const input = page.locator('dialog[open] input[type="search"]');
					await input.waitFor({ state: 'visible' });
					await input.pressSequentially(searchWord[language], { delay: 10 });
					const results = page.locator('dialog[open] [data-search-results] a');
					await results.first().waitFor({ state: 'visible' });
					await expect.poll(() => results.allInnerTexts()).toContainEqual(expect.stringContaining(hostileTitle[language]));
					expectHarmless(expect, [await inspect(page, home[language])], dialogs, errors);
				} finally {
					await context.close();
				}
			});

			test(`in ${languageNames[language]}, the offline copy’s search lists the hostile learning by its title as text, and runs no injected code`, async ({
				expect,
			}) => {
				const { context, page, dialogs, errors } = await openContext(browser());
				try {
					await page.goto(`${offlineRoot}${searchPage[language].slice(1)}index.html`, { waitUntil: 'load' });
					await page.locator('input[name="q"]').pressSequentially(searchWord[language], { delay: 10 });
					const results = page.locator('[data-results] li > a');
					await results.first().waitFor({ state: 'visible' });
					await expect.poll(() => results.allInnerTexts()).toContainEqual(expect.stringContaining(hostileTitle[language]));
					expectHarmless(expect, [await inspect(page, `${searchPage[language]} (offline)`)], dialogs, errors);
				} finally {
					await context.close();
				}
			});
		}
	});
});
