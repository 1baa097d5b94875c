/**
 * The benchmark's real-shaped corpus (bench/real-faults.mjs, issue 18 point 8): the files it
 * writes really hold each fault of real material, the rest of the synthetic corpus is drawn as
 * without them (so the benchmark's other figures stay comparable), and `memoria check` accepts the
 * site with the relaxed `checks` it is written with, listing warnings, and refuses it without them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoriaConfig, planCorpus, writeMemoriaSite } from '../../bench/corpus.mjs';
import { ORGANISATION_DOMAIN, TEAM_ADDRESS } from '../../bench/real-faults.mjs';
import { warningsByCheck } from '../../bench/real-shaped.mjs';
import { isRoleAddress } from '../../src/checks/role-addresses';

const repository = resolve(import.meta.dirname, '../..');
const n = 20;
let root: string;
/** What the tests read of a planned corpus (bench/corpus.mjs, plain JavaScript). */
type Link = (section: string, id: string) => string;
interface Corpus {
	entries: { section: string; id: string; translated: boolean; render(language: string, link: Link): { data: unknown; body: string } }[];
	organisations: { render(language: string): unknown }[];
	guides: { render(language: string, link: Link): unknown }[];
}
let corpus: Corpus;
/** Every Markdown file of the site, by its path from the site's root: its bytes and its text. */
let files: Map<string, { bytes: Buffer; text: string }>;

beforeAll(() => {
	root = join(mkdtempSync(join(tmpdir(), 'memoria-real-shaped-')), 'site');
	corpus = planCorpus(n, 1, { realShaped: true }) as Corpus;
	writeMemoriaSite(corpus, root, repository);
	files = new Map(
		readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
			.map((entry) => {
				const bytes = readFileSync(join(entry.parentPath, entry.name));
				return [
					relative(root, join(entry.parentPath, entry.name)),
					{
						bytes,
						text: bytes
							.toString('utf8')
							.replace(/^\uFEFF/, '')
							.replaceAll('\r\n', '\n'),
					},
				];
			})
	);
});

afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

/** The files whose text matches, by path. */
const matching = (pattern: RegExp, under = 'content/') =>
	[...files].filter(([path, f]) => path.startsWith(under) && pattern.test(f.text)).map(([path]) => path);
/** A file's frontmatter fields and body. */
const parts = (text: string) => {
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
	return {
		fields: [...frontmatter.matchAll(/^([A-Za-z_]+):/gm)].map(([, name]) => name!),
		title: /^title: "(.*)"$/m.exec(frontmatter)?.[1],
		body: body.trim(),
	};
};

/** `memoria check` in a process of its own, as the build runs it. */
const check = () =>
	spawnSync(process.execPath, [join(repository, 'bin/memoria.mjs'), 'check', '--root', root], {
		encoding: 'utf8',
		env: { ...process.env, LANG: 'C', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' },
	});

describe('the real-shaped corpus', () => {
	it('has images without alt text: Markdown, reference-style and raw <img>, in guides and in blog posts, each file present', () => {
		const imported = 'content/docs/';
		expect(matching(/!\[\]\(\.\/images\/image-\d+\.png\)/, imported).length).toBeGreaterThan(0);
		expect(matching(/!\[\]\[figure-\d+\]\n\n\[figure-\d+\]: \.\/images\/image-\d+\.png/, imported).length).toBeGreaterThan(0);
		expect(matching(/<img src="\.\/images\/image-\d+\.png" width="300">/, imported).length).toBeGreaterThan(0);
		expect(matching(/<img src="\/images\/image-\d+\.png">/, 'content/posts/').length).toBeGreaterThan(0);
		// And some with a description, as real pages have.
		expect(matching(/!\[[^\]\s][^\]]*\]\(\.\/images\//, imported).length).toBeGreaterThan(0);
		for (const [path, file] of files) {
			for (const [, src] of file.text.matchAll(/(?:\]\(|\]: |src=")(\.?\/images\/[^")\s]+)/g)) {
				const image = src!.startsWith('/') ? join(root, 'public', src!) : join(root, path, '..', src!);
				expect(existsSync(image), `${path}: ${src}`).toBe(true);
			}
		}
	});

	it("has the organisation's role addresses, and one team address that is no role", () => {
		const addresses = new Set(
			[...files.values()].flatMap((f) => [...f.text.matchAll(new RegExp(`[\\w.+-]+@${ORGANISATION_DOMAIN.replaceAll('.', '\\.')}`, 'g'))].map(([a]) => a))
		);
		expect(addresses).toContain(TEAM_ADDRESS);
		const roles = [...addresses].filter((a) => a !== TEAM_ADDRESS);
		expect(roles.length).toBeGreaterThanOrEqual(4);
		expect(roles.filter((a) => !isRoleAddress(a))).toEqual([]);
		expect(isRoleAddress(TEAM_ADDRESS)).toBe(false);
	});

	it('has guides in nested folders, up to four deep, named as people name folders', () => {
		const guides = [...files.keys()].filter((p) => p.startsWith('content/docs/imported/'));
		const depth = Math.max(...guides.map((p) => p.split('/').length - 3));
		expect(depth).toBe(4);
		expect(guides.some((p) => p.includes(' '))).toBe(true);
		expect(guides.some((p) => /\/[a-z]+_[a-z_]+\//.test(p))).toBe(true);
	});

	it('has bodies that begin with their own h1: some repeating the title, some not, some in HTML', () => {
		const opening = [...files.values()].map((f) => parts(f.text)).filter((p) => p.body.startsWith('# '));
		const repeating = opening.filter((p) => p.body.startsWith(`# ${p.title}\n`));
		expect(repeating.length).toBeGreaterThan(0);
		expect(opening.length - repeating.length).toBeGreaterThan(0);
		expect(new Set(opening.map((p) => p.title === undefined))).toEqual(new Set([false]));
		expect([...files.values()].filter((f) => parts(f.text).body.startsWith(`<h1>${parts(f.text).title}</h1>`)).length).toBeGreaterThan(0);
	});

	it('has the frontmatter of Jekyll, Hugo and Docusaurus', () => {
		const fields = new Set([...files.values()].flatMap((f) => parts(f.text).fields));
		for (const field of ['layout', 'permalink', 'weight', 'translationKey', 'slug', 'lastmod', 'sidebar_position', 'sidebar_label', 'id']) {
			expect(fields, field).toContain(field);
		}
	});

	it('has files saved with a byte-order mark, with Windows line endings, and with both', () => {
		const bom = (b: Buffer) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
		const crlf = (b: Buffer) => b.includes('\r\n');
		const all = [...files.values()].map((f) => f.bytes);
		expect(all.filter((b) => bom(b) && !crlf(b)).length).toBeGreaterThan(0);
		expect(all.filter((b) => crlf(b) && !bom(b)).length).toBeGreaterThan(0);
		expect(all.filter((b) => bom(b) && crlf(b)).length).toBeGreaterThan(0);
	});

	it('has originals only in Spanish, guides and entries, and guides only in English', () => {
		const only = (language: 'en' | 'es', under: string) =>
			[...files.keys()].filter((p) => {
				if (!p.startsWith(under)) return false;
				const inside = p.slice(under.length);
				const spanish = inside.startsWith('es/');
				return language === 'es' ? spanish && !files.has(`${under}${inside.slice(3)}`) : !spanish && !files.has(`${under}es/${inside}`);
			});
		expect(only('es', 'content/docs/').length).toBeGreaterThan(0);
		expect(only('en', 'content/docs/').filter((p) => p.includes('/imported/')).length).toBeGreaterThan(0);
		expect([...only('es', 'content/learnings/'), ...only('es', 'content/posts/')].length).toBeGreaterThan(0);
	});

	it('is the synthetic corpus with faults added: every entry, organisation and guide drawn as without them', () => {
		const plain = planCorpus(n, 1) as Corpus;
		const link = (section: string, id: string) => `/${section}/${id}/`;
		expect(corpus.entries.map((e) => [e.section, e.id, e.translated])).toEqual(plain.entries.map((e) => [e.section, e.id, e.translated]));
		for (const [i, entry] of corpus.entries.entries()) expect(entry.render('es', link).data).toEqual(plain.entries[i]!.render('es', link).data);
		expect(corpus.organisations.map((o) => o.render('en'))).toEqual(plain.organisations.map((o) => o.render('en')));
		expect(corpus.guides.map((g) => g.render('en', link))).toEqual(plain.guides.map((g) => g.render('en', link)));
		expect(memoriaConfig(plain)).not.toContain('checks');
	});
});

describe('memoria check on the real-shaped corpus', () => {
	it('passes with the relaxed checks, listing warnings by check and writing them to the report file', () => {
		const result = check();
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const warnings = warningsByCheck(readFileSync(join(root, '.memoria/check-report.md'), 'utf8'));
		expect(Object.keys(warnings).sort()).toEqual(['h1-in-body', 'html-image-path', 'image-without-alt', 'unknown-field']);
		expect(result.stdout).toMatch(/⚠ \[memoria:image-without-alt\] \d+ warning\(s\) in \d+ file\(s\):/);
	});

	it('fails without them: images without alt text stop the build, and so does the team address', () => {
		writeFileSync(join(root, 'memoria.config.ts'), memoriaConfig(corpus, { relaxed: false }));
		const result = check();
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('[memoria:image-without-alt]');
		expect(result.stdout).toContain(`[memoria:personal-data]`);
		expect(result.stdout).toContain(TEAM_ADDRESS);
		// Role addresses are not personal data: the team's is the only address reported.
		const reported = [...result.stdout.matchAll(new RegExp(`[\\w.+-]+@${ORGANISATION_DOMAIN.replaceAll('.', '\\.')}`, 'g'))].map(([a]) => a);
		expect(new Set(reported)).toEqual(new Set([TEAM_ADDRESS]));
	});
});
