/**
 * A network's hub in Chromium (issue 23): tests/fixtures/network-hub, its mirror finished with the
 * members' own search bundles and a table of hostile bodies (tests/support/network-hub.ts), built
 * once by the global setup and served here on loopback.
 *
 * - One query on the search page finds entries of all three members (two merged from their own
 *   bundles, one indexed by the hub itself), in English and in Spanish; the "From the memory of"
 *   filter narrows the results to one member; a member's result opens the hub's copy (200).
 * - The header's dialog finds them too.
 * - A copy with a hostile body runs nothing: no injected code, no policy violation, and no
 *   request to any other host, on any page visited.
 * - Screenshots of the members page, a copy and the search, in both languages, on a desktop and a
 *   phone screen, for a reader's look (tests/e2e/screenshots/network-*).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import '../support/context';
import { hostileBodies, members, sharedWord } from '../support/network-hub';
import { auditPage } from './support/axe';
import { listProblems, SitePage, viewportNames, type OpenOptions, type ViewportName } from './support/browser';
import { describeInBrowser, useBrowser } from './support/harness';
import { startStaticServer, type StaticServer } from './support/server';

const screenshots = join(import.meta.dirname, 'screenshots');

/** The hub's pages per language, and the titles each member's learning has there. */
const hub = {
	en: {
		search: '/search/',
		members: '/network/',
		copy: '/network/river-collective/learnings/listen-first/',
		filter: 'From the memory of',
		titles: {
			[members.english.id]: 'Listen before drawing',
			[members.spanish.id]: 'The assemblies decide',
			[members.archive.id]: 'Night broadcasts reach the market',
		},
		copies: { [members.spanish.id]: '/network/colectivo-sur/learnings/asambleas/' },
		/** Colectivo Sur's two entries that name the place. */
		spanishMember: ['The assemblies decide', 'The valley community radio'],
	},
	es: {
		search: '/es/buscar/',
		members: '/es/red/',
		copy: '/es/red/colectivo-sur/aprendizajes/asambleas/',
		filter: 'De la memoria de',
		titles: {
			[members.english.id]: 'Escuchar antes de dibujar',
			[members.spanish.id]: 'Las asambleas deciden',
			[members.archive.id]: 'Night broadcasts reach the market',
		},
		copies: { [members.spanish.id]: '/es/red/colectivo-sur/aprendizajes/asambleas/' },
		spanishMember: ['Las asambleas deciden', 'Radio comunitaria del valle'],
	},
} as const;

describeInBrowser('A network hub', () => {
	const browser = useBrowser();
	let server: StaticServer;
	beforeAll(async () => {
		const root = inject('networkHubRoot');
		if (!root) throw new Error('The network hub was not built by the global setup.');
		server = await startStaticServer(join(root, 'dist'));
		mkdirSync(screenshots, { recursive: true });
	});
	afterAll(async () => {
		await server?.close();
	});

	const open = async <T>(viewport: ViewportName, use: (page: SitePage) => Promise<T>, options: OpenOptions = {}): Promise<T> => {
		const page = await SitePage.open(browser(), server.url, { viewport, ...options });
		try {
			return await use(page);
		} finally {
			await page.close();
		}
	};

	for (const language of ['en', 'es'] as const) {
		const pages = hub[language];
		test(`in ${language}, one query on the search page finds every member, and the filter narrows to one`, async ({ expect }) => {
			await open('desktop', async (page) => {
				await page.visit(`${pages.search}?q=${sharedWord}`);
				const results = page.page.locator(`[data-results][data-query="${sharedWord}"] > li > a`);
				await expect
					.poll(async () => (await results.allTextContents()).sort(), { message: 'the results of all three members' })
					.toEqual(expect.arrayContaining(Object.values(pages.titles)));
				// Every result of a member opens the hub's copy, never the member's site.
				const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
				for (const href of hrefs) {
					expect.soft(new URL(href).host, href).toBe(new URL(server.url).host);
					const response = await page.context.request.get(href, { failOnStatusCode: false });
					expect.soft(response.status(), href).toBe(200);
				}
				expect(hrefs.map((h) => new URL(h).pathname)).toContain(pages.copies[members.spanish.id]);
				await page.page.screenshot({ path: join(screenshots, `network-search-${language}-desktop.jpg`), fullPage: true, quality: 70 });

				// "From the memory of": the members and the hub, by name; one ticked leaves only its results.
				const group = page.page.locator('[data-filters] fieldset', { has: page.page.locator('legend', { hasText: pages.filter }) });
				await expect
					.poll(() => group.locator('label').allTextContents())
					.toEqual(
						expect.arrayContaining([
							expect.stringContaining(members.english.name),
							expect.stringContaining(members.spanish.name),
							expect.stringContaining(members.archive.name),
						])
					);
				await group.locator('label', { hasText: members.spanish.name }).locator('input').check();
				await expect.poll(async () => (await results.allTextContents()).sort()).toEqual([...pages.spanishMember].sort());
				expect(page.page.url()).toContain('memory=');

				expect(listProblems(page.foreignRequests), 'requests to other hosts').toBe('');
				expect(listProblems(page.consoleErrors), 'console errors').toBe('');
			});
		});

		test(`in ${language}, the header’s dialog finds every member’s entry`, async ({ expect }) => {
			await open('desktop', async (page) => {
				await page.visit(pages.members);
				const button = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
				await expect.poll(() => button.isEnabled()).toBe(true);
				await button.click();
				const input = page.page.locator('dialog[open] input[type="search"]');
				await input.pressSequentially(sharedWord, { delay: 20 });
				const links = page.page.locator(`dialog[open] [data-search-results][data-query="${sharedWord}"] a`);
				await links.first().waitFor({ state: 'visible' });
				// Five at first: "more" shows the rest, once the drawing of the first ones is done.
				const more = page.page.locator('dialog[open] [data-search-more]:not([hidden]):not([disabled])');
				await expect
					.poll(async () => {
						if (await more.isVisible()) await more.click({ timeout: 2_000 }).catch(() => undefined);
						return links.allTextContents();
					})
					.toEqual(expect.arrayContaining(Object.values(pages.titles)));
				expect(listProblems(page.foreignRequests), 'requests to other hosts').toBe('');
			});
		});

		test(`in ${language}, the copies of hostile bodies run nothing and load nothing from elsewhere`, async ({ expect }) => {
			await open('desktop', async (page) => {
				await page.context.addInitScript(() => {
					const seen: string[] = [];
					(window as unknown as { __violations: string[] }).__violations = seen;
					document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
				});
				for (let n = 1; n <= hostileBodies.length; n++) {
					const path = language === 'es' ? `/es/red/colectivo-sur/aprendizajes/hostil-${n}/` : `/network/colectivo-sur/learnings/hostil-${n}/`;
					await page.visit(path);
					// Pointing at every link, as a reader's mouse would.
					for (const link of await page.page.locator('.memoria-network-body a').all()) await link.hover();
					const seen = await page.page.evaluate(() => ({
						pwned: (window as unknown as { __pwned?: unknown }).__pwned,
						violations: (window as unknown as { __violations: string[] }).__violations,
					}));
					expect.soft(seen.pwned, path).toBeUndefined();
					expect.soft(seen.violations, path).toEqual([]);
				}
				expect(listProblems(page.foreignRequests), 'requests to other hosts').toBe('');
				expect(listProblems(page.consoleErrors), 'console errors').toBe('');
			});
		});
	}

	test('every kind of network page has no serious or critical axe violation, in both languages', async ({ expect }) => {
		const paths = [
			'/network/',
			'/network/colectivo-sur/',
			'/network/river-collective/learnings/listen-first/',
			'/network/themes/',
			'/network/themes/participation/',
			'/network/countries/',
			'/network/countries/bo/',
			'/network/what-we-learned/',
			'/network/what-we-learned/participation/',
			'/es/red/',
			'/es/red/radio-lagos/',
			'/es/red/radio-lagos/learnings/night-broadcasts/',
			'/es/red/temas/participacion/',
			'/es/red/lo-que-aprendimos/participacion/',
			`/es/buscar/?q=${sharedWord}`,
		];
		// axe's script is injected past the page's policy: only this audit does so.
		await open(
			'desktop',
			async (page) => {
				for (const path of paths) {
					await page.visit(path);
					const audit = await auditPage(page, path);
					expect.soft(audit.rules, `serious or critical axe violations:\n${audit.report}\n`).toEqual([]);
				}
			},
			{ bypassCSP: true, theme: 'light' }
		);
	});

	describe('as a reader sees it', () => {
		for (const viewport of viewportNames) {
			test(`on a ${viewport} screen, the members page and a copy in both languages (screenshots)`, async ({ expect }) => {
				await open(viewport, async (page) => {
					for (const language of ['en', 'es'] as const) {
						for (const [name, path] of [
							['members', hub[language].members],
							['copy', hub[language].copy],
						] as const) {
							await page.visit(path);
							expect(await page.h1s(), path).toHaveLength(1);
							// Nothing wider than the screen: a phone reader never scrolls sideways.
							const overflow = await page.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
							expect.soft(overflow, `${path} on a ${viewport} screen`).toBeLessThanOrEqual(0);
							await page.page.screenshot({ path: join(screenshots, `network-${name}-${language}-${viewport}.jpg`), fullPage: true, quality: 70 });
						}
					}
					expect(listProblems(page.foreignRequests), 'requests to other hosts').toBe('');
				});
			});
		}
	});
});
