/**
 * `memoria dev` on a site, as a writer starts it, for the tests of the writer's loop: in its own
 * process group (Memoria's command starts Astro's), on the loopback address the browser may reach,
 * with everything it prints kept. Resolves once the server says where it listens.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '../../..');

export interface DevServer {
	/** The server's address, ending with "/". */
	url: string;
	/** Everything the command printed so far, stdout and stderr together. */
	output(): string;
	/** Resolves once the output holds `text`, or rejects if the server exits first. */
	printed(text: string | RegExp): Promise<void>;
	stop(): Promise<void>;
}

export async function startDevServer(root: string, env: Record<string, string> = {}): Promise<DevServer> {
	const child = spawn(process.execPath, [resolve(repository, 'bin/memoria.mjs'), 'dev', '--root', root, '--', '--host', '127.0.0.1', '--port', '0'], {
		cwd: root,
		detached: true,
		env: { ...writerShell(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	let output = '';
	const waiting = new Set<() => void>();
	const heard = (chunk: Buffer) => {
		output += chunk.toString();
		for (const check of waiting) check();
	};
	child.stdout.on('data', heard);
	child.stderr.on('data', heard);
	let exited = false;
	const exit = new Promise<void>((done) =>
		child.on('exit', () => {
			exited = true;
			for (const check of waiting) check();
			done();
		})
	);
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's colour codes
	const plain = () => output.replace(/\u001b\[[0-9;]*m/g, '');
	const printed = (text: string | RegExp) =>
		new Promise<void>((done, fail) => {
			const check = () => {
				if (typeof text === 'string' ? plain().includes(text) : text.test(plain())) {
					waiting.delete(check);
					done();
				} else if (exited) {
					waiting.delete(check);
					fail(new Error(`memoria dev ended before printing ${String(text)}:\n${plain()}`));
				}
			};
			waiting.add(check);
			check();
		});
	await printed(/Local\s+http:\/\/127\.0\.0\.1:\d+\//);
	const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(plain())![1]!;
	return {
		url,
		output: plain,
		printed,
		stop: async () => {
			if (!exited && child.pid) process.kill(-child.pid, 'SIGTERM');
			await exit;
		},
	};
}

/** The environment of a writer's shell: without the variables vitest adds, which Astro would read as its own. */
function writerShell(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}
