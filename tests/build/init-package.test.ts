/**
 * Memoria as an organisation gets it: `npm pack` this repository, `memoria init` a site (its
 * starter), `npm install` the tarball into it, and build it with the installed command; then
 * the installed command makes an empty site, a network's hub of one member, pulled and built with the same install. npm takes Astro, Starlight and the rest from its cache when `npm ci` has put them
 * there (--prefer-offline), and from the registry otherwise. Alone: `npm run test:install`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, openBuild } from './support/fixture';

const repository = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'memoria-install-'));
// npm and the build run on the Node that runs this test (Memoria needs 22.22 or newer), whatever Node the shell has.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', LANG: 'C', LANGUAGE: '', LC_ALL: '' };
let tarball = '';

/** The starter, made by this repository's `memoria init`, with the tarball installed into it by npm. */
function installStarter(): string {
	const site = join(folder, 'starter');
	execFileSync(process.execPath, [join(repository, 'bin/memoria.mjs'), 'init', site, '--yes'], { env, stdio: 'pipe' });
	// Astro 7.4.2 and later need Node 22.23.4; this repository pins 7.4.1 for its own tests, and so does this site.
	const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
	manifest.dependencies.astro = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')).devDependencies.astro;
	writeFileSync(join(site, 'package.json'), JSON.stringify(manifest, null, 2));
	execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: site, env, stdio: 'pipe' });
	return site;
}

/** The installed command, run in a site. */
const installedMemoria = (site: string, args: string[]) =>
	spawnSync(process.execPath, [join(folder, 'starter/node_modules/memoria-ssg/bin/memoria.mjs'), ...args], { cwd: site, env, encoding: 'utf8' });

function build(site: string) {
	const build = installedMemoria(site, ['build']);
	return openBuild(site, build.status ?? 1, `${build.stdout}${build.stderr}`);
}

beforeAll(() => {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: repository, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
	) as {
		filename: string;
	}[];
	tarball = join(folder, packed!.filename);
	console.info(`${packed!.filename}: ${(statSync(tarball).size / 1024).toFixed(0)} KB`);
});
afterAll(() => {
	rmSync(folder, { recursive: true, force: true });
});

describe('a site made with memoria init, with Memoria installed from its tarball', () => {
	it('builds the starter: its examples in both languages, and a search index', { timeout: 300_000 }, () => {
		const site = build(installStarter());

		expect(site.status, site.output).toBe(0);
		expect(site.page('/learnings/ask-on-the-radio/')).toContain('Ask on the radio before printing forms');
		expect(site.page('/es/aprendizajes/ask-on-the-radio/')).toContain('Preguntar en la radio antes de imprimir formularios');
		expect(site.files().some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
	});

	it('makes and builds an empty site in both languages, its home pages saying how to add the first entry, as a network’s hub', { timeout: 300_000 }, () => {
		// Made by the installed command, and using the starter's install: a second `npm install` of
		// the same tarball would only test npm again.
		const empty = join(folder, 'empty');
		const made = installedMemoria(folder, ['init', empty, '--yes', '--empty']);
		expect(made.status, `${made.stdout}${made.stderr}`).toBe(0);
		symlinkSync(join(folder, 'starter/node_modules'), join(empty, 'node_modules'));
		// A hub with no content of its own, and one member whose built site arrived as a folder. Its
		// pages render copies with Memoria's Sätteri, not the older one Astro's install brings.
		cpSync(builtFixture('audiences').dist, join(empty, 'incoming/audiences'), { recursive: true });
		const config = join(empty, 'memoria.config.ts');
		writeFileSync(
			config,
			readFileSync(config, 'utf8').replace(/\n\}\);\s*$/, "\n\tnetwork: { members: [{ id: 'audiences', path: 'incoming/audiences' }] },\n});\n")
		);
		const pulled = installedMemoria(empty, ['network', 'pull']);
		expect(pulled.status, `${pulled.stdout}${pulled.stderr}`).toBe(0);
		const site = build(empty);

		expect(site.status, site.output).toBe(0);
		expect(site.page('/')).toContain('npx memoria new');
		expect(site.page('/es/')).toContain('Agrega la primera entrada');
		expect(site.exists('/pagefind/pagefind-entry.json')).toBe(true);
		expect(site.page('/network/audiences/projects/open-river/')).toContain('Its gauges stand near Quillacollo.');
	});
});
