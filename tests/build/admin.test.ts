/**
 * The admin at /admin/ in a build (tests/fixtures/bilingual-basics turns it on with a GitHub
 * repository): its files come from Memoria and from Sveltia CMS's package, its page has a policy
 * of its own while every other page keeps Memoria's, it stays out of the offline copy and the
 * sitemap, and an organisation saved through it (tests/e2e/admin.e2e.ts checks the CMS writes
 * exactly these files) builds into pages in both languages without a warning. A site that does
 * not turn it on has no /admin/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, type FixtureBuild } from './support/fixture';
import { offlineArchive } from './support/offline';

const sveltia = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
});

describe('a build with the admin turned on', () => {
	it('writes /admin/ with Sveltia CMS’s own bundle, its configuration in both languages and its Spanish interface', () => {
		expect(readFileSync(join(site.dist, 'admin/sveltia-cms.js')).equals(readFileSync(join(sveltia, 'dist/sveltia-cms.js')))).toBe(true);
		for (const language of ['en', 'es']) {
			const config = parse(readFileSync(join(site.dist, `admin/config.${language}.yml`), 'utf8')) as { backend: unknown; collections: { name: string }[] };
			expect(config.backend).toEqual({ name: 'github', repo: 'fixture-org/memory', branch: 'main' });
			expect(config.collections.map((c) => c.name)).toEqual(['projects', 'learnings', 'outcomes', 'calls', 'posts', 'organisations', 'assessments', 'docs']);
		}
		expect(site.files()).toContain('admin/locales/es-CO.json');
	});

	it('gives the admin page its own policy, and every other page Memoria’s, which allows no inline style or other host', () => {
		const admin = site.page('/admin/');
		expect(policyOf(admin)).toContain("style-src 'self' 'unsafe-inline'");
		expect(admin.match(/content-security-policy/g)).toHaveLength(1);
		for (const page of ['/', '/es/', '/organisations/acme/']) {
			const policy = policyOf(site.page(page));
			expect(policy).toContain("default-src 'self'");
			expect(policy).not.toMatch(/api\.github\.com|jsdelivr/);
			expect(/(?:^|; )style-src ([^;]*)/.exec(policy)?.[1]).not.toContain('unsafe-inline');
		}
	});

	it('leaves the admin out of the offline copy and the sitemap', () => {
		expect(
			offlineArchive(site)!
				.files()
				.filter((f) => f.startsWith('admin/'))
		).toEqual([]);
		expect(readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
	});

	it('builds an organisation saved by the admin into pages in both languages, without a warning', () => {
		expect(site.output).not.toContain('⚠');
		expect(site.output.split('\n').filter((line) => /warn|⚠|✗/i.test(line) && line.includes('rio-claro-collective'))).toEqual([]);
		expect(dom(site.page('/organisations/rio-claro-collective/')).querySelector('h1')?.text).toBe('Río Claro Collective');
		expect(site.page('/es/organizaciones/rio-claro-collective/')).toContain('Un colectivo que mapea ríos.');
	});
});

describe('a build without the admin', () => {
	it('has no /admin/', () => {
		expect(
			builtFixture('spanish-default')
				.files()
				.filter((f) => f.startsWith('admin/'))
		).toEqual([]);
	});
});
