/**
 * The downloadable offline copy, as a reader uses it: the demo's archive (dist/offline/*.zip)
 * unpacked into a temporary folder and opened from disk (file://) in Chromium, with no server.
 * Navigation through the sidebar and the lists, the language switch, the theme and the phone
 * menu work; the offline search finds a learning by a word of its body in English and in Spanish,
 * optionally in the other language too, and its result opens the learning. No page asks any
 * http(s) host for anything, and no page logs a console error (a blocked script or stylesheet
 * under the pages' Content-Security-Policy would).
 */
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, type ExpectStatic } from 'vitest';
import { viewports, type ViewportName } from './support/browser';
import { describeInBrowser, site, useBrowser } from './support/harness';
import { indexedText, languageNames, languages, otherLanguage, type DiscoveredEntry, type Language } from './support/site';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A page opened from disk, with what went wrong on it. */
interface DiskPage {
	page: Page;
	context: BrowserContext;
	consoleErrors: string[];
	failedRequests: string[];
	/** Requests to anything but the unpacked files. */
	foreignRequests: string[];
}

async function openFromDisk(browser: Browser, viewport: ViewportName = 'desktop'): Promise<DiskPage> {
	const context = await browser.newContext({
		viewport: viewports[viewport],
		isMobile: viewport === 'phone',
		hasTouch: viewport === 'phone',
		reducedMotion: 'reduce',
	});
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	const opened: DiskPage = { page, context, consoleErrors: [], failedRequests: [], foreignRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') opened.consoleErrors.push(`${message.text()} [${page.url()}]`);
	});
	page.on('pageerror', (error) => opened.consoleErrors.push(`Uncaught ${error.message} [${page.url()}]`));
	page.on('request', (request) => {
		if (!/^(file|data|blob):/.test(request.url())) opened.foreignRequests.push(`${request.method()} ${request.url()} [${page.url()}]`);
	});
	page.on('requestfailed', (request) => opened.failedRequests.push(`${request.url()}: ${request.failure()?.errorText} [${page.url()}]`));
	return opened;
}

function expectClean(expect: ExpectStatic, opened: DiskPage) {
	expect.soft(opened.foreignRequests, 'requests to an http(s) host').toEqual([]);
	expect.soft(opened.failedRequests, 'files that did not load').toEqual([]);
	expect.soft(opened.consoleErrors, 'console errors').toEqual([]);
}

describeInBrowser('The offline copy, opened from disk', () => {
	const browser = useBrowser();
	let unpacked = '';
	let root = '';
	/** The file:// address of a page of the copy, from its path in the site ("/es/" → …/es/index.html). */
	const at = (path: string) => `${root}${path.replace(/^\//, '')}${path.endsWith('/') || path === '' ? 'index.html' : ''}`;
	const pathOf = (page: Page) => `/${decodeURIComponent(page.url().slice(root.length)).replace(/index\.html(\?.*)?$/, '')}`;

	beforeAll(() => {
		const folder = join(dist, 'offline');
		const zip = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.zip')) : undefined;
		if (!zip) throw new Error(`dist/offline/ holds no .zip: the build made no offline copy.`);
		unpacked = mkdtempSync(join(tmpdir(), 'memoria-offline-'));
		const entries = unzipSync(readFileSync(join(folder, zip)));
		for (const [name, bytes] of Object.entries(entries)) {
			if (name.endsWith('/')) continue;
			mkdirSync(dirname(join(unpacked, name)), { recursive: true });
			writeFileSync(join(unpacked, name), bytes);
		}
		const top = [...new Set(Object.keys(entries).map((name) => name.split('/')[0]!))];
		expect(top, 'the archive holds one folder').toHaveLength(1);
		root = `${pathToFileURL(join(unpacked, top[0]!)).href}/`;
	});
	afterAll(() => {
		if (unpacked) rmSync(unpacked, { recursive: true, force: true });
	});

	/**
	 * A learning with a word of its body (not of its title or summary) that no other page of its
	 * language uses, nor any page of `absentFrom` (words such as "premortem" are in both languages).
	 */
	function bodyWord(language: Language, absentFrom?: Language): { learning: DiscoveredEntry; word: string } {
		const read = (path: string) => readFileSync(fileURLToPath(at(path)), 'utf8');
		const learnings = site.entries.filter((e) => e.section === 'learnings' && !e.fallback[language]);
		const others = [
			...site.entries.filter((e) => !e.fallback[language]).map((e) => e.paths[language]),
			...(absentFrom ? site.entries.map((e) => e.paths[absentFrom]) : []),
		];
		const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		for (const learning of learnings) {
			const html = parse(read(learning.paths[language]));
			const shown = `${html.querySelector('h1')?.text ?? ''} ${html.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''}`;
			const otherText = others.filter((p) => p !== learning.paths[language]).map((p) => indexedText(read(p)));
			const taken = new Set([...words(shown), ...otherText.flatMap(words)].map((w) => w.slice(0, 5)));
			const candidate = [...new Set(words(indexedText(read(learning.paths[language]))))].find((w) => /^\p{L}{8,}$/u.test(w) && !taken.has(w.slice(0, 5)));
			if (candidate) return { learning, word: candidate };
		}
		throw new Error(`No ${languageNames[language]} learning has a word of its own in its body.`);
	}

	test('index.html is the default language’s home page, styled, and the sidebar and lists lead to a learning and its translation', async ({ expect }) => {
		const opened = await openFromDisk(browser());
		const { page } = opened;
		try {
			await page.goto(at('/'));
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			// Starlight's stylesheet loaded: its custom properties are defined.
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim())).not.toBe('');
			await expect.poll(() => page.locator('.memoria-offline-note').innerText()).toMatch(/offline copy/);

			const learning = bodyWord('en').learning;
			await page.locator('#starlight__sidebar a[href$="learnings/index.html"]').first().click();
			await page.waitForURL(/learnings\/index\.html$/);
			expect(pathOf(page)).toBe('/learnings/');
			await page.locator(`main a[href$="${learning.id}/index.html"]`).first().click();
			await page.waitForURL(new RegExp(`${learning.id}/index\\.html$`));
			expect(pathOf(page)).toBe(learning.paths.en);

			await page.locator('nav.memoria-languages a[hreflang="es"]').first().click();
			await page.waitForURL(/\/es\//);
			expect(pathOf(page)).toBe(learning.paths.es);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');

			await page.locator('nav.memoria-languages a[hreflang="en"]').first().click();
			await page.waitForURL((url) => !url.href.includes('/es/'));
			expect(pathOf(page)).toBe(learning.paths.en);
			expectClean(expect, opened);
		} finally {
			await opened.context.close();
		}
	});

	test('the theme can be switched, and on a phone the menu opens and leads to a section', async ({ expect }) => {
		const opened = await openFromDisk(browser(), 'phone');
		const { page } = opened;
		try {
			await page.goto(at('/es/'));
			await page.locator('button[popovertarget="starlight__sidebar"]').click();
			const projects = page.locator('#starlight__sidebar a[href$="proyectos/index.html"]').first();
			await projects.waitFor({ state: 'visible' });
			const select = page.locator('starlight-theme-select select').filter({ visible: true }).first();
			await select.selectOption('light');
			expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
			await select.selectOption('dark');
			expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
			await projects.click();
			await page.waitForURL(/proyectos\/index\.html$/);
			expect(pathOf(page)).toBe('/es/proyectos/');
			expectClean(expect, opened);
		} finally {
			await opened.context.close();
		}
	});

	describe.concurrent('the offline search', () => {
		for (const language of languages) {
			const other = otherLanguage(language);
			test(`in ${languageNames[language]}: the header leads to it, a word of a learning’s body finds that learning first, and the result opens it`, async ({
				expect,
			}) => {
				const { learning, word } = bodyWord(language);
				const opened = await openFromDisk(browser());
				const { page } = opened;
				try {
					await page.goto(at(language === 'en' ? '/' : `/${language}/`));
					await page.locator('a.memoria-offline-search-link').filter({ visible: true }).click();
					await page.waitForURL(/(search|buscar)\/index\.html/);
					await page.locator('input[name="q"]').pressSequentially(word, { delay: 10 });
					// Results for the whole word, not those drawn for its first letters while typing.
					const results = page.locator(`[data-results][data-query=${JSON.stringify(word)}] li > a`);
					await results.first().waitFor({ state: 'visible' });
					const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
					const paths = hrefs.map((href) => `/${decodeURIComponent(href.slice(root.length)).replace(/index\.html$/, '')}`);
					expect(paths[0], `first result for "${word}" (results: ${paths.join(', ')})`).toBe(learning.paths[language]);
					const inLanguage = (path: string) => (language === 'en' ? !path.startsWith('/es/') : path.startsWith(`/${language}/`));
					expect(
						paths.filter((p) => !inLanguage(p)),
						`results outside ${languageNames[language]}`
					).toEqual([]);
					expect(await page.locator('[data-results] .memoria-result-meta').first().innerText()).toMatch(language === 'en' ? /Learning/ : /Aprendizaje/);
					// The words are kept in the address.
					await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word);

					await results.first().click();
					await page.waitForURL((url) => !/(search|buscar)\/index\.html/.test(url.href));
					expect(pathOf(page)).toBe(learning.paths[language]);
					expect(await page.locator('html').getAttribute('lang')).toBe(language);
					expectClean(expect, opened);
				} finally {
					await opened.context.close();
				}
			});

			test(`in ${languageNames[language]}: a word only the ${languageNames[other]} pages use finds nothing, until other languages are included`, async ({
				expect,
			}) => {
				const { learning, word } = bodyWord(other, language);
				const opened = await openFromDisk(browser());
				const { page } = opened;
				try {
					await page.goto(at(language === 'en' ? '/search/' : `/${language}/buscar/`));
					await page.locator('input[name="q"]').fill(word);
					await page.locator('input[name="q"]').press('Enter');
					// The page's own words for "nothing found", once the index is loaded and searched.
					const none = await page.locator('memoria-search').evaluate((el) => (JSON.parse((el as HTMLElement).dataset.strings!) as { none: string }).none);
					await expect
						.poll(() => page.locator('[data-status]').innerText(), { message: `status after searching the ${languageNames[other]} word "${word}"` })
						.toBe(none);
					expect(await page.locator('[data-results] li').count(), `results for the ${languageNames[other]} word "${word}"`).toBe(0);

					await page.locator('input[name="all"]').check();
					const first = page.locator('[data-results] li > a').first();
					await first.waitFor({ state: 'visible' });
					expect(await first.getAttribute('lang')).toBe(other);
					const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
					expect(`/${decodeURIComponent(href.slice(root.length)).replace(/index\.html$/, '')}`).toBe(learning.paths[other]);
					expect(new URL(page.url()).searchParams.get('all')).toBe('1');
					expectClean(expect, opened);
				} finally {
					await opened.context.close();
				}
			});
		}
	});
});
