import { Readable, Writable } from 'node:stream';
import { runMemoria } from '../../../src/cli/main';

/** `memoria <args>` in this process, as a writer whose shell speaks `lang`: its exit code and what it printed. */
export async function memoria(args: string[], lang = 'C'): Promise<{ status: number; stdout: string; stderr: string }> {
	const collect = () => {
		const chunks: string[] = [];
		return { stream: new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) }), text: () => chunks.join('') };
	};
	const [stdout, stderr] = [collect(), collect()];
	const status = await runMemoria(args, { input: Readable.from(['']), output: stdout.stream, errors: stderr.stream, env: { LANG: lang } });
	return { status, stdout: stdout.text(), stderr: stderr.text() };
}
