/**
 * The offline copy keeps each page's copy for the next build (src/offline/page-cache.ts): a page
 * whose bytes and whose surroundings did not change is taken from the last build, and the
 * archive holds exactly what a copy made from nothing would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { makeOfflineCopy, type OfflineCopyOptions } from '../../src/offline/offline-copy';

const work = mkdtempSync(join(tmpdir(), 'memoria-offline-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string, extra = '') =>
	`<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${extra}<p>${body}</p><a href="/learnings/b/">B</a></main></body></html>`;

function site(name: string) {
	const dir = join(work, name);
	const files: Record<string, string> = {
		'index.html': page('Home', 'Welcome.', '<section data-memoria-offline-download data-memoria-offline-note="Copy of {{date}}"></section>'),
		'learnings/a/index.html': page('River survey', 'Families asked for the report first.'),
		'learnings/b/index.html': page('Budget lines', 'A small line kept the radio running.'),
		'search/index.html': page('Search', 'Search the memory.'),
	};
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	writeFileSync(join(work, 'offline.css'), 'body{}');
	return dir;
}

const options = (dir: string, cacheFolder: string): OfflineCopyOptions => ({
	dir,
	archive: 'offline/test-offline.zip',
	folder: 'test-offline',
	base: '/',
	organisation: 'Test',
	languages: ['en'],
	homePages: { en: 'index.html' },
	searchPages: { en: 'search/index.html' },
	leaveOut: new Set(),
	assets: { searchScript: '/* search */', styles: join(work, 'offline.css') },
	date: new Date('2026-12-08T00:00:00Z'),
	cache: { folder: cacheFolder, code: 'v1' },
});

const archive = (dir: string) => unzipSync(readFileSync(join(dir, 'offline/test-offline.zip')));

describe('the offline copy, made again after a build', () => {
	it('takes every undated page from the last build, and the archive is the same, byte for byte, as one made from nothing', async () => {
		const dir = site('same');
		const cache = join(work, 'cache-same');
		const first = await makeOfflineCopy(options(dir, cache));
		const made = archive(dir);
		const again = await makeOfflineCopy(options(dir, cache));
		// The home page says the day of its copy: it is always made again.
		expect([first.reused, again.reused]).toEqual([0, 3]);
		expect(archive(dir)).toEqual(made);
		expect(again.records).toEqual(first.records);
	});

	it('makes again the page that changed, and only it', async () => {
		const dir = site('changed');
		const cache = join(work, 'cache-changed');
		await makeOfflineCopy(options(dir, cache));
		writeFileSync(join(dir, 'learnings/a/index.html'), page('River survey', 'Families asked for the report first, in their language.'));
		const again = await makeOfflineCopy(options(dir, cache));
		expect(again.reused).toBe(2);
		const text = new TextDecoder().decode(archive(dir)['test-offline/learnings/a/index.html']);
		expect(text).toContain('in their language');
	});

	it('makes every page again when the copy holds other files (links are rewritten to them), or Memoria’s code changed', async () => {
		const dir = site('files');
		const cache = join(work, 'cache-files');
		await makeOfflineCopy(options(dir, cache));
		mkdirSync(join(dir, 'learnings/c'), { recursive: true });
		writeFileSync(join(dir, 'learnings/c/index.html'), page('New', 'A new lesson.'));
		expect((await makeOfflineCopy(options(dir, cache))).reused).toBe(0);
		expect((await makeOfflineCopy({ ...options(dir, cache), cache: { folder: cache, code: 'v2' } })).reused).toBe(0);
	});

	it('makes the pages again, without an error, from a cache it cannot read', async () => {
		const dir = site('broken');
		const cache = join(work, 'cache-broken');
		await makeOfflineCopy(options(dir, cache));
		const made = archive(dir);
		const pack = readdirSync(cache).find((name) => name.endsWith('.bin'))!;
		truncateSync(join(cache, pack), 10);
		const again = await makeOfflineCopy(options(dir, cache));
		expect(again.reused).toBe(0);
		expect(archive(dir)).toEqual(made);
		writeFileSync(join(cache, 'index.json'), '{not json');
		expect((await makeOfflineCopy(options(dir, cache))).reused).toBe(0);
	});

	it('takes nothing from a pack whose bytes changed on disk, though its size is the same', async () => {
		const dir = site('tampered');
		const cache = join(work, 'cache-tampered');
		await makeOfflineCopy(options(dir, cache));
		const made = archive(dir);
		const pack = join(cache, readdirSync(cache).find((name) => name.endsWith('.bin'))!);
		const bytes = readFileSync(pack);
		bytes.fill(0x2a);
		writeFileSync(pack, bytes);
		expect((await makeOfflineCopy(options(dir, cache))).reused).toBe(0);
		expect(archive(dir)).toEqual(made);
	});

	it('makes a complete copy, with a warning, where the cache cannot be written; and leaves one pack behind it', async () => {
		const dir = site('unwritable');
		const blocked = join(work, 'a-file-not-a-folder');
		writeFileSync(blocked, '');
		const warnings: string[] = [];
		const warn = console.warn;
		console.warn = (message: string) => warnings.push(message);
		try {
			const result = await makeOfflineCopy(options(dir, join(blocked, 'cache')));
			expect(result.pages).toBe(4);
		} finally {
			console.warn = warn;
		}
		expect(warnings.join('\n')).toContain('could not be kept for the next build');
		expect(Object.keys(archive(dir))).toContain('test-offline/learnings/a/index.html');

		// An interrupted build's pack is removed by the next build that completes.
		const cache = join(work, 'cache-leftover');
		await makeOfflineCopy(options(dir, cache));
		writeFileSync(join(cache, 'pack-1-1.bin'), 'left by an interrupted build');
		await makeOfflineCopy(options(dir, cache));
		expect(readdirSync(cache).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
	});
});
