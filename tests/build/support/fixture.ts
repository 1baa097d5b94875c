import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

const repository = resolve(import.meta.dirname, '../../..');

export interface FixtureBuild {
	root: string;
	dist: string;
	status: number;
	/** Everything the build printed, stdout and stderr together. */
	output: string;
	/** The HTML of a built page, by its URL path ("/es/aprendizajes/x/"). */
	page(path: string): string;
	exists(path: string): boolean;
	/** Every file of the output, as paths relative to dist/. */
	files(): string[];
}

/** Builds tests/fixtures/<name> with Memoria's build command, in a child process like a writer would. */
export async function buildFixture(name: string, env: Record<string, string> = {}, args: string[] = []): Promise<FixtureBuild> {
	return rememberBuild(await runBuild(fixtureRoot(name), env, args));
}

/**
 * Writes down how a build of the site at build.root ended (in its .build-result.json), so test
 * files in other processes can read it with builtSite instead of building it again.
 */
export function rememberBuild(build: FixtureBuild): FixtureBuild {
	writeFileSync(join(build.root, '.build-result.json'), JSON.stringify({ status: build.status, output: build.output }));
	return build;
}

/**
 * Runs Memoria's build command (`memoria build`, bin/memoria.mjs) on the site at `root`, in a child process
 * with the environment a writer's shell would have, from the folder `cwd` (this repository unless
 * told); resolves once it has exited, whatever its status. tests/build/support/temp-site.ts builds
 * temporary copies of fixtures with it.
 */
export async function runBuild(root: string, env: Record<string, string> = {}, args: string[] = [], cwd = repository): Promise<FixtureBuild> {
	const child = spawn(process.execPath, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root, ...args], {
		cwd,
		env: { ...writerEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', LANG: 'C', LANGUAGE: '', LC_ALL: '', ...env },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
	return openBuild(root, status, output, args.includes('--internal') ? 'dist-internal' : 'dist');
}

/**
 * A fixture that the global setup (tests/support/global-setup.ts) built once for every test
 * file, so files that read the same fixture never build it twice or at the same time.
 */
export function builtFixture(name: string): FixtureBuild {
	const build = builtSite(fixtureRoot(name));
	if (build.status !== 0) throw new Error(`The fixture ${name} did not build:\n${build.output}`);
	return build;
}

/** The public build of the site at `root` that the global setup made, as rememberBuild wrote it down, whether it succeeded or not. */
export function builtSite(root: string): FixtureBuild {
	const { status, output } = JSON.parse(readFileSync(join(root, '.build-result.json'), 'utf8')) as { status: number; output: string };
	return openBuild(root, status, output);
}

const fixtureRoot = (name: string) => join(repository, 'tests/fixtures', name);

/** A build already on disk: its output folder (dist/ unless told) and how it ended. */
export function openBuild(root: string, status: number, output: string, out = 'dist'): FixtureBuild {
	const dist = join(root, out);
	const file = (path: string) => join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
	return {
		root,
		dist,
		status,
		output,
		page: (path) => readFileSync(file(path), 'utf8'),
		exists: (path) => existsSync(file(path)),
		files: () => walk(dist).map((f) => relative(dist, f)),
	};
}

/**
 * The environment a writer's shell would have: vitest adds Vite's own variables (BASE_URL,
 * MODE, NODE_ENV=test…) to process.env, and Astro would read them as its own settings.
 */
function writerEnvironment(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** A built page as a DOM, for querySelector. */
export function dom(html: string): HTMLElement {
	return parse(html);
}

/** The value of <html lang="…"> of a page. */
export function htmlLang(html: string): string | undefined {
	return dom(html).querySelector('html')?.getAttribute('lang');
}

/** Every href in a page's <main>, in document order. */
export function mainLinks(html: string): string[] {
	return (dom(html).querySelector('main')?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href')!);
}
