/**
 * The admin at /admin/ in a build (tests/fixtures/bilingual-basics turns it on with a GitHub
 * repository): its files come from Memoria and from Sveltia CMS's and the fonts' packages, its page
 * has a policy of its own while every other page keeps Memoria's, it stays out of the offline copy
 * and the sitemap, and entries saved through it (tests/e2e/admin.e2e.ts checks the CMS writes
 * exactly these files: an organisation, a learning, a post with a cover picked in each language)
 * build into pages in both languages without a warning. A site that does not turn it on has no /admin/.
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
	it('writes /admin/ with Sveltia CMS’s own bundle, its configuration in both languages, its Spanish interface and its fonts', () => {
		// Sveltia's bundle, but for its fonts' addresses (src/admin/sveltia-fonts.ts).
		const served = readFileSync(join(site.dist, 'admin/sveltia-cms.js'), 'utf8');
		const original = readFileSync(join(sveltia, 'dist/sveltia-cms.js'), 'utf8');
		expect(served.replaceAll(/url\(\/admin\/fonts\/[^)]+\)/g, 'url()') === original.replaceAll(/url\(https:\/\/cdn\.jsdelivr\.net\/[^)]+\)/g, 'url()')).toBe(
			true
		);
		for (const language of ['en', 'es']) {
			const config = parse(readFileSync(join(site.dist, `admin/config.${language}.yml`), 'utf8')) as { backend: unknown; collections: { name: string }[] };
			expect(config.backend).toEqual({ name: 'github', repo: 'fixture-org/memory', branch: 'main' });
			expect(config.collections.map((c) => c.name)).toEqual(['projects', 'learnings', 'outcomes', 'calls', 'posts', 'organisations', 'assessments', 'docs']);
		}
		expect(site.files()).toContain('admin/locales/es-CO.json');
		expect(site.files().filter((f) => f.startsWith('admin/fonts/'))).toEqual([
			'admin/fonts/material-symbols-outlined-latin-wght-normal.woff2',
			'admin/fonts/material-symbols-outlined.LICENSE.txt',
			'admin/fonts/noto-mono-latin-400-normal.woff2',
			'admin/fonts/noto-mono.LICENSE.txt',
			'admin/fonts/source-sans-3-latin-wght-normal.woff2',
			'admin/fonts/source-sans-3.LICENSE.txt',
		]);
		expect(readFileSync(join(site.dist, 'admin/sveltia-cms.js'), 'utf8')).not.toContain('cdn.jsdelivr.net');
	});

	it('gives the admin page its own policy, and every other page Memoria’s, which allows no inline style or other host', () => {
		const admin = site.page('/admin/');
		expect(policyOf(admin)).toContain("style-src 'self' 'unsafe-inline'");
		expect(policyOf(admin)).toContain("font-src 'self';");
		expect(policyOf(admin)).not.toContain('jsdelivr');
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

	/** The lines of the build's output that warn about `entry`, or fail on it. */
	const warningsAbout = (entry: string) => site.output.split('\n').filter((line) => /warn|⚠|✗|error/i.test(line) && line.includes(entry));

	it('builds an organisation saved by the admin into pages in both languages, without a warning', () => {
		expect(site.output).not.toContain('⚠');
		expect(warningsAbout('rio-claro-collective')).toEqual([]);
		expect(dom(site.page('/organisations/rio-claro-collective/')).querySelector('h1')?.text).toBe('Río Claro Collective');
		expect(site.page('/es/organizaciones/rio-claro-collective/')).toContain('Un colectivo que mapea ríos.');
	});

	it('builds a learning saved by the admin (its project, choices, date, Spanish translation) without a warning', () => {
		expect(warningsAbout('maps-need-local-names')).toEqual([]);
		const english = dom(site.page('/learnings/maps-need-local-names/'));
		expect(english.querySelector('h1')?.text).toBe('Maps need local names');
		expect(english.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/projects/river/');
		const spanish = site.page('/es/aprendizajes/maps-need-local-names/');
		expect(dom(spanish).querySelector('h1')?.text).toBe('Los mapas necesitan nombres locales');
		expect(spanish).toContain('Preguntar cómo llaman a un lugar antes de dibujarlo.');
		expect(spanish).toContain('20 de junio de 2021');
	});

	it('shows on each language’s page of a post the cover picked in that language’s form, saved next to its file', () => {
		expect(warningsAbout('drawing-the-river')).toEqual([]);
		for (const [path, picture, alt] of [
			['/blog/drawing-the-river/', 'river-cover', 'The river drawn from above, in blue'],
			['/es/blog/drawing-the-river/', 'portada-del-rio', 'El río dibujado desde arriba, en naranja'],
		] as const) {
			const cover = dom(site.page(path)).querySelector('img.memoria-cover');
			expect(cover?.getAttribute('alt'), path).toBe(alt);
			expect(cover?.getAttribute('src'), path).toMatch(new RegExp(`^/_astro/${picture}\\.[\\w-]+\\.webp$`));
		}
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
