/**
 * Runs once before the end-to-end tests: checks for Chromium, builds the demo site (unless
 * MEMORIA_E2E_BUILD=0 and a build exists), discovers its page types from dist/ and serves
 * dist/ on a free loopback port. Test files receive the address and the site map with
 * `inject('baseUrl')` and `inject('site')`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable, missingChromiumMessage } from './browser';
import './context';
import { startStaticServer } from './server';
import { discoverSite } from './site';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'dist');

const vitestVariables = new Set(['DEV', 'PROD', 'MODE', 'BASE_URL', 'SSR', 'TEST', 'NODE_ENV']);

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
	return new Promise((done, fail) => {
		// vitest sets DEV=1, PROD, MODE=test, BASE_URL, NODE_ENV=test… in its own process; an Astro
		// build that inherits them is a development build (Starlight then replaces search with
		// "only available in production builds"). Build with the environment a shell would give.
		const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestVariables.has(key) && !key.startsWith('VITEST')));
		env.FORCE_COLOR = '0';
		const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('error', fail);
		child.once('close', (code) => done({ code, output }));
	});
}

export default async function setup(project: TestProject) {
	project.provide('chromiumMissing', false);
	if (!chromiumAvailable()) {
		if (process.env.CI === 'true') throw new Error(missingChromiumMessage);
		console.warn(`\n⚠ Skipping the end-to-end suite. ${missingChromiumMessage}\n`);
		project.provide('chromiumMissing', true);
		project.provide('baseUrl', '');
		project.provide('site', { pageTypes: [], missingPageTypes: [], entries: [], untranslated: null, projectWithLearnings: null, search: { en: null, es: null }, retired: { en: [], es: [] } });
		return;
	}

	const mustBuild = !existsSync(join(dist, 'index.html')) || process.env.MEMORIA_E2E_BUILD !== '0';
	if (mustBuild) {
		const started = Date.now();
		const { code, output } = await run('npm', ['run', 'build']);
		if (code !== 0) {
			throw new Error(`"npm run build" failed (exit code ${code}), so the end-to-end suite cannot run. Its output ended with:\n${output.split('\n').slice(-40).join('\n')}`);
		}
		console.log(`Built the demo site into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	} else {
		console.log('Reusing the existing build in dist/ (MEMORIA_E2E_BUILD=0).');
	}

	const site = discoverSite(dist);
	mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
	writeFileSync(join(root, 'tests/.tmp/e2e-site.json'), `${JSON.stringify(site, null, '\t')}\n`);

	const server = await startStaticServer(dist);
	project.provide('baseUrl', server.url);
	project.provide('site', site);
	console.log(`Serving dist/ at ${server.url}`);

	return async () => {
		await server.close();
	};
}
