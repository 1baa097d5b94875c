import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/context';
import { builtSite, dom, type FixtureBuild } from './support/fixture';
import { injectedScripts, photoFile, photoMetadata, publishedFile, saveAsWindowsEditorsDo, scriptHash, secrets, withheldFile } from './support/hostile';
import { offlineArchive, type OfflineArchive } from './support/offline';
import { buildSite, copyFixture, removeSite, writeFiles } from './support/temp-site';

/**
 * The standing hostile-input suite: tests/fixtures/hostile, whose titles, names, labels, hero,
 * banner and descriptions try to inject markup and script, and whose internal entries hide behind
 * a byte-order mark, CRLF and a YAML merge key, built from temporary copies in a folder whose
 * path has a space and an accent. The public build must succeed with every injection shown as
 * text, and no output of any type may hold anything of an internal entry; a public entry that
 * quotes one must stop the build at the leak gate. The public build is the one the global setup
 * made for this file and tests/e2e/hostile.e2e.ts (tests/support/shared-sites.ts); the other two
 * are this file's own, built side by side.
 */

/** Sixteen consecutive words of content/learnings/detention-records.md's body. */
const quoted = 'two volunteers carried the detention records through the parish garden and hid the boxes behind the';
const previousOutput = 'A page from the last good build.';

const roots: string[] = [];
let publicSite: FixtureBuild;
let internalSite: FixtureBuild;
let leakingSite: FixtureBuild;

beforeAll(async () => {
	publicSite = builtSite(inject('hostileRoot'));
	const internalRoot = copyFixture('hostile', saveAsWindowsEditorsDo);
	const leakingRoot = copyFixture('hostile', (root) => {
		saveAsWindowsEditorsDo(root);
		writeFiles(root, {
			'content/posts/what-a-volunteer-said.md': `---\ntitle: What a volunteer told us\ndate: 2023-08-01\nprojects: [river-watch]\n---\nA volunteer told us that ${quoted} stairs.\n`,
			// The output of an earlier good build, with the mark a Memoria build leaves in its output.
			'dist/index.html': previousOutput,
			'dist/.memoria-output': '',
		});
	});
	roots.push(internalRoot, leakingRoot);
	// Each copy has its own caches, so the two builds can run side by side.
	[internalSite, leakingSite] = await Promise.all([buildSite(internalRoot, {}, ['--internal']), buildSite(leakingRoot)]);
});

afterAll(() => {
	for (const root of roots) removeSite(root);
});

/** What a build printed, without the list of pages it wrote. */
const report = (build: FixtureBuild) =>
	build.output
		.split('\n')
		.filter((line) => !/[├└]─/.test(line))
		.slice(-40)
		.join('\n');

/** The public build's output; a failed build has none, and every test that reads it says why. */
function publicOutput(): FixtureBuild {
	if (publicSite.status !== 0)
		throw new Error(`The public build of the hostile site failed, so there is no output to check. It ended with:\n${report(publicSite)}`);
	return publicSite;
}

/** A file's text as a reader or a program gets it: Pagefind's index files are gzip-compressed, so they are unpacked first. */
function readOutput(site: FixtureBuild, file: string): string {
	const bytes = readFileSync(join(site.dist, file));
	if (/\.pf_(fragment|meta|index|filter)$/.test(file)) return gunzipSync(bytes).toString('utf8');
	return bytes.toString('utf8');
}

/** Every secret found in a file's name or text, as "file: secret". */
function secretsIn(name: string, text: string): string[] {
	const haystack = `${name}\n${text}`.toLowerCase();
	return secrets.filter((secret) => haystack.includes(secret.toLowerCase())).map((secret) => `${name}: ${secret}`);
}

/** The output types a reader or a program can fetch, each with the files that are of it. */
const publicFolderFiles = [publishedFile, withheldFile];
const outputTypes: { name: string; is: (file: string) => boolean; mustHave?: RegExp[] }[] = [
	{ name: 'HTML pages', is: (f) => f.endsWith('.html') },
	{
		name: 'Pagefind fragments and metadata',
		is: (f) => /^pagefind(-retired)?\/.*\.pf_(fragment|meta|index|filter)$/.test(f),
		mustHave: [/^pagefind\/fragment\/.*\.pf_fragment$/, /^pagefind\/.*\.pf_meta$/],
	},
	{ name: 'sitemaps', is: (f) => /^sitemap-.*\.xml$/.test(f) },
	{ name: 'RSS feeds', is: (f) => f.endsWith('/rss.xml'), mustHave: [/^blog\/rss\.xml$/, /^learnings\/rss\.xml$/, /^es\//] },
	{ name: 'JSON exports', is: (f) => /^data\/.*\.json$/.test(f) },
	{ name: 'CSV exports', is: (f) => /^data\/.*\.csv$/.test(f) },
	{ name: 'files copied from public/', is: (f) => publicFolderFiles.includes(f), mustHave: [new RegExp(`^${publishedFile.replace('.', '\\.')}$`)] },
];

describe('the public build of a site full of hostile content', () => {
	it('succeeds', () => {
		expect(publicSite.status, report(publicSite)).toBe(0);
	});

	it('publishes the public entries, the one whose project is internal among them', () => {
		const site = publicOutput();
		for (const page of [
			'/learnings/fix-title-bug/',
			'/es/aprendizajes/fix-title-bug/',
			'/learnings/quiet-handover/',
			'/blog/script-in-title/',
			'/organisations/watchers/',
			'/guides/hero-guide/',
			'/themes/markup/',
		]) {
			expect.soft(site.exists(page), page).toBe(true);
		}
	});

	it('shows every injected title, name, label, hero, banner and lesson as the words it is', () => {
		const site = publicOutput();
		const learning = dom(site.page('/learnings/fix-title-bug/'));
		expect(learning.querySelector('h1')?.text).toBe('Fix the </title><script>window.__pwned=1</script> bug');
		expect(learning.querySelector('title')?.text).toContain('Fix the </title><script>window.__pwned=1</script> bug');
		expect(learning.querySelector('title')?.text).toContain('Hostile Org </title><script>window.__pwned=2</script>');
		expect(learning.querySelector('main')?.text).toContain('Treat <script>window.__pwned=5</script> in a lesson as text');
		expect(dom(site.page('/es/aprendizajes/fix-title-bug/')).querySelector('h1')?.text).toBe(
			'Arreglar el fallo </title><script>window.__pwned=1</script> del título'
		);
		expect(dom(site.page('/blog/script-in-title/')).querySelector('h1')?.text).toBe('Why we write <script> in our titles and nothing happens');

		const guide = dom(site.page('/guides/hero-guide/'));
		expect(guide.querySelector('.memoria-hero h1')?.text).toBe('<img src=x onerror="window.__pwned=3">');
		expect(guide.querySelector('.memoria-hero .tagline')?.text).toBe('<b>bold</b>');
		expect(guide.querySelector('.sl-banner')?.text.trim()).toBe('<script>window.__pwned=4</script>');

		expect(dom(site.page('/themes/markup/')).querySelector('h1')?.text).toContain('<img src=x onerror="window.__pwned=6">Markup in labels');
	});

	it('writes no injected script element, event attribute or image into any page, on the site or in the offline copy', () => {
		const site = publicOutput();
		const copy = offlineArchive(site);
		const pages: [string, string][] = [
			...site
				.files()
				.filter((f) => f.endsWith('.html'))
				.map((f): [string, string] => [f, readOutput(site, f)]),
			...(copy
				?.files()
				.filter((f) => f.endsWith('.html'))
				.map((f): [string, string] => [`${copy.path} → ${f}`, copy.text(f)]) ?? []),
		];
		const injected: string[] = [];
		for (const [name, html] of pages) {
			const page = dom(html);
			for (const script of page.querySelectorAll('script'))
				if (script.rawText.includes('__pwned')) injected.push(`${name}: <script>${script.rawText.slice(0, 60)}`);
			for (const element of page.querySelectorAll('*')) {
				for (const [attribute, value] of Object.entries(element.attributes)) {
					if (/^on/i.test(attribute) && value.includes('__pwned')) injected.push(`${name}: <${element.rawTagName} ${attribute}="${value}">`);
				}
			}
			if (page.querySelector('img[src="x"]')) injected.push(`${name}: <img src=x>`);
		}

		expect(copy, 'the offline copy').toBeDefined();
		expect(pages.length).toBeGreaterThan(50);
		expect(injected).toEqual([]);
	});

	it('gives every page a Content-Security-Policy that allows none of the injected scripts', () => {
		const site = publicOutput();
		const copy = offlineArchive(site)!;
		const pages: [string, string][] = [
			...site
				.files()
				.filter((f) => f.endsWith('.html'))
				.map((f): [string, string] => [f, readOutput(site, f)]),
			...copy
				.files()
				.filter((f) => f.endsWith('.html'))
				.map((f): [string, string] => [`${copy.path} → ${f}`, copy.text(f)]),
		];
		const hashes = new Map(injectedScripts.map((body) => [scriptHash(body), body]));
		const withoutPolicy: string[] = [];
		const allowed: string[] = [];
		for (const [name, html] of pages) {
			const policy = dom(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
			if (!policy) {
				withoutPolicy.push(name);
				continue;
			}
			for (const [hash, body] of hashes) if (policy.includes(hash)) allowed.push(`${name}: ${body}`);
			if (/'unsafe-inline'|'unsafe-hashes'/.test(/(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? '')) allowed.push(`${name}: script-src allows inline code`);
		}

		expect(pages.length).toBeGreaterThan(50);
		expect(withoutPolicy).toEqual([]);
		expect(allowed).toEqual([]);
	});

	for (const type of outputTypes) {
		it(`publishes ${type.name}, and none holds a title, sentence, id or withheld file of an internal entry`, () => {
			const site = publicOutput();
			const files = site.files().filter(type.is);
			expect(files, `${type.name} in the output`).not.toEqual([]);
			for (const pattern of type.mustHave ?? [])
				expect(
					files.some((f) => pattern.test(f)),
					`${type.name}: a file like ${pattern}`
				).toBe(true);

			expect(files.flatMap((file) => secretsIn(file, readOutput(site, file)))).toEqual([]);
		});
	}

	it('publishes an offline copy, and nothing in it holds a title, sentence, id or withheld file of an internal entry', () => {
		const copy: OfflineArchive | undefined = offlineArchive(publicOutput());
		expect(copy, 'the offline copy').toBeDefined();
		const files = copy!.files();
		expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
		expect(files.some((f) => /^_offline\/search-index\.(en|es)\.js$/.test(f))).toBe(true);

		expect(Object.entries(copy!.entries).flatMap(([name, bytes]) => secretsIn(name, Buffer.from(bytes).toString('utf8')))).toEqual([]);
	});

	it('publishes the public/ file a public entry links to, and leaves out the one only an internal entry links to, on the site and in the offline copy', () => {
		const site = publicOutput();
		const copy = offlineArchive(site)!;

		expect(site.files()).toContain(publishedFile);
		expect(copy.files()).toContain(publishedFile);
		expect(site.files()).not.toContain(withheldFile);
		expect(copy.files()).not.toContain(withheldFile);
	});

	it('publishes a photo without the camera metadata that names its author and place, on the site and in the offline copy', () => {
		const site = publicOutput();
		const copy = offlineArchive(site)!;
		const source = readFileSync(join(import.meta.dirname, '../fixtures/hostile/public', photoFile)).toString('latin1');
		expect(photoMetadata.every((value) => source.includes(value))).toBe(true);

		const published = readFileSync(join(site.dist, photoFile)).toString('latin1');
		const archived = Buffer.from(copy.entries[`${copy.folder}/${photoFile}`]!).toString('latin1');

		expect(published.length).toBeGreaterThan(100);
		expect(photoMetadata.filter((value) => published.includes(value) || archived.includes(value))).toEqual([]);
	});

	it('holds no title, sentence, id or withheld file of an internal entry in any other file either', () => {
		const site = publicOutput();
		const others = site.files().filter((f) => !outputTypes.some((type) => type.is(f)) && !f.endsWith('.zip'));
		expect(others.some((f) => f.startsWith('_astro/'))).toBe(true);

		expect(others.flatMap((file) => secretsIn(file, readOutput(site, file)))).toEqual([]);
	});
});

describe('the internal build of the same site', () => {
	it('succeeds and holds the internal entries, whatever their byte-order mark, line ends or merge key, and the file only they link to', () => {
		expect(internalSite.status, report(internalSite)).toBe(0);
		expect(dom(internalSite.page('/projects/shadow-archive/')).querySelector('h1')?.text).toBe('Shadow archive of the detention records');
		expect(dom(internalSite.page('/learnings/detention-records/')).querySelector('h1')?.text).toBe('Moving the detention records before the raid');
		expect(dom(internalSite.page('/calls/night-meeting/')).querySelector('h1')?.text).toBe('Night meeting with the harbour informants');
		expect(internalSite.exists('/es/aprendizajes/detention-records/')).toBe(true);
		expect(internalSite.files()).toContain(withheldFile);
	});
});

describe('a public entry that quotes sixteen words of an internal entry', () => {
	it('stops the build at the leak gate, naming the internal entry’s file', () => {
		expect(leakingSite.status).not.toBe(0);
		expect(leakingSite.output).toContain('[memoria:internal-leak]');
		expect(leakingSite.output).toMatch(/\[memoria:internal-leak\][^\n]*content\/learnings\/detention-records\.md/);
	});

	it('leaves the previous output exactly as it was', () => {
		expect(readFileSync(join(leakingSite.dist, 'index.html'), 'utf8')).toBe(previousOutput);
		expect(leakingSite.files().sort()).toEqual(['.memoria-output', 'index.html']);
	});
});
