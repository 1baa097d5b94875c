/**
 * The dev server's content problems (src/dev/content-problems.ts): after a first look at the whole
 * site, a save is checked on its own, with what names it judged again from memory.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { ContentProblems } from '../../src/dev/content-problems';

const learning = (fields = '') =>
	`---\ntitle: A lesson\ndate: 2021-02-01\nproject: river\nphase: design\nkind: worked\nlesson: We learned.\n${fields}---\nBody.\n`;
const project = '---\ntitle: River\nstatus: active\nstart: 2021-01-01\n---\nBody.\n';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

async function site() {
	root = mkdtempSync(join(tmpdir(), 'memoria-problems-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root!, path)), { recursive: true });
		writeFileSync(join(root!, path), text);
	};
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
	write('content/projects/river.md', project);
	write('content/learnings/a.md', learning());
	const problems = new ContentProblems({ root, config: parseSiteConfig({ organisation: 'Test' }), audience: 'public', language: 'en' });
	await problems.checkAll();
	const rows = () => problems.findings.map((f) => `${f.severity} ${f.id} ${f.file}`);
	return { root, write, problems, rows };
}

describe('content problems on the dev server', () => {
	it('reads again only the file it is told changed', async () => {
		const { write, problems, rows } = await site();
		write('content/learnings/b.md', learning('confidence: sure\n'));
		write('content/learnings/a.md', learning('confidence: sure\n'));

		expect(problems.update(join(root!, 'content/learnings/a.md'))).toBe(true);
		expect(rows()).toEqual(['error invalid-field content/learnings/a.md']);
	});

	it('judges again what names a changed file: a learning whose project is removed, then written back', async () => {
		const { write, problems, rows } = await site();
		unlinkSync(join(root!, 'content/projects/river.md'));

		expect(problems.update('content/projects/river.md')).toBe(true);
		expect(rows()).toEqual(['error unknown-reference content/learnings/a.md']);

		write('content/projects/river.md', project);
		expect(problems.update('content/projects/river.md')).toBe(true);
		expect(rows()).toEqual([]);
	});

	it('stands an error in for every page of its entry, in every language, and for no other page', async () => {
		const { write, problems } = await site();
		write('content/learnings/es/a.md', learning('title: Una lección\n').replace('title: A lesson\n', ''));
		write('content/learnings/a.md', learning().replace('title: A lesson', 'title: "A lesson'));
		problems.update('content/learnings/es/a.md');
		problems.update('content/learnings/a.md');

		expect(problems.errorsAt('/learnings/a/').map((f) => f.id)).toEqual(['invalid-yaml']);
		expect(problems.errorsAt('/es/aprendizajes/a').map((f) => f.id)).toEqual(['invalid-yaml']);
		expect(problems.errorsAt('/projects/river/')).toEqual([]);
	});

	it('says nothing changed for a file the checks do not read', async () => {
		const { write, problems } = await site();
		write('notes.txt', 'anything');

		expect(problems.update('notes.txt')).toBe(false);
		expect(problems.update(join(tmpdir(), 'elsewhere.md'))).toBe(false);
	});
});
