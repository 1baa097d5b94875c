/**
 * A learning network from end to end (issue 23, point 6): three member sites built in this run by
 * the global setup — tests/fixtures/bilingual-basics (written first in English),
 * tests/fixtures/spanish-default (first in Spanish) and tests/fixtures/audiences (with internal
 * entries and drafts) — each served on loopback from a copy of its output, as its host would.
 * A hub (a copy of tests/fixtures/network-hub with an empty mirror) lists them by address,
 * `memoria network pull` copies them, `memoria build` builds the hub, and Chromium searches it.
 *
 * - The pull copies all three with their search bundles (same Pagefind), and nothing of the
 *   internal entries reaches the mirror or the hub's output.
 * - One query on the hub's search page finds an entry of each member, in English and in Spanish,
 *   and the organisation filter narrows the results to one member.
 * - A second pull with one member stopped fails for it and keeps its copy byte for byte.
 * - A member that withdraws consent (its manifest no longer allows copies) is removed.
 *
 * Every wait is on a state: a process's exit, a server's answer, the results drawn.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtFixture, type FixtureBuild } from '../build/support/fixture';
import { buildSite, copyFixture, removeSite } from '../build/support/temp-site';
import { listProblems, SitePage } from './support/browser';
import { describeInBrowser, useBrowser } from './support/harness';
import { startStaticServer, type StaticServer } from './support/server';

const repository = resolve(import.meta.dirname, '../..');

/** A word every member's project has, in both languages (a town's name). */
const word = 'quillacollo';

/** The members, with the fixture each one's site is built from and its project's title per language. */
const members = {
	english: { id: 'fixture-org', fixture: 'bilingual-basics', name: 'Fixture Org', title: { en: 'River Project', es: 'Proyecto Río' } },
	spanish: {
		id: 'organizacion-de-prueba',
		fixture: 'spanish-default',
		name: 'Organización de prueba',
		title: { en: 'Municipal open data', es: 'Datos abiertos municipales' },
	},
	// Its project has no Spanish file: the Spanish page shows the English original.
	internal: { id: 'audiences-org', fixture: 'audiences', name: 'Audiences Org', title: { en: 'Open River', es: 'Open River' } },
} as const;

/** Texts of the audiences fixture's internal entries and drafts: none may reach the hub. */
const neverCopied = ['Confidential negotiation with the ministry', 'delay the report by six weeks', 'Faroles de membrillo', 'El censo de barcazas'];

const filterLegend = { en: 'From the memory of', es: 'De la memoria de' } as const;
const searchPage = { en: '/search/', es: '/es/buscar/' } as const;

/** `memoria network pull` of the hub, in a child process as a maintainer runs it; resolves with its exit code and output. */
function pull(root: string): Promise<{ status: number; output: string }> {
	const child = spawn(process.execPath, [join(repository, 'bin/memoria.mjs'), 'network', 'pull', '--root', root], {
		cwd: root,
		env: { ...process.env, LANG: 'C', LANGUAGE: '', LC_ALL: '' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((done) => child.on('close', (code) => done({ status: code ?? 1, output })));
}

describeInBrowser('a network pulled from three member sites built in this run', () => {
	const browser = useBrowser();
	const servers = new Map<keyof typeof members, StaticServer>();
	const outputs = new Map<keyof typeof members, string>();
	let copies: string;
	let hubRoot: string;
	let firstPull: { status: number; output: string };
	let hub: FixtureBuild;
	let hubServer: StaticServer;
	const mirror = (member: keyof typeof members, path = '') => join(hubRoot, 'network', members[member].id, path);

	beforeAll(async () => {
		// Copies of the members' outputs: this file stops one server and changes another's manifest,
		// while other files read the fixtures' own dist/ folders.
		copies = mkdtempSync(join(tmpdir(), 'memoria-network-members-'));
		for (const key of Object.keys(members) as (keyof typeof members)[]) {
			const output = join(copies, key);
			cpSync(builtFixture(members[key].fixture).dist, output, { recursive: true });
			outputs.set(key, output);
			servers.set(key, await startStaticServer(output));
		}
		const config = `export default ${JSON.stringify({
			organisation: 'Valley Learning Hub',
			languages: ['en', 'es'],
			defaultLanguage: 'en',
			site: 'https://hub.example.org',
			network: { members: (Object.keys(members) as (keyof typeof members)[]).map((key) => ({ id: members[key].id, url: `${servers.get(key)!.url}/` })) },
		})};\n`;
		hubRoot = copyFixture('network-hub', (root) => {
			rmSync(join(root, 'network'), { recursive: true, force: true });
			rmSync(join(root, 'incoming'), { recursive: true, force: true });
			writeFileSync(join(root, 'memoria.config.ts'), config);
		});
		firstPull = await pull(hubRoot);
		if (firstPull.status !== 0) throw new Error(`The first pull failed:\n${firstPull.output}`);
		hub = await buildSite(hubRoot);
		if (hub.status !== 0) throw new Error(`The hub did not build:\n${hub.output}`);
		hubServer = await startStaticServer(hub.dist);
	});

	afterAll(async () => {
		await Promise.all([...servers.values(), hubServer].map((server) => server?.close()));
		if (hubRoot) removeSite(hubRoot);
		if (copies) rmSync(copies, { recursive: true, force: true });
	});

	test('the pull copies every member with its search bundle, and no internal entry reaches the hub', () => {
		for (const key of Object.keys(members) as (keyof typeof members)[]) {
			const state = JSON.parse(readFileSync(mirror(key, 'pull.json'), 'utf8')) as { answered: boolean; search: string };
			expect(state, key).toMatchObject({ answered: true, search: 'merged' });
			for (const file of ['memoria.json', 'data/memory.en.json', 'data/memory.es.json', 'pagefind/pagefind-entry.json']) {
				expect(existsSync(mirror(key, file)), `${key}: ${file}`).toBe(true);
			}
		}
		const everything = [
			...hub.files().map((file) => join(hub.dist, file)),
			mirror('internal', 'data/memory.en.json'),
			mirror('internal', 'data/memory.es.json'),
		]
			.filter((file) => /\.(html|json|xml|js)$/.test(file))
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		for (const text of neverCopied) expect(everything, text).not.toContain(text);
		// The member's public entry did arrive: the test above would pass on an empty copy otherwise.
		expect(everything).toContain('Its gauges stand near Quillacollo');
	});

	for (const language of ['en', 'es'] as const) {
		test(`in ${language}, one query finds every member's project, and the organisation filter keeps one member`, async () => {
			const page = await SitePage.open(browser(), hubServer.url, { viewport: 'desktop' });
			try {
				await page.visit(`${searchPage[language]}?q=${word}`);
				const results = page.page.locator(`[data-results][data-query="${word}"] > li > a`);
				const titles = Object.values(members).map((member) => member.title[language]);
				await expect.poll(async () => await results.allTextContents()).toEqual(expect.arrayContaining(titles));
				const group = page.page.locator('[data-filters] fieldset', { has: page.page.locator('legend', { hasText: filterLegend[language] }) });
				await group.locator('label', { hasText: members.spanish.name }).locator('input').check();
				await expect.poll(async () => await results.allTextContents()).toEqual([members.spanish.title[language]]);
				expect(listProblems(page.foreignRequests), 'requests to other hosts').toBe('');
				expect(listProblems(page.consoleErrors), 'console errors').toBe('');
			} finally {
				await page.close();
			}
		});
	}

	// After the browser tests, which read the first pull's copies through the built hub.
	test('a pull with a member stopped keeps its copy; a member that withdraws consent is removed', async () => {
		const kept = readFileSync(mirror('spanish', 'data/memory.es.json'));
		await servers.get('spanish')!.close();
		servers.delete('spanish');
		const manifest = join(outputs.get('internal')!, 'memoria.json');
		const withdrawn = JSON.parse(readFileSync(manifest, 'utf8')) as { copies: { allowed: boolean } };
		withdrawn.copies.allowed = false;
		writeFileSync(manifest, JSON.stringify(withdrawn));

		const second = await pull(hubRoot);
		expect(second.status, second.output).toBe(1);
		expect(second.output).toContain(members.spanish.id);
		expect(readFileSync(mirror('spanish', 'data/memory.es.json')).equals(kept)).toBe(true);
		expect(JSON.parse(readFileSync(mirror('spanish', 'pull.json'), 'utf8'))).toMatchObject({ answered: false });
		expect(existsSync(mirror('internal')), 'the withdrawn member’s copy').toBe(false);
		expect(second.output).toContain(members.internal.id);
		expect(existsSync(mirror('english', 'memoria.json'))).toBe(true);
	});
});
