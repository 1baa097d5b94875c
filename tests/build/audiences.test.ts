import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestSchema, memoryExportSchema, type Manifest, type MemoryExport } from '../../src/network/format';
import { sections } from '../../src/model/sections';
import { buildFixture, builtFixture, dom, mainLinks, type FixtureBuild } from './support/fixture';
import { offlineArchive } from './support/offline';

/** Words of internal entries: titles, body sentences, ids, an image name and a theme label. */
const secrets = [
	'Confidential negotiation',
	'Negociación confidencial',
	'delay the report by six weeks',
	'retrasar el informe',
	'confidential-lesson',
	'Clandestine Allies',
	'secret-partner',
	'whistleblower',
	'internal-debrief',
	'Embargoed story',
	'embargoed-story',
	'embargoed-cover',
	'Internal security handbook',
	'internal-handbook',
	'safe-house',
];

/**
 * Words of drafts (`draft: true`), which no build has: a learning, a Spanish translation of a public
 * learning, a guide and an organisation the public project names.
 */
const drafts = [
	'Quince lanterns',
	'Marigold ledgers',
	'barge census',
	'half-written-lesson',
	'Borrador de la lección',
	'censo de barcazas',
	'Faroles de membrillo',
	'Kumquat ferry',
	'draft-guide',
	'Gooseberry Cooperative',
	'draft-partner',
];

let publicSite: FixtureBuild;
let internalSite: FixtureBuild;
beforeAll(async () => {
	// The public build is the global setup's (tests/support/shared-sites.ts): a hub pulls it in the browser tests.
	publicSite = builtFixture('audiences');
	internalSite = await buildFixture('audiences', {}, ['--internal']);
	for (const site of [publicSite, internalSite]) if (site.status !== 0) throw new Error(site.output);
});

/** Every output file as text; Pagefind's index files are gzip-compressed, so they are unpacked first. */
function everyFile(site: FixtureBuild): [string, string][] {
	return site.files().map((file) => {
		const bytes = readFileSync(join(site.dist, file));
		let text: string;
		try {
			text = gunzipSync(bytes).toString('latin1') + bytes.toString('latin1');
		} catch {
			text = bytes.toString('utf8');
		}
		return [file, text];
	});
}

describe('the public build', () => {
	it('contains no title, sentence, id or asset of an internal entry in any file, search index included', () => {
		const leaks = everyFile(publicSite).flatMap(([file, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));

		expect(publicSite.files().some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
		expect(leaks).toEqual([]);
	});

	it('makes an offline copy that contains nothing of an internal entry either', () => {
		const copy = offlineArchive(publicSite)!;
		const leaks = Object.entries(copy.entries).flatMap(([name, bytes]) =>
			secrets.filter((s) => name.includes(s) || Buffer.from(bytes).toString('utf8').includes(s)).map((s) => `${name}: ${s}`)
		);

		expect(copy.text('learnings/public-lesson/index.html')).toContain('Publish the river data monthly');
		expect(copy.text('_offline/search-index.en.js')).toContain('public-lesson');
		expect(leaks).toEqual([]);
	});

	it('still publishes the public entries', () => {
		expect(dom(publicSite.page('/learnings/public-lesson/')).querySelector('h1')?.text).toBe('Publish the river data monthly');
		expect(publicSite.exists('/guides/public-guide/')).toBe(true);
		// The project's printable report is one of the files searched above for internal words.
		expect(publicSite.page('/projects/open-river/report/')).toContain('Publish the river data monthly');
	});

	it('shows a public entry that names an internal one without the link and without its name', () => {
		const project = publicSite.page('/projects/open-river/');

		expect(mainLinks(project)).toContain('/organisations/open-partner/');
		expect(mainLinks(project).some((href) => href.includes('secret'))).toBe(false);
	});
});

describe('drafts', () => {
	it.each([
		['public', () => publicSite],
		['internal', () => internalSite],
	])('are in no file of the %s build: pages, lists, relations, feeds, exports, sitemap, search index', (_, site) => {
		const found = everyFile(site()).flatMap(([file, text]) => drafts.filter((d) => file.includes(d) || text.includes(d)).map((d) => `${file}: ${d}`));

		expect(site().exists('/learnings/public-lesson/')).toBe(true);
		expect(found).toEqual([]);
	});

	it('are not in the offline copy', () => {
		const copy = offlineArchive(publicSite)!;
		const found = Object.entries(copy.entries).flatMap(([name, bytes]) =>
			drafts.filter((d) => name.includes(d) || Buffer.from(bytes).toString('utf8').includes(d)).map((d) => `${name}: ${d}`)
		);

		expect(found).toEqual([]);
	});

	it('leave a language whose translation is a draft showing the original, as an untranslated entry', () => {
		for (const site of [publicSite, internalSite]) {
			const page = dom(site.page('/es/aprendizajes/public-lesson/'));

			expect(page.querySelector('h1')?.text).toBe('Publish the river data monthly');
			expect(page.querySelector('.memoria-entry')?.getAttribute('lang')).toBe('en');
		}
	});

	it('are named by a public entry without a link', () => {
		expect(mainLinks(internalSite.page('/projects/open-river/')).some((href) => href.includes('draft'))).toBe(false);
	});
});

describe('the internal build', () => {
	it('builds everything into dist-internal/, internal entries included', () => {
		expect(internalSite.dist.endsWith('dist-internal')).toBe(true);
		expect(internalSite.exists('/learnings/confidential-lesson/')).toBe(true);
		expect(internalSite.exists('/es/aprendizajes/confidential-lesson/')).toBe(true);
		expect(internalSite.exists('/guides/internal-handbook/')).toBe(true);
	});

	it('publishes no manifest: an internal site is no member of a network', () => {
		expect(internalSite.exists('/memoria.json')).toBe(false);
	});

	it('makes no offline copy and offers none: its content must not leave the internal host in a file easy to forward', () => {
		expect(internalSite.files().filter((f) => f.startsWith('offline/') || f.endsWith('.zip'))).toEqual([]);
		expect(dom(internalSite.page('/')).querySelector('[data-memoria-offline-download]')).toBeNull();
		expect(dom(publicSite.page('/')).querySelector('[data-memoria-offline-download]')).not.toBeNull();
	});

	it('marks internal pages with a banner, and only them', () => {
		expect(dom(internalSite.page('/learnings/confidential-lesson/')).querySelector('.sl-banner')?.text).toContain(
			'Internal: this page is not on the public site.'
		);
		expect(dom(internalSite.page('/es/aprendizajes/confidential-lesson/')).querySelector('.sl-banner')?.text).toContain('Interna');
		expect(dom(internalSite.page('/guides/internal-handbook/')).querySelector('.sl-banner')).not.toBeNull();
		expect(dom(internalSite.page('/learnings/public-lesson/')).querySelector('.sl-banner')).toBeNull();
	});

	it('marks a printable report internal when it holds an internal learning', () => {
		const report = dom(internalSite.page('/projects/open-river/report/'));

		expect(report.querySelectorAll('.memoria-report-learning h2').map((h) => h.text)).toContain('Confidential negotiation with the ministry');
		expect(report.querySelector('.sl-banner')?.text).toContain('Internal: this page is not on the public site.');
	});
});

/**
 * The fixture is a network member that lets others copy it (memoria.config.ts): what a hub copies
 * is its manifest (/memoria.json), its exports and its search bundles, online or from the archive.
 */
describe('what a network’s hub may copy', () => {
	const repository = join(import.meta.dirname, '../..');
	const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
	const published = (path: string) => readFileSync(join(publicSite.dist, path));
	const manifest = () => JSON.parse(published('memoria.json').toString('utf8')) as Manifest;
	const memory = (language: string) => JSON.parse(published(`data/memory.${language}.json`).toString('utf8')) as MemoryExport;
	const records = (exported: MemoryExport) => sections.flatMap((section) => (exported[section] as Record<string, unknown>[] | undefined) ?? []);
	const filesUnder = (folder: string): string[] =>
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
			.sort();

	it('publishes a manifest that follows the format, with the consent, licence and country of memoria.config.ts and the versions that built it', () => {
		const parsed = manifestSchema.safeParse(manifest());
		const version = (file: string) => (JSON.parse(readFileSync(join(repository, file), 'utf8')) as { version: string }).version;

		expect(parsed.error).toBeUndefined();
		expect(manifest()).toMatchObject({
			organisation: { name: 'Audiences Org', country: 'MX' },
			site: { url: 'https://audiences.example.org', base: '/' },
			languages: ['en', 'es'],
			defaultLanguage: 'en',
			licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
			copies: { allowed: true, leaving: false },
			generator: { memoria: version('package.json'), pagefind: version('node_modules/pagefind/package.json') },
		});
	});

	it('lists each export and every file of both search bundles with the sha256 and size of the file published', () => {
		const { exports, search } = manifest();

		expect(exports.map((e) => [e.path, e.language, e.entries])).toEqual([
			['data/memory.en.json', 'en', records(memory('en')).length],
			['data/memory.es.json', 'es', records(memory('es')).length],
		]);
		expect(search.map((bundle) => [bundle.kind, bundle.path])).toEqual([
			['current', 'pagefind/'],
			['retired', 'pagefind-retired/'],
		]);
		for (const bundle of search) expect(bundle.files.map((f) => f.path)).toEqual(filesUnder(join(publicSite.dist, bundle.path)));
		const listed = [...exports, ...search.flatMap((bundle) => bundle.files.map((f) => ({ ...f, path: `${bundle.path}${f.path}` })))];
		expect(listed.filter((f) => sha256(published(f.path)) !== f.sha256 || published(f.path).byteLength !== f.bytes)).toEqual([]);
	});

	it('exports every public entry with the path of its page and the Markdown body shown in that language', () => {
		for (const language of ['en', 'es']) {
			expect(memoryExportSchema.safeParse(memory(language)).error).toBeUndefined();
			for (const record of records(memory(language)))
				expect(publicSite.exists(`${language === 'en' ? '/' : '/es/'}${record.path}`), String(record.path)).toBe(true);
		}
		expect((memory('en').learnings as Record<string, unknown>[])[0]).toMatchObject({
			id: 'public-lesson',
			path: 'learnings/public-lesson/',
			body: 'Readers came back every month.',
		});
		// Its Spanish translation is a draft: the Spanish export has the original, as the Spanish page does.
		expect((memory('es').learnings as Record<string, unknown>[])[0]).toMatchObject({
			id: 'public-lesson',
			path: 'aprendizajes/public-lesson/',
			language: 'en',
			translated: false,
			body: 'Readers came back every month.',
		});
	});

	it('carries the manifest and the exports into the offline copy, its manifest listing no search bundle', () => {
		const copy = offlineArchive(publicSite)!;
		const copied = JSON.parse(copy.text('memoria.json')) as Manifest;

		expect(manifestSchema.safeParse(copied).error).toBeUndefined();
		expect(copied.search).toEqual([]);
		expect(copied.exports).toEqual(manifest().exports);
		for (const listed of copied.exports) expect(sha256(copy.entries[`${copy.folder}/${listed.path}`]!)).toBe(listed.sha256);
		// The other exports stay online only.
		expect(
			copy
				.files()
				.filter((f) => f.startsWith('data/'))
				.sort()
		).toEqual(['data/memory.en.json', 'data/memory.es.json']);
	});

	it('holds nothing of an internal entry or a draft, online or in the offline copy', () => {
		const copy = offlineArchive(publicSite)!;
		const texts = [
			...['memoria.json', 'data/memory.en.json', 'data/memory.es.json'].map((path) => [path, published(path).toString('utf8')]),
			...['memoria.json', 'data/memory.en.json', 'data/memory.es.json'].map((path) => [`offline: ${path}`, copy.text(path)]),
		];
		const found = texts.flatMap(([file, text]) => [...secrets, ...drafts].filter((word) => text!.includes(word)).map((word) => `${file}: ${word}`));

		expect(records(memory('en')).map((r) => r.id)).toEqual(['open-river', 'public-lesson', 'open-partner']);
		expect(found).toEqual([]);
	});

	it('states the licence in the footer of every page, in the page’s language, linked to its text', () => {
		const pages = publicSite.files().filter((f) => f.endsWith('.html'));
		const lines = pages.map((f) => [f, dom(readFileSync(join(publicSite.dist, f), 'utf8'))] as const);

		expect(pages.length).toBeGreaterThan(20);
		expect(lines.filter(([, page]) => !page.querySelector('footer [data-memoria-licence] a[rel="license"]')).map(([f]) => f)).toEqual([]);
		for (const [path, words] of [
			['/learnings/public-lesson/', 'Content licence: CC-BY-4.0'],
			['/es/aprendizajes/public-lesson/', 'Licencia del contenido: CC-BY-4.0'],
		]) {
			const line = dom(publicSite.page(path!)).querySelector('[data-memoria-licence]')!;
			expect(line.text).toBe(words);
			expect(line.querySelector('a')!.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
		}
	});
});
