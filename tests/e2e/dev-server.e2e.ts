/**
 * The writer's loop in Chromium: `memoria dev` on a temporary copy of tests/fixtures/bilingual-basics,
 * started as a Spanish-speaking writer would (LANGUAGE=es), one dev server and one browser context.
 *
 * - A healthy site starts without a warning.
 * - A draft shows with its banner, in the page's language, and is marked in lists.
 * - A frontmatter broken while its page is open replaces the page, by itself, with Memoria's error
 *   page, status 500 (not the last good page with 200): file, line, field, what is wrong and what
 *   to write, in Spanish, with the guide's entry for the check; /_memoria/problems/ lists it.
 * - A field of the wrong kind then shows the schema's message in Spanish, not zod's.
 * - Saving the fixed file brings the page back, by itself, without a restart.
 *
 * Every wait is on a state (a line printed, a response, a heading), never on time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { warningLines } from '../build/support/warnings';
import { copyFixture, removeSite } from '../build/support/temp-site';
import { auditPage } from './support/axe';
import type { SitePage } from './support/browser';
import { startDevServer, type DevServer } from './support/dev-server';
import { describeInBrowser, useBrowser } from './support/harness';

const learning = 'content/learnings/listen-first.md';

/** A guide that explains the checks' ids, as the writers' guide does: the error page links to its entry. */
const guides = {
	'content/docs/guides/messages.md':
		'---\ntitle: Messages\n---\n\n## Read a message\n\n| Id | What it means |\n| --- | --- |\n| `invalid-yaml` | The fields cannot be read. |\n| `invalid-field` | A field has a value it does not accept. |\n',
	'content/docs/es/guides/messages.md':
		'---\ntitle: Mensajes\n---\n\n## Leer un mensaje\n\n| Id | Qué significa |\n| --- | --- |\n| `invalid-yaml` | Los campos no se pueden leer. |\n| `invalid-field` | Un campo tiene un valor que no acepta. |\n',
	'content/learnings/in-progress.md':
		'---\ntitle: A lesson in progress\ndate: 2021-07-01\nproject: river\nphase: build\nkind: mixed\ndraft: true\nlesson: Not ready yet.\n---\nStill writing.\n',
};

describeInBrowser('the dev server', () => {
	const browser = useBrowser();
	let root: string;
	let server: DevServer;
	let context: BrowserContext;
	let page: Page;
	let original: string;

	beforeAll(async () => {
		root = copyFixture('bilingual-basics', guides);
		original = readFileSync(join(root, learning), 'utf8');
		server = await startDevServer(root, { LANGUAGE: 'es', LANG: 'es_ES.UTF-8' });
		context = await browser().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		page = await context.newPage();
		page.setDefaultTimeout(60_000);
	});

	afterAll(async () => {
		await context?.close();
		await server?.stop();
		if (root) removeSite(root);
	});

	const save = (text: string) => writeFileSync(join(root, learning), text);
	/** The next response for a page of the site, whatever asked for it (a reload the page made itself). */
	const nextResponse = (path: string, status: number) =>
		page.waitForResponse(
			(response: Response) => new URL(response.url()).pathname === path && response.status() === status && response.request().isNavigationRequest()
		);
	const heading = () => page.locator('h1').first().innerText();

	test('starts a healthy site without a warning', async () => {
		const response = await page.goto(new URL('learnings/listen-first/', server.url).href);

		expect(response?.status()).toBe(200);
		expect(await heading()).toBe('Listen before building');
		// Browsers ask for site icons this fixture does not have; Astro would warn about them on every page.
		for (const icon of ['favicon.ico', 'favicon.svg']) expect((await page.request.get(new URL(icon, server.url).href)).status()).toBe(204);
		expect(warningLines(server.output())).toEqual([]);
	});

	test('shows a draft with a banner in the page’s language, and marks it in lists', async () => {
		await page.goto(new URL('learnings/in-progress/', server.url).href);
		await expect.poll(() => page.locator('.sl-banner').innerText()).toContain('Draft: this page is shown only while writing');
		expect(await page.locator('.sl-banner').isVisible()).toBe(true);

		await page.goto(new URL('es/aprendizajes/in-progress/', server.url).href);
		expect(await page.locator('.sl-banner').innerText()).toContain('Borrador: esta página se ve solo mientras escribes');

		await page.goto(new URL('es/aprendizajes/', server.url).href);
		expect(await page.locator('li', { hasText: 'A lesson in progress' }).locator('.memoria-badge').allInnerTexts()).toContain('Borrador');
	});

	test('replaces a page whose frontmatter breaks with an error page, then brings it back when the file is fixed', async () => {
		const path = '/learnings/listen-first/';
		await page.goto(new URL(path.slice(1), server.url).href);
		expect(await heading()).toBe('Listen before building');

		// A quote opened and never closed, as a writer leaves one: the open page reloads into the error page.
		const broken = nextResponse(path, 500);
		save(original.replace('title: Listen before building', 'title: "Listen before building'));
		expect((await broken).status()).toBe(500);
		await expect.poll(heading).toBe('Un problema por corregir en esta página');
		const problem = page.locator('[data-memoria-problem="invalid-yaml"]');
		const definition = (term: string) => problem.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();
		expect(await definition('Archivo')).toBe(learning);
		expect(await definition('Línea')).toBe('2');
		expect(await definition('Qué está mal')).toBe('Los metadatos (frontmatter) no son YAML válido: una comilla se abre y nunca se cierra.');
		expect(await definition('Qué escribir en su lugar')).toContain('Cierra la comilla');
		expect(await problem.locator('mark').innerText()).toContain('title: "Listen before building');
		expect(await problem.getByRole('link', { name: 'Qué significa «invalid-yaml», en la guía' }).getAttribute('href')).toBe(
			'/es/guides/messages/#leer-un-mensaje'
		);
		const audit = await auditPage({ page } as SitePage, path);
		expect(audit.report).toBe('');

		// Every problem of the site, at one address, with the pages it stands in for.
		const index = await context.newPage();
		await index.goto(new URL('_memoria/problems/', server.url).href);
		expect(await index.locator('h1').innerText()).toBe('Problemas en el contenido');
		expect(await index.locator('.problems li').first().innerText()).toContain(`${learning}:2`);
		expect(await index.locator('.problems li a', { hasText: '/es/aprendizajes/listen-first/' }).count()).toBe(1);
		await index.close();

		// A field of the wrong kind: the schema's message, in Spanish; the error page reloads itself.
		const wrongField = nextResponse(path, 500);
		save(original.replace('kind: worked', 'kind: worked\nconfidence: sure'));
		await wrongField;
		await expect.poll(() => page.locator('[data-memoria-problem="invalid-field"] h2').count()).toBe(1);
		const fieldProblem = page.locator('[data-memoria-problem="invalid-field"]');
		expect(await fieldProblem.locator('h2').innerText()).toBe(`${learning}:7 → confidence`);
		expect(await fieldProblem.locator('dd').first().innerText()).toBe(
			'Campo "confidence": "sure" no es uno de los valores de este campo. Escribe uno de estos: "anecdotal", "observed", "verified".'
		);

		// Fixed: the page comes back by itself, without restarting the server, as it is: it reloads
		// once Astro's content store holds the entry again, so it does not stay on the Spanish
		// fallback Astro serves while the English file is missing from the store.
		const back = nextResponse(path, 200);
		save(original);
		await back;
		await expect.poll(heading).toBe('Listen before building');
		await expect.poll(heading).toBe('Listen before building');
		expect(server.output()).not.toMatch(/restart/i);
	});
});
