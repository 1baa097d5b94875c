/**
 * A site as `memoria init --empty` writes it (tests/fixtures/empty-site: themes and an empty
 * folder per collection, no entry) builds in both languages, with a home page that says how to
 * add the first entry instead of empty lists, and a search index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { themesYaml } from '../../src/cli/starter/examples';
import { buildFixture, dom, htmlLang, type FixtureBuild } from './support/fixture';
import { warningLines } from './support/warnings';

let site: FixtureBuild;
beforeAll(async () => {
	site = await buildFixture('empty-site');
});

describe('a site without a single entry', () => {
	it('holds what memoria init --empty writes', () => {
		const content = join(import.meta.dirname, '../fixtures/empty-site/content');

		expect(readFileSync(join(content, 'themes.yaml'), 'utf8')).toBe(themesYaml);
		expect(readdirSync(content, { recursive: true }).filter((path) => !String(path).endsWith('.gitkeep') && String(path).includes('.'))).toEqual([
			'themes.yaml',
		]);
	});

	it('builds, without a warning about its empty folders', () => {
		expect(site.status, site.output).toBe(0);
		expect(warningLines(site.output)).toEqual([]);
	});

	it('says on each home page, in its language, how to add the first entry, and lists no latest entries', () => {
		for (const [path, language, title] of [
			['/', 'en', 'Add the first entry'],
			['/es/', 'es', 'Agrega la primera entrada'],
		] as const) {
			const page = dom(site.page(path));

			expect(htmlLang(site.page(path))).toBe(language);
			expect(page.querySelector('#first-entry')?.text).toBe(title);
			// node-html-parser keeps a <pre>'s content as raw text: the command is read in the section's text.
			expect(page.querySelector('#first-entry')?.parentNode?.text).toContain('npx memoria new');
			expect(page.querySelector('#latest-learnings')).toBeNull();
			expect(page.querySelector('#latest-posts')).toBeNull();
		}
	});

	it('builds every listing in both languages, and a search index', () => {
		expect(site.exists('/learnings/')).toBe(true);
		expect(site.exists('/es/aprendizajes/')).toBe(true);
		expect(site.exists('/pagefind/pagefind-entry.json')).toBe(true);
	});
});
