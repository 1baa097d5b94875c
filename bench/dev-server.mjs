/**
 * The writer's loop, measured (issue 19): a dev server's cold start to the first page, and the
 * time from saving an entry to the dev server serving the updated page. The same for Memoria's
 * `memoria dev` and vanilla Starlight's `astro dev`, on the same corpus.
 *
 * "Served" is read over HTTP, as the browser's reload after a change reads it: the page's HTML
 * answered with status 200 and holding the expected words. Polling is the measurement here (a
 * benchmark may wait on time; the tests never do).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on the loopback interface. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** The first Markdown file named `<id>.md` under `folder`, outside language sub-folders (es/). */
function entryFile(folder, id) {
	const found = readdirSync(folder, { recursive: true })
		.map(String)
		.filter((path) => path.endsWith(`/${id}.md`) && !/(^|\/)es\//.test(path));
	if (found.length === 0) throw new Error(`No file ${id}.md under ${folder}.`);
	return join(folder, found.sort((a, b) => a.length - b.length)[0]);
}

/** Resolves with the ms until `url` answers 200 with a body containing `text`, polling every `every` ms. */
async function until(url, text, { started, timeoutMs = 180_000, every = 25 } = {}) {
	for (;;) {
		try {
			const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
			const body = await response.text();
			if (response.status === 200 && body.includes(text)) return performance.now() - started;
		} catch {} // not listening yet
		if (performance.now() - started > timeoutMs) throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s.`);
		await new Promise((done) => setTimeout(done, every));
	}
}

/**
 * Starts the dev server of a site with no cache (Astro's and Vite's removed), measures its cold
 * start to `page`, then `edits` saves of the entry `id` (a new sentence in its body each time),
 * and stops it. Resolves with { coldStartMs, editMs: number[] }.
 */
export async function measureDev({ command, args, root, contentFolder, page, id, edits = 3 }) {
	for (const cache of ['.astro', 'node_modules/.vite', 'node_modules/.astro']) rmSync(join(root, cache), { recursive: true, force: true });
	const port = await freePort();
	const url = `http://127.0.0.1:${port}${page}`;
	const file = entryFile(contentFolder, id);
	const original = readFileSync(file, 'utf8');
	const started = performance.now();
	const child = spawn(command, [...args, '--port', String(port)], {
		cwd: root,
		detached: true,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROWSER: 'none' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output = `${output}${chunk}`.slice(-20_000)));
	try {
		const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(original)?.[1] ?? id;
		const coldStartMs = await until(url, title.slice(0, 30), { started });
		const editMs = [];
		for (let edit = 1; edit <= edits; edit++) {
			const marker = `Edited in the benchmark, save ${edit} ${Date.now()}.`;
			const saved = performance.now();
			writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
			editMs.push(await until(url, marker, { started: saved }));
		}
		return { coldStartMs: Math.round(coldStartMs), editMs: editMs.map(Math.round) };
	} catch (error) {
		throw new Error(`${error.message}\nThe dev server's output ended with:\n${output.split('\n').slice(-30).join('\n')}`);
	} finally {
		writeFileSync(file, original);
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {}
		await new Promise((done) => (child.exitCode !== null ? done() : child.on('exit', done)));
	}
}
