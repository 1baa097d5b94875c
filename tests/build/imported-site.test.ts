/**
 * A site that `memoria import` filled from every tool it reads (tests/fixtures/import/<tool>/,
 * into a copy of tests/fixtures/bilingual-basics) builds, once the writer has done the two things
 * the report asks of them: a link to a page left behind, and a page that has no original in the
 * site's default language. Its pages show the tools' admonitions as Starlight's asides, their
 * images optimised, their links leading where they led, one h1 each, and blog posts from Jekyll.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMemoria } from '../../src/cli/main';
import { dom, type FixtureBuild, mainLinks } from './support/fixture';
import { buildSite, copyFixture, removeSite } from './support/temp-site';

let root: string;
let site: FixtureBuild;
const reports: Record<string, string> = {};

async function memoria(args: string[]) {
	const chunks: string[] = [];
	const output = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
	const status = await runMemoria(args, { input: Readable.from(['']), output, errors: output, env: { LANG: 'C' } });
	return { status, text: chunks.join('') };
}

beforeAll(async () => {
	root = copyFixture('bilingual-basics');
	for (const [tool, into] of [
		['mkdocs'],
		['docusaurus', 'docusaurus'],
		['hugo', 'hugo'],
		['jekyll', 'posts'],
		['starlight', 'starlight'],
		['plain', 'plain'],
	]) {
		const result = await memoria(['import', resolve('tests/fixtures/import', tool!), '--root', root, ...(into ? ['--into', into] : [])]);
		if (result.status !== 0) throw new Error(`memoria import ${tool} ended with ${result.status}:\n${result.text}`);
		reports[tool!] = result.text;
	}
	// What the reports ask of the writer: the link to a page that stayed behind, and the original of a Spanish-only page.
	const post = join(root, 'content/posts/first-assembly.md');
	writeFileSync(post, readFileSync(post, 'utf8').replace('More [about us](../about.md).', 'More about us soon.'));
	const translate = await memoria(['translate', 'content/docs/es/guides/hugo/index.md', '--lang', 'en', '--root', root]);
	if (translate.status !== 0) throw new Error(translate.text);
	// What the check then asks (link-to-draft): the words of the links to Hugo's draft page kept, the links removed.
	for (const path of ['content/docs/guides/hugo/index.md', 'content/docs/es/guides/hugo/index.md'].map((path) => join(root, path))) {
		const text = readFileSync(path, 'utf8');
		if (!/\]\([^)]*equipment[^)]*\)/.test(text)) throw new Error(`${path} no longer links Hugo's draft page: this step is not needed.`);
		writeFileSync(path, text.replace(/\[([^\]]+)\]\([^)]*equipment[^)]*\)/g, '$1'));
	}
	site = await buildSite(root);
});

afterAll(() => {
	if (root) removeSite(root);
});

describe('a site filled by memoria import', () => {
	it('was told what to do first, and builds once it is done', () => {
		expect(reports.jekyll).toContain('"../about.md" leads to a page that was not imported');
		expect(reports.hugo).toContain('`memoria translate content/docs/es/guides/hugo/index.md --lang en` starts the translation from this page.');
		expect(site.status, site.output).toBe(0);
	});

	it("shows MkDocs's admonitions as Starlight's asides, with their titles, and links to the new addresses", () => {
		const page = dom(site.page('/guides/getting-started/'));
		const asides = page.querySelectorAll('aside.starlight-aside');
		expect(asides.map((a) => [a.classList.value.at(-1), a.getAttribute('aria-label')])).toEqual([
			['starlight-aside--caution', 'Before you start'],
			['starlight-aside--tip', 'Tip'],
		]);
		expect(mainLinks(site.page('/guides/getting-started/'))).toContain('../field/interviews/#consent');
		expect(site.exists('/guides/field/interviews/')).toBe(true);
	});

	it('gives every page one h1, its title, the headings below it moved down', () => {
		const page = dom(site.page('/guides/field/interviews/'));
		expect(page.querySelectorAll('main h1').map((h) => h.text.trim())).toEqual(['Safe interviews']);
		expect(page.querySelector('h3#consent')).not.toBeNull();
		expect(page.querySelector('h2#appendix')).not.toBeNull();
	});

	it('optimises the images of every tool, in every language, with their descriptions', () => {
		for (const [path, alt] of [
			['/es/guides/', 'Mapa de las regiones donde trabajan las organizaciones miembro'],
			['/guides/docusaurus/guides/first-steps/', 'Volunteers at a budget workshop'],
			['/guides/plain/handbook/', 'The recording booth of the community radio'],
			['/guides/starlight/guides/start/', 'Diagram of how a request for help moves through the network'],
		]) {
			const image = dom(site.page(path!))
				.querySelectorAll('main img')
				.find((img) => img.getAttribute('alt') === alt);
			expect(image?.getAttribute('src'), path).toMatch(/^\/_astro\/.+\.webp$/);
		}
	});

	it("shows Docusaurus's, Hugo's and GitHub's admonitions as asides too, in Spanish pages as well", () => {
		expect(dom(site.page('/es/guides/docusaurus/intro/')).querySelector('aside.starlight-aside--tip')?.getAttribute('aria-label')).toBe('Por dónde empezar');
		expect(dom(site.page('/es/guides/plain/handbook/')).querySelector('aside.starlight-aside--caution')).not.toBeNull();
		expect(site.exists('/guides/hugo/')).toBe(true);
		// Hugo's English page was a draft, and so is its Spanish translation: neither is published.
		expect(site.exists('/guides/hugo/docs/equipment/')).toBe(false);
	});

	it("publishes Jekyll's post on the blog, its date from its file name and its highlight block as code", () => {
		const post = site.page('/blog/first-assembly/');
		expect(dom(post).querySelector('h1')?.text.trim()).toBe('Our first assembly');
		expect(post).toContain('2023');
		expect(dom(post).querySelector('pre[data-language="text"]')?.text).toContain('=SUM(B2:B40)');
	});
});
