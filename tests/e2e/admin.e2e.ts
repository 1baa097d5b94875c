/**
 * The admin at /admin/ of a built site that turns it on (tests/fixtures/bilingual-basics), in
 * Chromium, as a writer uses it on their own computer: "Work with Local Repository" opens the
 * site's folder (here a copy of its content/ in the browser's private file system, handed to the
 * CMS as the folder the writer picked). Every collection of the registry is listed with its
 * entries in both languages; Sveltia's text and icon fonts are the ones the admin serves itself;
 * the page runs under its own policy without a violation and asks no other host for anything.
 * An organisation, a learning and a post with a cover picked in each language, saved through the
 * forms, are written exactly as the fixture's files of the same names, which the fixture's build
 * turns into pages without a warning (tests/build/admin.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtFixture, type FixtureBuild } from '../build/support/fixture';
import { viewports } from './support/browser';
import { describeInBrowser, useBrowser } from './support/harness';
import { startStaticServer, type StaticServer } from './support/server';

/** The files the tests save through the forms, by entry: left out of the folder the CMS opens, compared with the fixture's afterwards. */
const saved = {
	organisation: ['content/organisations/rio-claro-collective.yaml', 'content/organisations/es/rio-claro-collective.yaml'],
	learning: ['content/learnings/maps-need-local-names.md', 'content/learnings/es/maps-need-local-names.md'],
	post: [
		'content/posts/drawing-the-river.md',
		'content/posts/river-cover.png',
		'content/posts/es/drawing-the-river.md',
		'content/posts/es/portada-del-rio.png',
	],
};
const savedPaths = Object.values(saved).flat();

/** The site's content files (base64, pictures included), but the ones the tests save through the admin. */
function contentFiles(root: string): { path: string; data: string }[] {
	const files: { path: string; data: string }[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push({ path: relative(root, path).split('\\').join('/'), data: readFileSync(path).toString('base64') });
		}
	};
	walk(join(root, 'content'));
	return files.filter((f) => !savedPaths.includes(f.path));
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
					await writable.write(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)));
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

	/** The files at `paths` in the folder the CMS works on, as base64 (null for one not there). */
	const readSaved = (paths: string[]) =>
		page.evaluate(async (paths) => {
			const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
			const found: Record<string, string | null> = {};
			for (const path of paths) {
				const parts = path.split('/');
				let folder = repository;
				try {
					for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
					const bytes = new Uint8Array(await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
					found[path] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
				} catch {
					found[path] = null;
				}
			}
			return found;
		}, paths);

	/** Saves the entry open in the form, and expects the files it writes to be the fixture's files at `paths`, byte for byte. */
	async function saveAndCompare(paths: string[]) {
		await page.getByRole('button', { name: 'Save' }).click();
		await expect.poll(async () => Object.values(await readSaved(paths)).every((data) => data !== null), { timeout: 15_000 }).toBe(true);
		const fixture = Object.fromEntries(paths.map((path) => [path, readFileSync(join(site.root, path)).toString('base64')]));
		const decode = (files: Record<string, string | null>) =>
			Object.fromEntries(Object.entries(files).map(([path, data]) => [path, path.endsWith('.png') ? data : Buffer.from(data!, 'base64').toString('utf8')]));
		expect(decode(await readSaved(paths))).toEqual(decode(fixture));
	}

	/** The form of one language in the editor ("English", "Spanish"). */
	const pane = (language: string) => page.getByRole('group', { name: new RegExp(`^Edit .${language}. Content$`) });

	/**
	 * The form field at `key` ("cover.alt") in a language's form. Sveltia draws fields only as they
	 * come near the view, so the form is scrolled down half a view at a time (from the top again at
	 * its end) until the field is there: a jump to the end would pass a field in the middle of a long
	 * form without drawing it.
	 */
	async function field(form: Locator, key: string): Promise<Locator> {
		const found = form.locator(`[data-key-path="${key}"]`).first();
		await expect
			.poll(
				async () => {
					if ((await found.count()) > 0) return true;
					await form.evaluate((element) => {
						const scroller = [element, ...element.querySelectorAll('*')].find(
							(e) => e.scrollHeight > e.clientHeight && /auto|scroll/.test(getComputedStyle(e).overflowY)
						);
						if (!scroller) return;
						const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
						if (atEnd) scroller.scrollTo(0, 0);
						else scroller.scrollBy(0, scroller.clientHeight / 2);
					});
					return false;
				},
				{ timeout: 15_000, message: `the field ${key}` }
			)
			.toBe(true);
		await found.scrollIntoViewIfNeeded();
		return found;
	}
	const choose = async (form: Locator, key: string, value: string) => (await field(form, key)).locator(`[role=radio][data-value="${value}"]`).click();
	const type = async (form: Locator, key: string, text: string) => (await field(form, key)).getByRole('textbox').first().fill(text);

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
				.poll(async () => new RegExp(`(^|\\n)${label}\\n${count}\\n`).test(await page.locator('body').innerText()), {
					message: `${label} (${count})`,
					timeout: 15_000,
				})
				.toBe(true);
		}
	});

	test('draws its text and its icons with the fonts it serves itself, so no icon shows as its name', async () => {
		await expect
			.poll(() => page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replaceAll('"', ''))), {
				timeout: 15_000,
			})
			.toEqual(expect.arrayContaining(['Source Sans 3', 'Material Symbols Outlined']));
		const icons = await page.evaluate(() =>
			[...document.querySelectorAll('.material-symbols-outlined')]
				.map((icon) => ({ name: icon.textContent, width: icon.getBoundingClientRect().width, size: Number.parseFloat(getComputedStyle(icon).fontSize) }))
				.filter((icon) => icon.width > 0)
		);
		expect(icons.length).toBeGreaterThan(2);
		// The icon font draws "article" as one square glyph; without it the word is several times as wide as the text is high.
		for (const icon of icons) expect(icon.width, icon.name ?? '').toBeLessThanOrEqual(icon.size * 1.25);
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
		await saveAndCompare(saved.organisation);
	});

	test('saves a learning with its project, its choices, its date and a Spanish translation', async () => {
		await page.goto(`${server.url}/admin/#/collections/learnings/new`);
		const en = pane('English');
		const es = pane('Spanish');
		await type(en, 'title', 'Maps need local names');
		await type(es, 'title', 'Los mapas necesitan nombres locales');
		await (await field(en, 'date')).locator('input[type=date]').fill('2021-06-20');
		await choose(en, 'project', 'river');
		await choose(en, 'phase', 'build');
		await choose(en, 'kind', 'mixed');
		await type(en, 'lesson', 'Ask people what they call a place before drawing it.');
		await type(es, 'lesson', 'Preguntar cómo llaman a un lugar antes de dibujarlo.');
		await choose(en, 'status', 'reviewed');
		await (await field(en, 'body')).locator('[contenteditable=true]').first().click();
		await page.keyboard.type('We drew the map first and had to redraw it.');
		await (await field(es, 'body')).locator('[contenteditable=true]').first().click();
		await page.keyboard.type('Dibujamos el mapa primero y hubo que rehacerlo.');
		await saveAndCompare(saved.learning);
	});

	test('saves a post whose cover each language picks, next to that language’s file', async () => {
		await page.goto(`${server.url}/admin/#/collections/posts/new`);
		const en = pane('English');
		const es = pane('Spanish');
		await type(en, 'title', 'Drawing the river');
		await type(es, 'title', 'Dibujar el río');
		await (await field(en, 'date')).locator('input[type=date]').fill('2024-04-10');
		for (const [form, picture, alt] of [
			[en, 'content/posts/river-cover.png', 'The river drawn from above, in blue'],
			[es, 'content/posts/es/portada-del-rio.png', 'El río dibujado desde arriba, en naranja'],
		] as const) {
			await (await field(form, 'cover')).getByRole('checkbox').first().click();
			await (await field(form, 'cover.src')).locator('input[type=file]').first().setInputFiles(join(site.root, picture));
			await type(form, 'cover.alt', alt);
		}
		await saveAndCompare(saved.post);
	});

	test('runs under its own policy, asks no other host for anything, and throws nothing', async () => {
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});
});
