/**
 * A published memory's manifest (/memoria.json, src/network/manifest.ts and write-manifest.ts):
 * hashes, the licence's address, the member's consent, the versions that made it, and the
 * problems that stop a build rather than publish a manifest a hub could not read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteConfigInput } from '../../src/config/site-config';
import { MemoriaError } from '../../src/errors/memoria-error';
import { parseSiteConfig } from '../../src/integration';
import { memoriaVersion } from '../../src/lib/memoria-version';
import { installedPagefindVersion } from '../../src/network/pagefind-version';
import { manifestFile, manifestSchema } from '../../src/network/format';
import { knownLicenceUrl, licenceWithUrl } from '../../src/network/licences';
import { buildManifest, exportedEntries, listedFile, manifestProblems, type ManifestInput } from '../../src/network/manifest';
import { withSearchBundles, writeManifest } from '../../src/network/write-manifest';
import { tempFolder } from './support/temp-folder';

const repository = join(import.meta.dirname, '../..');
const config = (extra: Partial<SiteConfigInput> = {}) =>
	parseSiteConfig({ organisation: 'Colectivo Brújula', languages: ['es', 'en'], defaultLanguage: 'es', site: 'https://brujula.example.org', ...extra }, 'en');
const bytes = (text: string) => new TextEncoder().encode(text);
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
/** An exported entry as the format has it. */
const record = (type: string, id: string) => ({
	id,
	type,
	url: `/${type}/${id}/`,
	path: `${type}/${id}/`,
	language: 'es',
	translated: true,
	title: id,
	body: '',
});
const exportOf = (
	language: string,
	learnings: unknown[] = [record('learnings', 'a'), record('learnings', 'b')],
	organisations: unknown[] = [record('organisations', 'o')]
) => {
	const data = { language, generated: '2026-01-01T00:00:00.000Z', themes: [], learnings, organisations };
	return { language, file: { path: `data/memory.${language}.json`, bytes: bytes(JSON.stringify(data)) }, data };
};
const input = (extra: Partial<SiteConfigInput> = {}): ManifestInput => ({
	config: config(extra),
	generator: { memoria: '0.1.0', pagefind: '1.6.0' },
	generated: new Date('2026-11-22T10:00:00Z'),
	exports: [exportOf('es'), exportOf('en')],
});

describe('buildManifest', () => {
	it('follows the format, with the organisation, the site and its languages, default first', () => {
		const manifest = buildManifest(input({ country: 'MX', description: { es: 'Una memoria.', en: 'A memory.', fr: 'Une mémoire.' }, base: '/memoria' }));

		expect(manifestProblems(manifest)).toEqual([]);
		expect(manifestSchema.parse(manifest)).toEqual(manifest);
		expect(manifest).toMatchObject({
			format: 'memoria-manifest',
			version: 1,
			generated: '2026-11-22T10:00:00.000Z',
			// A description in a language the site is not published in is shown nowhere, so it is not stated.
			organisation: { name: 'Colectivo Brújula', country: 'MX', description: { es: 'Una memoria.', en: 'A memory.' } },
			site: { url: 'https://brujula.example.org', base: '/memoria/' },
			languages: ['es', 'en'],
			defaultLanguage: 'es',
			search: [],
		});
	});

	it('leaves out the country and the address a site does not configure', () => {
		const manifest = buildManifest(input({ site: undefined }));

		expect(manifest.organisation).not.toHaveProperty('country');
		expect(manifest.site).toEqual({ base: '/' });
		expect(manifestProblems(manifest)).toEqual([]);
	});

	it('lists each export with the sha256 and size of its bytes and how many entries it holds', () => {
		const made = input();
		const manifest = buildManifest(made);

		expect(manifest.exports).toEqual(
			made.exports.map(({ language, file }) => ({
				path: `data/memory.${language}.json`,
				sha256: sha256(file.bytes),
				bytes: file.bytes.byteLength,
				language,
				entries: 3,
			}))
		);
	});

	it('lists search bundles with every file’s sha256, paths from the bundle’s folder', () => {
		const manifest = buildManifest({
			...input(),
			search: [{ kind: 'current', path: 'pagefind/', files: [{ path: 'pagefind-entry.json', bytes: bytes('{}') }] }],
		});

		expect(manifest.search).toEqual([{ kind: 'current', path: 'pagefind/', files: [{ path: 'pagefind-entry.json', sha256: sha256('{}'), bytes: 2 }] }]);
		expect(manifestProblems(manifest)).toEqual([]);
	});

	it.each([
		['no network option: no copies', {}, { allowed: false, leaving: false }],
		['copies allowed', { network: { copies: true } }, { allowed: true, leaving: false }],
		['leaving the network', { network: { copies: true, leaving: true } }, { allowed: true, leaving: true }],
	])('states the member’s consent as its configuration says (%s)', (_, extra, copies) => {
		expect(buildManifest(input(extra as Partial<SiteConfigInput>)).copies).toEqual(copies);
	});

	it('names the option of memoria.config.ts a value that breaks the format comes from', () => {
		const manifest = buildManifest(input({ description: { es: 'x'.repeat(2001) } }));

		expect(manifestProblems(manifest)).toEqual([
			{ at: 'description.es (memoria.json → organisation.description.es)', message: expect.stringContaining('2000') },
		]);
	});
});

describe('the licence', () => {
	it.each([
		['CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/'],
		['CC-BY-SA-4.0', 'https://creativecommons.org/licenses/by-sa/4.0/'],
		['CC-BY-NC-ND-4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/'],
		['CC-BY-NC-SA-3.0', 'https://creativecommons.org/licenses/by-nc-sa/3.0/'],
		['cc-by-nc-4.0', 'https://creativecommons.org/licenses/by-nc/4.0/'],
		['CC0-1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
		['ODbL-1.0', 'https://opendatacommons.org/licenses/odbl/1-0/'],
		['ODC-By-1.0', 'https://opendatacommons.org/licenses/by/1-0/'],
		['PDDL-1.0', 'https://opendatacommons.org/licenses/pddl/1-0/'],
	])('finds the text of %s', (id, url) => {
		expect(knownLicenceUrl(id)).toBe(url);
		expect(buildManifest(input({ licence: { id } })).licence).toEqual({ id, url });
	});

	it.each(['MIT', 'CC-BY-4.0-IGO', 'CC-BY-NC-SA-5.0', 'LicenseRef-ours'])('knows no address for %s, and states the identifier alone', (id) => {
		expect(knownLicenceUrl(id)).toBeUndefined();
		expect(licenceWithUrl({ id })).toEqual({ id });
	});

	it('keeps the address the site gives, over the table’s', () => {
		expect(licenceWithUrl({ id: 'CC-BY-4.0', url: 'https://example.org/licence' })).toEqual({ id: 'CC-BY-4.0', url: 'https://example.org/licence' });
	});

	it('states none when the site names none', () => {
		expect(buildManifest(input()).licence).toBeNull();
	});
});

describe('the versions that made the build', () => {
	it('are Memoria’s own package.json’s and the installed Pagefind’s', () => {
		const version = (file: string) => (JSON.parse(readFileSync(join(repository, file), 'utf8')) as { version: string }).version;

		expect(memoriaVersion()).toBe(version('package.json'));
		expect(installedPagefindVersion()).toBe(version('node_modules/pagefind/package.json'));
	});
});

describe('writeManifest and withSearchBundles, on a built folder', () => {
	let folder: ReturnType<typeof tempFolder> | undefined;
	afterEach(() => folder?.remove());

	/** A built folder with both exports and both search bundles. */
	function built(learnings: unknown[] = [record('learnings', 'a')]) {
		folder = tempFolder('memoria-manifest-');
		for (const { file } of [exportOf('es', learnings), exportOf('en', learnings)]) folder.write(file.path, file.bytes);
		folder.write('pagefind/pagefind-entry.json', '{"version":"1.6.0"}');
		folder.write('pagefind/fragment/es_1.pf_fragment', new Uint8Array([1, 2, 3]));
		folder.write('pagefind-retired/pagefind-entry.json', '{}');
		return folder;
	}
	const read = (root: string) => JSON.parse(readFileSync(join(root, manifestFile), 'utf8'));

	it('writes a manifest listing the exports and no search bundle, then rewrites it with both bundles; every listed file has its sha256', async () => {
		const { root } = built();

		const first = await writeManifest(root, config({ network: { copies: true } }), 'en');
		expect(read(root)).toEqual(first);
		expect(first.search).toEqual([]);
		expect(first.generator).toEqual({ memoria: memoriaVersion(), pagefind: installedPagefindVersion() });

		const { manifest: second, bundlesListed } = await withSearchBundles(root, first, 'en');
		expect(bundlesListed).toBe(true);
		expect(read(root)).toEqual(second);
		expect({ ...second, search: [] }).toEqual(first);
		expect(second.search.map((bundle) => [bundle.kind, bundle.path, bundle.files.map((f) => f.path)])).toEqual([
			['current', 'pagefind/', ['fragment/es_1.pf_fragment', 'pagefind-entry.json']],
			['retired', 'pagefind-retired/', ['pagefind-entry.json']],
		]);
		const listed = [...second.exports.map((f) => f.path), ...second.search.flatMap((b) => b.files.map((f) => `${b.path}${f.path}`))];
		const hashes = [...second.exports, ...second.search.flatMap((b) => b.files)].map((f) => f.sha256);
		expect(listed.map((path) => sha256(readFileSync(join(root, path))))).toEqual(hashes);
		expect(manifestSchema.safeParse(read(root)).success).toBe(true);
	});

	it('lists no search bundle when the list would make the manifest larger than a hub reads, so the consent it carries stays readable', async () => {
		const { root } = built();
		const first = await writeManifest(root, config({ network: { copies: true } }), 'en');
		const size = readFileSync(join(root, manifestFile)).byteLength;

		const { manifest, bundlesListed } = await withSearchBundles(root, first, 'en', size + 100);

		expect(bundlesListed).toBe(false);
		expect(manifest).toEqual(first);
		expect(read(root)).toEqual(first);
	});

	it('states the day SOURCE_DATE_EPOCH gives, for reproducible builds', async () => {
		const { root } = built();
		process.env.SOURCE_DATE_EPOCH = '1767225600';
		try {
			expect((await writeManifest(root, config(), 'en')).generated).toBe('2026-01-01T00:00:00.000Z');
		} finally {
			delete process.env.SOURCE_DATE_EPOCH;
		}
	});

	it('stops a site that lets others copy it when an export breaks the format, naming the file, the entry and the field, in the writer’s language', async () => {
		const { root } = built([{ ...record('learnings', 'a'), body: 'x'.repeat(1_000_001) }]);

		const error = await writeManifest(root, config({ network: { copies: true } }), 'es').catch((e: unknown) => e);

		expect(error).toBeInstanceOf(MemoriaError);
		expect((error as MemoriaError).id).toBe('network-format');
		// The first export in the site's order of languages (Spanish first here), every time.
		expect((error as MemoriaError).message).toContain('data/memory.es.json no seguiría el formato');
		expect((error as MemoriaError).message).toContain('learnings[0] (a) → body');
		expect((error as MemoriaError).hint).toContain('network: { copies: true }');
	});

	it('does not check the exports of a site that lets nobody copy it, and still states its consent', async () => {
		const { root } = built([{ ...record('learnings', 'a'), body: 'x'.repeat(1_000_001) }]);

		const manifest = await writeManifest(root, config(), 'en');

		expect(manifest.copies).toEqual({ allowed: false, leaving: false });
		expect(exportedEntries(JSON.parse(readFileSync(join(root, 'data/memory.es.json'), 'utf8')))).toBe(2);
	});

	it('stops the build rather than publish a manifest a hub could not read (it carries the consent)', async () => {
		const { root } = built();

		const error = await writeManifest(root, config({ description: { es: 'x'.repeat(2001) } }), 'en').catch((e: unknown) => e);

		expect((error as MemoriaError).id).toBe('network-format');
		expect((error as MemoriaError).message).toContain('description.es');
		expect((error as MemoriaError).hint).toContain('memoria.config.ts');
	});
});

describe('listedFile', () => {
	it('hashes the bytes with sha256, in lower-case hexadecimal', () => {
		expect(listedFile({ path: 'a.json', bytes: bytes('abc') })).toEqual({
			path: 'a.json',
			sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
			bytes: 3,
		});
	});
});
