import { resolve } from 'node:path';
import { UsageProblem } from '../cli-problem';
import { exitCode, spawnAstro } from '../astro-process';
import type { Command } from '../command';
import type { CommandLine } from '../parse-command-line';
import { siteLayout } from '../../config/site-layout';
import { usageText } from '../usage-text';
import type { WriterLanguage } from '../../errors/writer-language';

/**
 * `memoria dev` and `memoria preview`: Astro's own servers, for the site at --root. What follows
 * `--` goes to Astro as it is.
 */

/** --port and --host as Astro writes them. */
function serverOptions(line: CommandLine, language: WriterLanguage, fallbackPort?: string): string[] {
	const port = typeof line.values.port === 'string' ? line.values.port : fallbackPort;
	if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UsageProblem(usageText[language].badPort(port));
	return [...(port ? ['--port', port] : []), ...(line.values.host ? ['--host'] : [])];
}

// spawnAstro (astro-process.ts) keeps Astro from asking npm for a newer version: its notice would
// tell writers to upgrade Astro past the versions this Memoria was tested with.
export const dev: Command = async (line, { root, language }) =>
	exitCode(spawnAstro(root, ['dev', ...serverOptions(line, language), ...line.astroArguments], { stdio: 'inherit' }));

export const preview: Command = async (line, { root, language }) => {
	const layout = siteLayout(root);
	const out = typeof line.values.out === 'string' ? resolve(root, line.values.out) : line.values.internal ? layout.output.internal : layout.output.public;
	const args = ['preview', '--outDir', out, ...serverOptions(line, language, '4321'), ...line.astroArguments];
	return exitCode(spawnAstro(root, args, { stdio: 'inherit' }));
};
