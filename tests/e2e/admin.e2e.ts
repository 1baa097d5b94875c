/**
 * The admin at /admin/ of a built site that turns it on (tests/fixtures/bilingual-basics), in
 * Chromium, as a writer uses it on their own computer: "Work with Local Repository" opens the
 * site's folder (here a copy of its content/ in the browser's private file system, handed to the
 * CMS as the folder the writer picked). Every collection of the registry is listed with its
 * entries in both languages, the page runs under its own policy without a violation, nothing is
 * asked of another host but Sveltia's fonts (src/admin/admin-policy.ts), and an organisation
 * saved through the form is written exactly as the fixture's rio-claro-collective.yaml files,
 * which the fixture's build turns into pages without a warning (tests/build/admin.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtFixture, type FixtureBuild } from '../build/support/fixture';
import { viewports } from './support/browser';
import { describeInBrowser, useBrowser } from './support/harness';
import { startStaticServer, type StaticServer } from './support/server';

const saved = ['content/organisations/rio-claro-collective.yaml', 'content/organisations/es/rio-claro-collective.yaml'];

/** The site's content files, but the ones the test saves through the admin. */
function contentFiles(root: string): { path: string; text: string }[] {
	const files: { path: string; text: string }[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
		}
	};
	walk(join(root, 'content'));
	return files.filter((f) => !saved.includes(f.path));
}

describeInBrowser('the admin at /admin/', () => {
	const browser = useBrowser();
	let site: FixtureBuild;
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	const outside: string[] = [];
	const errors: string[] = [];

	beforeAll(async () => {
		site = builtFixture('bilingual-basics');
		server = await startStaticServer(site.dist);
		context = await browser().newContext({ viewport: viewports.desktop, locale: 'en-US', serviceWorkers: 'block' });
		await context.addInitScript((files) => {
			const violations: string[] = [];
			(window as unknown as { __violations: string[] }).__violations = violations;
			document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
			// The folder the writer would pick: the site's content, in the browser's private file system, with the .git folder Sveltia looks for.
			(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
				const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('site', { create: true });
				await repository.getDirectoryHandle('.git', { create: true });
				for (const file of files) {
					const parts = file.path.split('/');
					let folder = repository;
					for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
					const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
					await writable.write(file.text);
					await writable.close();
				}
				return repository;
			};
		}, contentFiles(site.root));
		page = await context.newPage();
		page.setDefaultTimeout(20_000);
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => {
			if (!/^(blob|data):/.test(request.url()) && !request.url().startsWith(server.url)) outside.push(request.url());
		});
		await page.goto(`${server.url}/admin/`);
		await page.getByRole('button', { name: 'Work with Local Repository' }).click();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	test('lists every collection, with its entries in both languages counted once', async () => {
		const expected: [string, number][] = [
			['Projects', 1],
			['Learnings', 2],
			['Outcomes', 1],
			['Community calls', 1],
			['Blog', 2],
			['Organisations', 1],
			['Self-assessments', 1],
			['Guides', 1],
		];
		// Each collection of the list shows its name, then its number of entries, each on a line of its own.
		for (const [label, count] of expected) {
			await expect
				.poll(async () => new RegExp(`(^|\\n)${label}\\n${count}\\n`).test(await page.locator('body').innerText()), { message: `${label} (${count})` })
				.toBe(true);
		}
	});

	test('saves a new organisation in both languages, as Memoria lays files out', async () => {
		await page.goto(`${server.url}/admin/#/collections/organisations/new`);
		await page.getByRole('textbox', { name: /^Name/ }).first().fill('Río Claro Collective');
		await page
			.getByRole('textbox', { name: /^Short name/ })
			.first()
			.fill('RCC');
		await page
			.getByRole('textbox', { name: /^Description/ })
			.first()
			.fill('A collective that maps rivers.');
		await page
			.getByRole('textbox', { name: /^Description/ })
			.nth(1)
			.fill('Un colectivo que mapea ríos.');
		await page.getByRole('button', { name: 'Save' }).click();
		const read = () =>
			page.evaluate(async (paths) => {
				const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
				const texts: Record<string, string | null> = {};
				for (const path of paths) {
					const parts = path.split('/');
					let folder = repository;
					try {
						for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
						texts[path] = await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
					} catch {
						texts[path] = null;
					}
				}
				return texts;
			}, saved);
		await expect.poll(async () => Object.values(await read()).every((text) => text !== null)).toBe(true);
		expect(await read()).toEqual(Object.fromEntries(saved.map((path) => [path, readFileSync(join(site.root, path), 'utf8')])));
	});

	test('runs under its own policy, asks no other host but for fonts, and throws nothing', async () => {
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		expect(outside.filter((url) => !url.startsWith('https://cdn.jsdelivr.net/fontsource/'))).toEqual([]);
		expect(errors).toEqual([]);
	});
});
