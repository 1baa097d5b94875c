import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, dom, type FixtureBuild } from './support/fixture';

// A copy of the bilingual fixture in its own git repository, so history can be written.
const name = '../.tmp/stale-site';
const root = resolve(import.meta.dirname, '../fixtures', name);
const git = (args: string[], date: string) =>
	execFileSync('git', args, { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });

let site: FixtureBuild;
beforeAll(async () => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(resolve(import.meta.dirname, '../fixtures/bilingual-basics'), root, {
		recursive: true,
		filter: (src) => !/\/(dist|\.astro|\.memoria-build)(\/|$)/.test(src),
	});
	const integration = resolve(import.meta.dirname, '../../src/integration.ts');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport memoria from '${integration}';\nimport site from './memoria.config.ts';\nexport default defineConfig(memoria(site));\n`
	);
	writeFileSync(join(root, 'content.config.ts'), `export { collections } from '${resolve(import.meta.dirname, '../../src/model/collections.ts')}';\n`);
	git(['init', '-q', '-b', 'main'], '2024-01-01T10:00:00Z');
	git(['-c', 'user.email=t@example.org', '-c', 'user.name=T', 'add', '-A'], '2024-01-01T10:00:00Z');
	git(['-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-q', '-m', 'first'], '2024-01-01T10:00:00Z');
	// The English original of one learning changes after its Spanish translation.
	writeFileSync(
		join(root, 'content/learnings/listen-first.md'),
		`${(await import('node:fs')).readFileSync(join(root, 'content/learnings/listen-first.md'), 'utf8')}\nA new paragraph.\n`
	);
	git(['-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-q', '-am', 'update'], '2024-03-15T10:00:00Z');

	site = await buildFixture(name);
	if (site.status !== 0) throw new Error(site.output);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a translation whose original changed later', () => {
	it('tells Spanish readers, in Spanish, with the date and a link to the original', () => {
		const notice = dom(site.page('/es/aprendizajes/listen-first/')).querySelector('[data-memoria-stale]')!;

		expect(notice.text).toContain('El original (en inglés) se actualizó el 15 de marzo de 2024');
		expect(notice.querySelector('a')?.getAttribute('href')).toBe('/learnings/listen-first/');
	});

	it('shows no notice on up-to-date translations or on the original', () => {
		expect(site.page('/es/proyectos/river/')).not.toContain('data-memoria-stale');
		expect(site.page('/learnings/listen-first/')).not.toContain('data-memoria-stale');
	});

	it('lists the stale translation on the status page with links to both files', () => {
		const row = dom(site.page('/es/traducciones/')).querySelector('tr[data-state="stale"]')!;

		expect(row.text).toContain('learnings/listen-first');
		expect(row.text).toContain('Desactualizada');
	});
});
