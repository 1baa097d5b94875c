import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runMemoria } from '../../src/cli/main';
import { listEntryFiles } from '../../src/translation-status/translation-files';
import { chooseOriginal } from '../../src/model/original-language';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';

const learning = `---
title: Ask why before how
summary: Starting with why saved a build.
date: 2019-08-07
project: learning-lenses
organisations: [movilizatorio]
phase: design
kind: worked
expected: >-
  We expected a session about how to build a feature.
happened: We spent the first hour on why.
why: The plan had skipped the why.
lesson: Asking why first is the cheapest moment to change course.
recommendations:
  - action: Start each design session with a why-only block.
    owner: Facilitation team
    due: 2020-03-31
    state: done
  - Publish the exercise as a card.
evidence:
  - kind: document
    reference: Session notes, August 2019
confidence: observed
status: reviewed
themes: [tool-selection]
authors: [Programme team]
slug: ask-why
aliases: [why-first]
---

The exercise we used was a premortem.
`;

const call = `---
title: June call
date: 2024-06-12
participants: { people: 12, organisations: 5 }
organisations: [ilsb]
facilitator: Support coordinator
agenda: [Check-in, Data policies]
projects: [learning-lenses]
decisions: [Meet again in December]
actions:
  - what: Share the notes
    owner: Memory working group
    due: 2024-06-30
    done: true
  - Draft the provider list
---
Notes.
`;

function tinyProject(): string {
	const root = mkdtempSync(join(tmpdir(), 'memoria-translate-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write('memoria.config.ts', "export default { organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' };\n");
	write('content/learnings/ask-why-first.md', learning);
	write('content/calls/june-call.md', call);
	write('content/organisations/ilsb.yaml', 'name: Instituto de Liderazgo Simone de Beauvoir\ncountry: MX\ndescription: A feminist training centre.\n');
	write('content/docs/guides/calls.md', '---\ntitle: Running calls\ndescription: How we run calls.\n---\n\n## Before the call\n');
	return root;
}

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function project() {
	const root = tinyProject();
	roots.push(root);
	return root;
}

async function translate(root: string, path: string, lang: string, writer = 'C') {
	const chunks: string[] = [];
	const sink = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
	const status = await runMemoria(['translate', path, '--lang', lang, '--root', root], {
		input: Readable.from(['']),
		output: sink,
		errors: sink,
		env: { LANG: writer },
	});
	return { status, output: chunks.join('') };
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;

describe('npm run new -- translate', () => {
	it('creates the counterpart at the same relative path under the language folder, which links the two', async () => {
		const root = project();

		const result = await translate(root, 'content/learnings/ask-why-first.md', 'es');

		expect(result.status).toBe(0);
		expect(result.output).toContain('Created content/learnings/es/ask-why-first.md, the Spanish version of content/learnings/ask-why-first.md.');
		const entry = listEntryFiles(root, ['en', 'es'], 'en').find((e) => e.key === 'ask-why-first')!;
		expect([...entry.files.keys()]).toEqual(['en', 'es']);
	});

	it('copies the fields that do not depend on the language: dates, ids, choices and numbers', async () => {
		const root = project();

		await translate(root, 'content/learnings/ask-why-first.md', 'es');

		const [original, translation] = [
			frontmatter(read(root, 'content/learnings/ask-why-first.md')),
			frontmatter(read(root, 'content/learnings/es/ask-why-first.md')),
		];
		for (const key of ['date', 'project', 'organisations', 'phase', 'kind', 'confidence', 'status', 'themes'])
			expect(translation[key], key).toEqual(original[key]);
		expect(translation.recommendations[0]).toMatchObject({ due: '2020-03-31', state: 'done' });
		expect(translation.evidence[0].kind).toBe('document');
	});

	it('keeps every text field, marked [TRANSLATE], including a recommendation written as a bare sentence', async () => {
		const root = project();

		await translate(root, 'content/learnings/ask-why-first.md', 'es');

		const data = frontmatter(read(root, 'content/learnings/es/ask-why-first.md'));
		expect([data.title, data.summary, data.expected, data.happened, data.why, data.lesson]).toEqual([
			'[TRANSLATE] Ask why before how',
			'[TRANSLATE] Starting with why saved a build.',
			'[TRANSLATE] We expected a session about how to build a feature.',
			'[TRANSLATE] We spent the first hour on why.',
			'[TRANSLATE] The plan had skipped the why.',
			'[TRANSLATE] Asking why first is the cheapest moment to change course.',
		]);
		expect(data.recommendations.map((r: { action?: string } | string) => (typeof r === 'string' ? r : r.action))).toEqual([
			'[TRANSLATE] Start each design session with a why-only block.',
			'[TRANSLATE] Publish the exercise as a card.',
		]);
		expect(data.recommendations[0].owner).toBe('[TRANSLATE] Facilitation team');
		expect(data.evidence[0].reference).toBe('[TRANSLATE] Session notes, August 2019');
		expect(data.authors).toEqual(['[TRANSLATE] Programme team']);
	});

	it('leaves out the original’s own address (slug and aliases), which belong to one file', async () => {
		const root = project();

		await translate(root, 'content/learnings/ask-why-first.md', 'es');

		const data = frontmatter(read(root, 'content/learnings/es/ask-why-first.md'));
		expect(data.slug).toBeUndefined();
		expect(data.aliases).toBeUndefined();
	});

	it('keeps the body under a comment, in the new language, asking for its translation', async () => {
		const root = project();

		await translate(root, 'content/learnings/ask-why-first.md', 'es');

		const text = read(root, 'content/learnings/es/ask-why-first.md');
		expect(text).toMatch(
			/---\n\n<!-- \[TRANSLATE\] Traduce al español el texto de abajo y luego borra este comentario\. -->\n\nThe exercise we used was a premortem\.\n$/
		);
	});

	it('writes a translation that passes the schema as it stands', async () => {
		const root = project();

		await translate(root, 'content/learnings/ask-why-first.md', 'es');
		await translate(root, 'content/calls/june-call.md', 'es');

		expect(learningSchema().safeParse(frontmatter(read(root, 'content/learnings/es/ask-why-first.md'))).error).toBeUndefined();
		expect(callSchema().safeParse(frontmatter(read(root, 'content/calls/es/june-call.md'))).error).toBeUndefined();
	});

	it('marks a call’s agenda, decisions and actions but copies its counts, organisations and dates', async () => {
		const root = project();

		await translate(root, 'content/calls/june-call.md', 'es');

		const data = frontmatter(read(root, 'content/calls/es/june-call.md'));
		expect(data.participants).toEqual({ people: 12, organisations: 5 });
		expect(data.organisations).toEqual(['ilsb']);
		expect(data.agenda).toEqual(['[TRANSLATE] Check-in', '[TRANSLATE] Data policies']);
		expect(data.decisions).toEqual(['[TRANSLATE] Meet again in December']);
		expect(data.actions).toEqual([
			{ what: '[TRANSLATE] Share the notes', owner: '[TRANSLATE] Memory working group', due: '2024-06-30', done: true },
			'[TRANSLATE] Draft the provider list',
		]);
	});

	it('translates an organisation’s YAML: the name stays, the description is marked', async () => {
		const root = project();

		await translate(root, 'content/organisations/ilsb.yaml', 'es');

		const data = parse(read(root, 'content/organisations/es/ilsb.yaml'));
		expect(data).toEqual({ name: 'Instituto de Liderazgo Simone de Beauvoir', country: 'MX', description: '[TRANSLATE] A feminist training centre.' });
		expect(organisationSchema().safeParse(data).success).toBe(true);
	});

	it('puts a guide’s translation where Starlight looks for it', async () => {
		const root = project();

		await translate(root, 'content/docs/guides/calls.md', 'es');

		expect(frontmatter(read(root, 'content/docs/es/guides/calls.md')).title).toBe('[TRANSLATE] Running calls');
	});

	it('translates a Spanish original into the default language, and the new file names its original', async () => {
		const root = project();
		await translate(root, 'content/learnings/ask-why-first.md', 'es');
		rmSync(join(root, 'content/learnings/ask-why-first.md'));

		const result = await translate(root, 'content/learnings/es/ask-why-first.md', 'en');

		expect(result.status).toBe(0);
		const english = read(root, 'content/learnings/ask-why-first.md');
		expect(frontmatter(english).translatedFrom).toBe('es');
		expect(english).toMatch(/# This file translates the entry’s original, its "es" file[\s\S]*?\ntranslatedFrom: es\n/);
		const entry = listEntryFiles(root, ['en', 'es'], 'en').find((e) => e.key === 'ask-why-first')!;
		const versions = [...entry.files].map(([language, file]) => ({ language, data: file.data }));
		expect(chooseOriginal('learnings', versions, 'en')).toEqual({ language: 'es' });
	});

	it('names the original in no translation of a default-language original, nor in one of its translations', async () => {
		const root = project();
		const three = "export default { organisation: 'Test', languages: ['en', 'es', 'fr'], defaultLanguage: 'en' };\n";
		writeFileSync(join(root, 'memoria.config.ts'), three);

		await translate(root, 'content/learnings/ask-why-first.md', 'es');
		await translate(root, 'content/learnings/es/ask-why-first.md', 'fr');

		expect(frontmatter(read(root, 'content/learnings/es/ask-why-first.md')).translatedFrom).toBeUndefined();
		expect(frontmatter(read(root, 'content/learnings/fr/ask-why-first.md')).translatedFrom).toBeUndefined();
	});

	it('names a Spanish original in a French translation made from its English translation', async () => {
		const root = project();
		writeFileSync(join(root, 'memoria.config.ts'), "export default { organisation: 'Test', languages: ['en', 'es', 'fr'], defaultLanguage: 'en' };\n");
		await translate(root, 'content/learnings/ask-why-first.md', 'es');
		rmSync(join(root, 'content/learnings/ask-why-first.md'));
		await translate(root, 'content/learnings/es/ask-why-first.md', 'en');

		await translate(root, 'content/learnings/ask-why-first.md', 'fr');

		expect(frontmatter(read(root, 'content/learnings/fr/ask-why-first.md')).translatedFrom).toBe('es');
	});

	it('refuses when the translation exists, leaving it untouched', async () => {
		const root = project();
		await translate(root, 'content/learnings/ask-why-first.md', 'es');
		writeFileSync(join(root, 'content/learnings/es/ask-why-first.md'), 'mi traducción\n');

		const result = await translate(root, 'content/learnings/ask-why-first.md', 'es');

		expect(result.status).toBe(1);
		expect(result.output).toContain('The translation content/learnings/es/ask-why-first.md already exists; it was left as it is.');
		expect(read(root, 'content/learnings/es/ask-why-first.md')).toBe('mi traducción\n');
	});

	it.each([
		['content/learnings/missing.md', 'es', 'content/learnings/missing.md does not exist.'],
		['memoria.config.ts', 'es', 'memoria.config.ts is not an entry Memoria can translate.'],
		['content/learnings/ask-why-first.md', 'en', 'content/learnings/ask-why-first.md is already in en.'],
		['content/learnings/ask-why-first.md', 'fr', 'The site is not published in "fr".'],
	])('refuses to translate %s into %s with a message that says why', async (path, lang, message) => {
		const root = project();

		const result = await translate(root, path, lang);

		expect(result.status).toBe(1);
		expect(result.output).toContain(message);
	});

	it('runs from the command line and explains a refusal in Spanish, without a stack trace', () => {
		const root = project();
		mkdirSync(join(root, 'content/learnings/es'));
		writeFileSync(join(root, 'content/learnings/es/ask-why-first.md'), 'ya existe\n');

		const result = spawnSync(
			process.execPath,
			[resolve('bin/memoria.mjs'), 'translate', 'content/learnings/ask-why-first.md', '--lang', 'es', '--root', root],
			{
				encoding: 'utf8',
				env: { ...process.env, LANG: 'es_MX.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' },
			}
		);

		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(
			'✗ La traducción content/learnings/es/ask-why-first.md ya existe; no se modificó.\n  Ábrela para actualizarla. "npx memoria translations" muestra qué traducciones faltan o están desactualizadas.'
		);
	});
});
