import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, runChecks } from '../../src/checks/run-checks';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import type { SiteConfigInput } from '../../src/config/site-config';

/** A tiny valid project in a temporary folder; each test adds the one bad file it is about. */
function project(config: Partial<SiteConfigInput> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'memoria-checks-'));
	const write = (path: string, text: string | Buffer) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
	write('content/projects/river.md', '---\ntitle: River\nstatus: active\nstart: 2021-01-01\n---\nBody.\n');
	const check = (today = new Date('2025-01-01')) =>
		runChecks({ root, config: parseSiteConfig({ organisation: 'Test', ...config }), audience: 'public', language: 'en', today });
	return { root, write, check };
}
const learning = (fields: string, body = 'Body.') =>
	`---\ntitle: A lesson\ndate: 2021-02-01\nproject: river\nphase: design\nkind: worked\n${fields}---\n${body}\n`;
const lesson = 'lesson: We learned.\n';

let current: ReturnType<typeof project> | undefined;
const site = (config?: Partial<SiteConfigInput>) => (current = project(config));
afterEach(() => current && rmSync(current.root, { recursive: true, force: true }));

/** The findings as "id file:line → field" rows. */
const rows = (findings: ReturnType<ReturnType<typeof project>['check']>) =>
	findings.map((f) => `${f.severity} ${f.id} ${f.file}${f.line ? `:${f.line}` : ''}${f.field ? ` → ${f.field}` : ''}`);

describe('content checks: one clear finding per kind of bad input', () => {
	it('accepts a valid project', () => {
		expect(rows(site().check())).toEqual([]);
	});

	it.each([
		['malformed YAML frontmatter', 'content/learnings/a.md', learning('lesson: "unclosed\n'), 'error invalid-yaml content/learnings/a.md:7'],
		[
			'a quote never closed, at the line that opens it rather than where the parser gave up',
			'content/learnings/a.md',
			learning(lesson).replace('title: A lesson', 'title: "A lesson'),
			'error invalid-yaml content/learnings/a.md:2',
		],
		['a wrong type', 'content/learnings/a.md', learning(`${lesson}confidence: 3\n`), 'error invalid-field content/learnings/a.md:8 → confidence'],
		['a missing required field', 'content/learnings/a.md', learning(''), 'error invalid-field content/learnings/a.md → lesson'],
		[
			'an unknown reference',
			'content/learnings/a.md',
			learning(lesson).replace('project: river', 'project: rivr'),
			'error unknown-reference content/learnings/a.md:4 → project',
		],
		[
			'a translation whose original has no file',
			'content/learnings/orphan.md',
			learning(`${lesson}translatedFrom: es\n`),
			'error translation-without-source content/learnings/orphan.md:8 → translatedFrom',
		],
		['an empty file', 'content/learnings/a.md', '', 'error empty-file content/learnings/a.md'],
		[
			'an impossible date',
			'content/learnings/a.md',
			learning(lesson).replace('2021-02-01', '2024-13-45'),
			'error invalid-field content/learnings/a.md:3 → date',
		],
		[
			'an image without alt text',
			'content/learnings/a.md',
			learning(lesson, 'Text.\n\n![](https://example.org/a.png)'),
			'error image-without-alt content/learnings/a.md:11',
		],
		[
			'an image that does not exist',
			'content/learnings/a.md',
			learning(lesson, '![A wall of notes](wall.png)'),
			'error missing-image content/learnings/a.md:9',
		],
		['a raw <script>', 'content/learnings/a.md', learning(lesson, '<script>alert(1)</script>'), 'error raw-html content/learnings/a.md:9'],
		[
			'a body that repeats its title as a heading',
			'content/learnings/a.md',
			learning(lesson, '# A lesson\n\nBody.'),
			'warning h1-in-body content/learnings/a.md:9',
		],
		[
			'a guide whose body has a heading of the level of its title',
			'content/docs/guides/a.md',
			'---\ntitle: A guide\n---\nText.\n\n# Background\n',
			'warning h1-in-body content/docs/guides/a.md:6',
		],
		['a raw <iframe>', 'content/learnings/a.md', learning(lesson, '<iframe src="https://example.org"></iframe>'), 'error raw-html content/learnings/a.md:9'],
		[
			'a link to a page that does not exist',
			'content/learnings/a.md',
			learning(lesson, 'See [the river](/projects/rivers/).'),
			'error broken-link content/learnings/a.md:9',
		],
	])('reports %s, naming the file and the line or field', (_, path, text, expected) => {
		const { write, check } = site();
		write(path, text);

		expect(rows(check())).toEqual([expected]);
	});

	it.each([
		['its English address', 'See [the secret](/learnings/secret/).'],
		['its Spanish address', 'Ver [el secreto](/es/aprendizajes/secret/).'],
		['a relative address', 'See [the secret](../secret/).'],
		['a raw link', 'See <a href="/learnings/secret/">the secret</a>.'],
	])("reports a public link to an internal entry by %s, at the public file's line, before any build", (_, body) => {
		const { write, check } = site();
		write('content/learnings/secret.md', learning(`${lesson}visibility: internal\n`));
		write('content/learnings/a.md', learning(lesson, body));

		expect(rows(check())).toEqual(['error link-to-internal content/learnings/a.md:9']);
	});

	it.each(['public', 'internal'] as const)(
		'reports a link to a draft in a %s build, which has no drafts, but not on the dev server, which shows them',
		(audience) => {
			const { root, write } = site();
			write('content/learnings/unfinished.md', learning(`${lesson}draft: true\n`));
			write('content/learnings/a.md', learning(lesson, 'See [the draft](/es/aprendizajes/unfinished/).'));
			const check = (drafts: boolean) =>
				rows(
					checkContent({ root, config: parseSiteConfig({ organisation: 'Test' }), audience, language: 'en', today: new Date('2025-01-01'), drafts }).findings
				);

			expect(check(false)).toEqual(['error link-to-draft content/learnings/a.md:9']);
			expect(check(true)).toEqual([]);
		}
	);

	it('leaves the leak gate looking for a draft in a public build, as for an internal entry', () => {
		const { root, write } = site();
		write('content/learnings/unfinished.md', learning(`${lesson}draft: true\n`));
		write('content/learnings/es/river-notes.md', learning(`${lesson}draft: true\ntranslatedFrom: en\n`).replace('title: A lesson', 'title: Notas'));

		const { facts } = checkContent({
			root,
			config: parseSiteConfig({ organisation: 'Test' }),
			audience: 'public',
			language: 'en',
			today: new Date('2025-01-01'),
		});

		expect(facts.internal.map((entry) => entry.file)).toContain('content/learnings/unfinished.md');
		expect(facts.internal.find((entry) => entry.file === 'content/learnings/unfinished.md')?.addresses).toContain('/es/aprendizajes/unfinished/');
	});

	it('finds every guide in every language, whatever language it was written in; a draft guide, and a translation of one, in none', () => {
		const { write, check } = site();
		write('content/docs/es/manual/solo.md', '---\ntitle: Solo en español\n---\nTexto.\n');
		write('content/docs/guides/plan.md', '---\ntitle: Plan\ndraft: true\n---\nNot ready.\n');
		write('content/docs/guides/ready.md', '---\ntitle: Ready\ndraft: true\n---\nIn English, a draft.\n');
		write('content/docs/es/guides/ready.md', '---\ntitle: Lista\n---\nEn español, lista.\n');
		write('content/learnings/a.md', learning(lesson, 'See [the Spanish guide](/manual/solo/) and [its folder](/manual/).'));
		write('content/learnings/b.md', learning(lesson, 'See [the plan](/guides/plan/).'));
		write('content/learnings/c.md', learning(lesson, 'Ver [la lista](/es/guides/ready/).'));

		expect(rows(check())).toEqual(['error link-to-draft content/learnings/b.md:9', 'error link-to-draft content/learnings/c.md:9']);
	});

	it("reports a public entry whose alias is an internal entry's address", () => {
		const { write, check } = site();
		write('content/learnings/secret.md', learning(`${lesson}visibility: internal\n`));
		write('content/learnings/a.md', learning(`${lesson}aliases: [secret]\n`));

		expect(rows(check())).toEqual(['error duplicate-address content/learnings/a.md:8 → aliases']);
	});

	it('keeps a translation of an internal entry out of the public build, even when the translation says nothing', () => {
		const { root, write } = site();
		write('content/learnings/secret.md', learning(`${lesson}visibility: internal\n`));
		write('content/learnings/es/secret.md', learning(lesson, 'La traducción habla de las fuentes confidenciales que protegimos durante toda la negociación.'));

		const { findings, facts } = checkContent({
			root,
			config: parseSiteConfig({ organisation: 'Test' }),
			audience: 'public',
			language: 'en',
			today: new Date('2025-01-01'),
		});

		expect(rows(findings)).toEqual([]);
		expect(facts.internal.map((entry) => entry.file).sort()).toEqual(['content/learnings/es/secret.md', 'content/learnings/secret.md']);
	});

	it('reports a file that is not UTF-8', () => {
		const { write, check } = site();
		write('content/learnings/a.md', Buffer.from(learning(`${lesson}authors: [Peña]\n`), 'latin1'));

		expect(rows(check())).toEqual(['error not-utf8 content/learnings/a.md']);
	});

	it('reports two files with the same id', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(lesson));
		write('content/learnings/a.mdx', learning(lesson));

		expect(rows(check())).toContain('error duplicate-id content/learnings/a.mdx');
	});

	it('explains the impossible date and suggests the closest existing id', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(lesson).replace('2021-02-01', '2024-13-45'));
		write('content/learnings/b.md', learning(lesson).replace('project: river', 'project: rivr'));
		const [date, reference] = check();

		expect(date!.message).toBe('Field "date": "2024-13-45" is not a real date. Write it as YYYY-MM-DD, for example 2024-03-15.');
		expect(reference!.hint).toContain('Did you mean "river"?');
	});

	it('suggests the page a broken link probably meant', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(lesson, 'See [the river](/projects/rivers/).'));

		expect(check()[0]!.hint).toBe('Did you mean /projects/river/?');
	});

	it('lets raw HTML through when the site allows it', () => {
		const { write, check } = site({ allowRawHtml: true });
		write('content/learnings/a.md', learning(lesson, '<iframe src="https://example.org"></iframe>'));

		expect(rows(check())).toEqual([]);
	});

	it('ignores HTML and images shown as code', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(lesson, '```html\n<script>x</script>\n![](x.png)\n```\nInline `<iframe>` too.'));

		expect(rows(check())).toEqual([]);
	});
});

describe('personal data', () => {
	const withContact = learning(lesson, 'Write to maria.lopez@example.org or call +52 55 1234 5678.');

	it('stops the public build at an e-mail address or a phone number, with the line and the text found', () => {
		const { write, check } = site();
		write('content/learnings/a.md', withContact);
		const findings = check();

		expect(rows(findings)).toEqual(['error personal-data content/learnings/a.md:9', 'error personal-data content/learnings/a.md:9']);
		expect(findings.map((f) => f.message)).toEqual([
			'Possible personal data (e-mail address): "maria.lopez@example.org".',
			'Possible personal data (phone number): "+52 55 1234 5678".',
		]);
	});

	it('lets through values the site allows or the entry records consent for', () => {
		const { write, check } = site({ personalData: { allow: ['maria.lopez@example.org'] } });
		write('content/learnings/a.md', withContact.replace(lesson, `${lesson}consent: ["+52 55 1234 5678"]\n`));

		expect(rows(check())).toEqual([]);
	});

	it('does not mistake dates and years for phone numbers', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(lesson, 'Between 2019-03-01 and 2020-06-30, in 2021, 1,250 people took part.'));

		expect(rows(check())).toEqual([]);
	});

	it('lets the organisation’s role addresses and allowed domain through, but still stops at a person’s address', () => {
		const { write, check } = site({ personalData: { allow: ['@puentes.example.org'] } });
		const body = 'Write to info@example.org, prensa@example.org or bridges@puentes.example.org.\n\nAsk maria.lopez@example.org.';
		write('content/learnings/a.md', learning(lesson, body));
		const findings = check();

		expect(rows(findings)).toEqual(['error personal-data content/learnings/a.md:11']);
		expect(findings[0]!.message).toBe('Possible personal data (e-mail address): "maria.lopez@example.org".');
	});

	it('refuses a mail service’s domain in the allow list, at its line of memoria.config.ts, and still reports addresses there', () => {
		const { write, check } = site({ personalData: { allow: ['@gmail.com'] } });
		write('memoria.config.ts', "export default {\n\torganisation: 'Test',\n\tpersonalData: { allow: ['@gmail.com'] },\n};\n");
		write('content/learnings/a.md', learning(lesson, 'Ask maria.lopez@gmail.com.'));

		expect(rows(check())).toEqual(['error allowed-mail-service memoria.config.ts:3 → personalData.allow', 'error personal-data content/learnings/a.md:9']);
	});

	it('does not check internal entries for the public build', () => {
		const { write, check } = site();
		write('content/learnings/a.md', withContact.replace(lesson, `${lesson}visibility: internal\n`));

		expect(rows(check())).toEqual([]);
	});
});

describe('retention and review dates', () => {
	it('warns about an entry past its review date', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(`${lesson}reviewBy: 2024-06-01\n`));

		expect(rows(check())).toEqual(['warning review-due content/learnings/a.md:8 → reviewBy']);
	});

	it('stops the public build at a public entry past its retention date, until it is archived', () => {
		const { write, check } = site();
		write('content/learnings/a.md', learning(`${lesson}retainUntil: 2024-06-01\n`));
		expect(rows(check())).toEqual(['error retention-expired content/learnings/a.md:8 → retainUntil']);

		write('content/learnings/a.md', learning(`${lesson}retainUntil: 2024-06-01\narchived: true\n`));
		expect(rows(check())).toEqual([]);
	});
});

describe('npm run check', () => {
	const cli = (root: string, lang = 'C') =>
		spawnSync(process.execPath, [resolve('bin/memoria.mjs'), 'check', '--root', root], {
			encoding: 'utf8',
			env: { ...process.env, LANG: lang, LANGUAGE: '', LC_ALL: '' },
		});

	it('prints one grouped report without a stack trace and exits non-zero on an error', () => {
		const { root, write } = site();
		write('content/memoria.config.ts', '');
		write('memoria.config.ts', "export default { organisation: 'Test' };\n");
		write('content/learnings/a.md', learning(''));
		const result = cli(root);

		expect(result.status).toBe(1);
		expect(result.stdout).toContain('✗ content/learnings/a.md → lesson');
		expect(result.stdout).toContain('The public build would stop until the errors are fixed.');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
	});

	it('reports in Spanish to a Spanish-speaking writer and exits 0 when all is well', () => {
		const { root, write } = site();
		write('memoria.config.ts', "export default { organisation: 'Test' };\n");
		const result = cli(root, 'es_CO.UTF-8');

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('La construcción pública funcionaría.');
	});

	it('names a wrong value in memoria.config.ts', () => {
		const { root, write } = site();
		write('memoria.config.ts', "export default { organisation: 'Test', defaultLanguage: 'fr' };\n");
		const result = cli(root);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('memoria.config.ts');
		expect(result.stderr).toContain('defaultLanguage');
	});

	it('names the line of a memoria.config.ts that is not valid TypeScript, without a stack trace, in the writer’s language', () => {
		const { root, write } = site();
		write('memoria.config.ts', "export default {\n\torganisation: 'Test'\n\tlanguages: ['en', 'es'],\n};\n");
		const result = cli(root, 'es_PE.UTF-8');

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('[memoria:unreadable-site-config] memoria.config.ts: Memoria no puede leer memoria.config.ts (línea 3)');
		expect(result.stderr).toContain('falte una coma');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
	});

	it('builds on with images without alt text in a folder the configuration relaxes: warnings grouped, listed in the report, exit 0', () => {
		const { root, write } = site();
		write(
			'memoria.config.ts',
			"export default { organisation: 'Test', checks: { folders: { 'content/docs/imported/': { 'image-without-alt': 'warn' } } } };\n"
		);
		for (const n of [1, 2, 3, 4, 5, 6]) write(`content/docs/imported/page-${n}.md`, `---\ntitle: Page ${n}\n---\n![](https://example.org/${n}.png)\n`);
		write('content/docs/own.md', '---\ntitle: Ours\n---\n![](https://example.org/own.png)\n');

		const relaxed = cli(root);
		expect(relaxed.status).toBe(1);
		expect(relaxed.stdout).toContain('✗ content/docs/own.md:4');
		expect(relaxed.stdout).toContain('⚠ [memoria:image-without-alt] 6 warning(s) in 6 file(s):');
		expect(relaxed.stdout).toContain('… and 1 more, every one listed in .memoria/check-report.md');
		expect(readFileSync(join(root, '.memoria/check-report.md'), 'utf8').match(/^- \[ \] /gm)).toHaveLength(6);

		write('content/docs/own.md', '---\ntitle: Ours\n---\n![A river at dawn](https://example.org/own.png)\n');
		expect(cli(root).status).toBe(0);
	});
});
