import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageProblem } from '../cli-problem';
import type { Command } from '../command';
import { collectAnswers, packageNameFromFolder } from '../init-answers';
import { initText } from '../init-text';
import { createPrompter } from '../new-prompter';
import { type MemoriaManifest, starterFiles } from '../starter/site-files';

/**
 * `memoria init [<folder>] [--name … --languages … --default-language … --yes --empty --force]`
 * writes a new site: only the files an organisation owns (settings, content, README, CI), with
 * Memoria as a dependency. Every answer is collected and every file composed before the first
 * write, so a cancelled question writes nothing.
 */

/** A folder counts as empty with nothing in it but a Git repository (`git init` first is common). */
function isEmptyFolder(folder: string): boolean {
	return readdirSync(folder).every((name) => name === '.git');
}

function memoriaManifest(): MemoriaManifest {
	return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as MemoriaManifest;
}

export const init: Command = async (line, { terminal, language }) => {
	const text = initText[language];
	const say = (words: string) => terminal.output.write(`${words}\n`);
	const shown = line.positionals[0] ?? '.';
	const folder = resolve(shown);

	// 1. Refuse a file, or a folder with something in it, unless --force.
	if (existsSync(folder)) {
		if (!statSync(folder).isDirectory()) throw new UsageProblem(text.problems.notAFolder(shown));
		if (!isEmptyFolder(folder) && line.values.force !== true) throw new UsageProblem(text.problems.notEmpty(shown));
	}

	// 2. Every answer first: nothing is written until the last one is in.
	const prompter = createPrompter(terminal.input, terminal.output);
	let answers: Awaited<ReturnType<typeof collectAnswers>>;
	try {
		answers = await collectAnswers(line.values, { folder, prompter, text });
	} finally {
		prompter.close();
	}

	// 3. Compose, then write; --force never replaces a file that is already there.
	const files = starterFiles({ ...answers, empty: line.values.empty === true, packageName: packageNameFromFolder(folder) }, memoriaManifest());
	const kept: string[] = [];
	for (const [path, content] of files) {
		const target = join(folder, path);
		if (existsSync(target)) {
			kept.push(path);
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, content, { flag: 'wx' });
	}

	say(text.created(shown, files.size - kept.length));
	if (kept.length > 0) say(text.kept(kept));
	const cd = relative(process.cwd(), folder);
	say(`\n${text.next(cd && !cd.startsWith('..') ? cd : cd ? folder : '')}`);
	return 0;
};
