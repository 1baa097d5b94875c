/**
 * `memoria import` on each tool's folder, written in that tool's conventions
 * (tests/fixtures/import/<tool>/, and small folders made here for other layouts): which tool it
 * is, which pages and languages it holds, how translations are paired, and what the plan writes
 * where — pages, translations, images and links — before anything is written.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { detectTool } from '../../src/import/detect-tool';
import { chooseDestination, type Destination } from '../../src/import/destination';
import { type ImportPlan, planImport } from '../../src/import/plan-import';
import type { SourceSite } from '../../src/import/source-site';

const fixture = (tool: string) => resolve('tests/fixtures/import', tool);
const config = parseSiteConfig({ organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' });
const guides = (chooseDestination(undefined, config) as { destination: Destination }).destination;

function read(folder: string, siteLanguages: readonly string[] = config.languages): SourceSite {
	const detected = detectTool(folder);
	if (!('reader' in detected)) throw new Error(`not recognised: ${JSON.stringify(detected)}`);
	return detected.reader.read(folder, detected.evidence, { siteLanguages });
}
const plan = (folder: string, destination = guides, sourceLanguage?: string): ImportPlan =>
	planImport(read(folder), { config, destination, ...(sourceLanguage ? { sourceLanguage } : {}) });
const pageText = (result: ImportPlan, to: string) => {
	const page = result.pages.find((p) => p.to === to);
	if (!page) throw new Error(`${to} not planned; planned: ${result.pages.map((p) => p.to).join(', ')}`);
	return page.text;
};
const moves = (result: ImportPlan) => [...result.pages, ...result.assets].map((f) => `${f.from} → ${f.to}`).sort();

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
/** A source folder made of the files given. */
function source(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'memoria-import-source-'));
	folders.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('recognising a folder', () => {
	it.each([
		['mkdocs', 'mkdocs', 'mkdocs.yml'],
		['docusaurus', 'docusaurus', 'docusaurus.config.js'],
		['hugo', 'hugo', 'hugo.toml'],
		['jekyll', 'jekyll', '_config.yml'],
		['starlight', 'starlight', 'astro.config.mjs'],
		['plain', 'plain', '*.md'],
	])('recognises the %s corpus by %s', (folder, tool, evidence) => {
		const detected = detectTool(fixture(folder));
		expect('reader' in detected && [detected.reader.tool, detected.evidence]).toEqual([tool, evidence]);
	});

	it("recognises Hugo's older config.toml only beside a content/ folder", () => {
		expect(detectTool(source({ 'config.toml': "title = 'x'", 'content/a.md': '# A' }))).toMatchObject({ reader: { tool: 'hugo' }, evidence: 'config.toml' });
		expect(detectTool(source({ 'config.toml': "title = 'x'", 'notes.md': '# A' }))).toMatchObject({ reader: { tool: 'plain' } });
	});

	it('names a tool it does not read instead of importing its folder as loose Markdown', () => {
		expect(detectTool(source({ 'book.toml': '[book]', 'src/SUMMARY.md': '- [A](a.md)' }))).toEqual({ other: { name: 'mdBook', marker: 'book.toml' } });
		expect(detectTool(source({ 'memoria.config.ts': 'export default {}', 'content/docs/a.md': '# A' }))).toMatchObject({ other: { name: 'Memoria' } });
	});

	it('does not guess at a folder without Markdown', () => {
		expect(detectTool(source({ 'index.html': '<h1>Old site</h1>', 'style.css': '' }))).toEqual({ nothing: true });
	});
});

describe('MkDocs', () => {
	it('reads the nav for order and labels, page.es.md as the translation, the title from the first heading', () => {
		const site = read(fixture('mkdocs'));
		expect(site.defaultLanguage).toBe('en');
		expect(site.pages.map((p) => [p.path, p.key, p.language ?? '', p.nav?.order ?? 0])).toEqual([
			['docs/field/interviews.md', 'field/interviews', '', 3],
			['docs/getting-started.md', 'getting-started', '', 2],
			['docs/index.es.md', 'index', 'es', 1],
			['docs/index.md', 'index', '', 1],
		]);
		expect(site.pages.find((p) => p.key === 'getting-started')?.nav?.label).toBe('Before you start');
	});

	it('writes guides with their translations beside them, admonitions as asides, links to the new addresses, the image once', () => {
		const result = plan(fixture('mkdocs'));
		expect(moves(result)).toEqual([
			'docs/field/interviews.md → content/docs/guides/field/interviews.md',
			'docs/getting-started.md → content/docs/guides/getting-started.md',
			'docs/img/regions.png → content/docs/guides/img/regions.png',
			'docs/index.es.md → content/docs/es/guides/index.md',
			'docs/index.md → content/docs/guides/index.md',
		]);
		const start = pageText(result, 'content/docs/guides/getting-started.md');
		expect(start).toContain('title: Getting started with the network\n');
		expect(start).toContain('sidebar:\n  order: 2\n  label: Before you start\n');
		expect(start).toContain(':::caution[Before you start]\nAsk the community assembly');
		expect(start).toContain('[first interviews](../field/interviews/#consent)');
		expect(start).not.toContain('# Getting started');
		expect(pageText(result, 'content/docs/es/guides/index.md')).toContain('](../../guides/img/regions.png)');
		expect(pageText(result, 'content/docs/guides/field/interviews.md')).toContain('title: Safe interviews\n');
	});

	it('reports the snippet it cannot convert at its line in the written file, and the headings it moved down', () => {
		const result = plan(fixture('mkdocs'));
		const snippet = result.notes.find((n) => n.kind === 'unconvertible');
		expect(snippet).toMatchObject({ file: 'content/docs/guides/getting-started.md', construct: 'snippet' });
		const written = pageText(result, 'content/docs/guides/getting-started.md').split('\n');
		expect(written[(snippet as { line: number }).line - 1]).toBe('--8<-- "includes/abbreviations.md"');
		expect(result.notes).toContainEqual({ kind: 'headings-demoted', file: 'content/docs/guides/field/interviews.md' });
	});

	it('reads language folders when mkdocs-static-i18n says docs_structure: folder', () => {
		const folder = source({
			'mkdocs.yml':
				'site_name: X\nplugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: es\n          default: true\n        - locale: en\n',
			'docs/es/index.md': '# Inicio',
			'docs/en/index.md': '# Home',
		});
		expect(moves(plan(folder))).toEqual(['docs/en/index.md → content/docs/guides/index.md', 'docs/es/index.md → content/docs/es/guides/index.md']);
	});
});

describe('Docusaurus', () => {
	it('pairs the i18n copy with its page, takes number prefixes off names, and reads links to files and to addresses', () => {
		const result = plan(fixture('docusaurus'));
		expect(moves(result)).toEqual([
			'docs/guides/01-first-steps.md → content/docs/guides/first-steps.md',
			'docs/guides/img/workshop.png → content/docs/guides/img/workshop.png',
			'docs/intro.md → content/docs/guides/intro.md',
			'i18n/es/docusaurus-plugin-content-docs/current/intro.md → content/docs/es/guides/intro.md',
		]);
		const steps = pageText(result, 'content/docs/guides/first-steps.md');
		expect(steps).toContain('sidebar:\n  order: 1\n  label: First steps\n');
		expect(steps).toContain(':::caution[Check the year]');
		expect(steps).toContain('![Volunteers at a budget workshop](./img/workshop.png)');
		// "/docs/" was the introduction's address (slug: /).
		expect(steps).toContain('[introduction](../intro/)');
		const intro = pageText(result, 'content/docs/es/guides/intro.md');
		expect(intro).toContain('title: Te damos la bienvenida al colectivo\n');
		expect(intro).toContain(':::tip[Por dónde empezar]');
		// The translation links to a page it has no copy of: the original's, in its own language's address.
		expect(intro).toContain('[primeros pasos](../first-steps/)');
		expect(intro).toContain(':::note\n\nCada presupuesto');
		expect(result.fields).toContainEqual({ field: 'slug', reason: 'address', pages: 2 });
	});

	it('leaves partials (names starting with _) out, and says so', () => {
		const folder = source({ 'docusaurus.config.js': 'export default {}', 'docs/a.md': '# A', 'docs/_shared.md': 'Shared.' });
		const result = plan(folder);
		expect(result.pages.map((p) => p.from)).toEqual(['docs/a.md']);
		expect(result.notes).toContainEqual({ kind: 'skipped', file: 'docs/_shared.md', reason: 'partial' });
	});
});

describe('Hugo', () => {
	it("pairs pages by translationKey, with Spanish as the source's default language and English as the site's", () => {
		const site = read(fixture('hugo'));
		expect(site.defaultLanguage).toBe('es');
		const result = plan(fixture('hugo'));
		expect(moves(result)).toEqual([
			'content/_index.md → content/docs/es/guides/index.md',
			'content/docs/equipment.en.md → content/docs/guides/docs/equipment.md',
			'content/docs/equipo.md → content/docs/es/guides/docs/equipment.md',
			'static/images/antena.png → content/docs/guides/images/antena.png',
		]);
	});

	it('converts alerts, figures and refs, and reports a shortcode it cannot convert', () => {
		const result = plan(fixture('hugo'));
		const equipo = pageText(result, 'content/docs/es/guides/docs/equipment.md');
		expect(equipo).toContain(':::caution[Ojo]\nNunca conectes');
		expect(equipo).toContain('![Una antena de radio sobre un techo de lámina](../../../guides/images/antena.png)');
		expect(equipo).toContain('sidebar:\n  order: 2\n  label: Equipo\n');
		expect(equipo).toContain('lastUpdated: 2024-01-20\n');
		expect(pageText(result, 'content/docs/es/guides/index.md')).toContain('[el equipo básico](docs/equipment/)');
		expect(pageText(result, 'content/docs/guides/docs/equipment.md')).toContain('draft: true\n');
		expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'unconvertible', construct: 'hugo-shortcode', text: '{{< youtube w7Ft2ymGmfc >}}' }));
	});

	it('makes a translation of a draft a draft too, and says which page has no original in the default language', () => {
		const result = plan(fixture('hugo'));
		expect(pageText(result, 'content/docs/es/guides/docs/equipment.md')).toContain('draft: true\n');
		expect(result.notes).toContainEqual({ kind: 'draft-like-original', file: 'content/docs/es/guides/docs/equipment.md' });
		expect(result.notes).toContainEqual({
			kind: 'without-original',
			file: 'content/docs/es/guides/index.md',
			original: 'content/docs/guides/index.md',
			language: 'en',
		});
		expect(result.notes.filter((n) => n.kind === 'without-original')).toHaveLength(1);
	});

	it("reads a language's own contentDir, and the language suffix of a file's name", () => {
		const folder = source({
			'hugo.yaml': 'defaultContentLanguage: en\nlanguages:\n  en: { weight: 1 }\n  es: { contentDir: content/es }\n',
			'content/en-only.md': '---\ntitle: A\n---\n',
			'content/es/en-only.md': '---\ntitle: B\n---\n',
			'content/about.es.md': '---\ntitle: C\n---\n',
		});
		expect(moves(plan(folder))).toEqual([
			'content/about.es.md → content/docs/es/guides/about.md',
			'content/en-only.md → content/docs/guides/en-only.md',
			'content/es/en-only.md → content/docs/es/guides/en-only.md',
		]);
	});
});

describe('Jekyll', () => {
	it("pairs pages by lang and the permalink they share, and leaves Jekyll's own files and folders alone", () => {
		const result = plan(fixture('jekyll'));
		expect(moves(result)).toEqual([
			'_posts/2023-05-02-first-assembly.md → content/docs/guides/posts/first-assembly.md',
			'about.md → content/docs/guides/about.md',
			'assets/img/assembly.png → content/docs/guides/assets/img/assembly.png',
			'es/about.md → content/docs/es/guides/about.md',
		]);
	});

	it('resolves the base address, post_url, link and callouts, and reports an include', () => {
		const result = plan(fixture('jekyll'));
		const about = pageText(result, 'content/docs/guides/about.md');
		expect(about).toContain('![Women of the assembly voting by show of hands](./assets/img/assembly.png)');
		expect(about).toContain('[our first assembly](../posts/first-assembly/)');
		expect(about).toContain(':::note\nOur assemblies are open');
		const post = pageText(result, 'content/docs/guides/posts/first-assembly.md');
		expect(post).toContain('[about us](../../about/)');
		expect(post).toContain('```text\n=SUM(B2:B40)\n```');
		expect(result.notes).toContainEqual(
			expect.objectContaining({ kind: 'unconvertible', construct: 'template-tag', file: 'content/docs/guides/posts/first-assembly.md' })
		);
	});

	it('imports posts into the blog with their dates, and leaves out (and says) a page without one', () => {
		const blog = (chooseDestination('posts', config) as { destination: Destination }).destination;
		const result = plan(fixture('jekyll'), blog);
		expect(result.pages.map((p) => p.to)).toEqual(['content/posts/first-assembly.md']);
		expect(pageText(result, 'content/posts/first-assembly.md')).toMatch(
			/^---\ntitle: Our first assembly\ndate: 2023-05-02\nauthors:\n {2}- Secretariat\n---\n/
		);
		expect(result.notes).toContainEqual({ kind: 'no-date', file: 'about.md' });
		// Its link to a page that stayed behind is reported, not silently left broken.
		expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'target-not-imported', file: 'content/posts/first-assembly.md' }));
	});
});

describe('Starlight', () => {
	it('keeps its frontmatter and asides, takes guides/ once, and finds links written as addresses', () => {
		const result = plan(fixture('starlight'));
		expect(moves(result)).toEqual([
			'src/assets/process.png → content/docs/guides/assets/process.png',
			'src/content/docs/es/guides/start.md → content/docs/es/guides/start.md',
			'src/content/docs/guides/safety.md → content/docs/guides/safety.md',
			'src/content/docs/guides/start.md → content/docs/guides/start.md',
		]);
		const start = pageText(result, 'content/docs/guides/start.md');
		expect(start).toContain('sidebar:\n  order: 1\n  badge: New\n');
		expect(start).toContain(':::note[Did you know?]');
		expect(start).toContain('](./assets/process.png)');
		expect(start).toContain('[keeping accounts safe](../safety/)');
		expect(pageText(result, 'content/docs/es/guides/start.md')).toContain('[mantener seguras las cuentas](../safety/)');
		expect(pageText(result, 'content/docs/guides/safety.md')).not.toContain('head:');
	});
});

describe('plain folders', () => {
	it('reads en/ and es/ folders, a GitHub alert and a title from the first heading', () => {
		const result = plan(fixture('plain'));
		expect(moves(result)).toEqual([
			'en/handbook.md → content/docs/guides/handbook.md',
			'en/images/booth.png → content/docs/guides/images/booth.png',
			'en/meetings.md → content/docs/guides/meetings.md',
			'es/handbook.md → content/docs/es/guides/handbook.md',
		]);
		const handbook = pageText(result, 'content/docs/es/guides/handbook.md');
		expect(handbook).toMatch(/^---\ntitle: Manual de voluntariado\n---\n/);
		expect(handbook).toContain(':::caution\nNunca digas');
		expect(handbook).toContain('[cómo son nuestras reuniones](../meetings/)');
	});

	it('reads page.es.md beside page.md, and the default language at the top with es/ beside it', () => {
		expect(moves(plan(source({ 'guide.md': '# Guide', 'guide.es.md': '# Guía' })))).toEqual([
			'guide.es.md → content/docs/es/guides/guide.md',
			'guide.md → content/docs/guides/guide.md',
		]);
		expect(moves(plan(source({ 'README.md': '# Home', 'es/README.md': '# Inicio' })))).toEqual([
			'README.md → content/docs/guides/index.md',
			'es/README.md → content/docs/es/guides/index.md',
		]);
	});

	it('takes --lang as the language of pages that name none, and leaves out a language the site does not have', () => {
		const folder = source({ 'guia.md': '# Guía', 'pt/guia.md': '# Guia' });
		const result = plan(folder, guides, 'es');
		expect(moves(result)).toEqual(['guia.md → content/docs/es/guides/guia.md']);
		expect(result.notes).toContainEqual({ kind: 'language-not-in-site', language: 'pt', files: ['pt/guia.md'] });
	});

	it('links to an image to open it as a file published from public/, and to a PDF the same way', () => {
		const folder = source({ 'a.md': '# A\n\n[The report](files/report.pdf) and [the map](map.png)', 'files/report.pdf': '%PDF', 'map.png': 'png' });
		const result = plan(folder);
		expect(pageText(result, 'content/docs/guides/a.md')).toContain('[The report](../files/report.pdf) and [the map](../map.png)');
		expect(result.assets.map((a) => [a.to, a.kind])).toEqual([
			['public/guides/files/report.pdf', 'file'],
			['public/guides/map.png', 'file'],
		]);
	});

	it('never follows a link that leads out of the source folder, to a page or to an image', () => {
		const elsewhere = source({ 'secret.md': '# Secret', 'key.png': 'private' });
		const folder = source({ 'a.md': '# A\n\n![A key](key.png)' });
		symlinkSync(join(elsewhere, 'secret.md'), join(folder, 'secret.md'));
		symlinkSync(join(elsewhere, 'key.png'), join(folder, 'key.png'));
		const result = plan(folder);
		expect(result.pages.map((p) => p.from)).toEqual(['a.md']);
		expect(result.assets).toEqual([]);
		expect(result.notes).toContainEqual({ kind: 'skipped', file: 'secret.md', reason: 'outside-source' });
		expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'missing-target', target: 'key.png' }));
	});

	it('reports a link to nothing in the source, an image without a description, and two pages for one place', () => {
		const folder = source({ 'a.md': '# A\n\n[Gone](gone.md)\n\n![](pic.png)', 'pic.png': 'png', 'b.markdown': '# B', 'b.md': '# B again' });
		const result = plan(folder);
		// The written file: frontmatter (lines 1-3), a blank line, then the body without its title.
		expect(pageText(result, 'content/docs/guides/a.md').split('\n').slice(4, 7)).toEqual(['[Gone](gone.md)', '', '![](./pic.png)']);
		expect(result.notes).toContainEqual({ kind: 'missing-target', file: 'content/docs/guides/a.md', line: 5, target: 'gone.md' });
		expect(result.notes).toContainEqual({ kind: 'image-without-alt', file: 'content/docs/guides/a.md', line: 7, image: 'pic.png' });
		expect(result.pages.map((p) => p.from)).toEqual(['a.md', 'b.markdown']);
		expect(result.notes).toContainEqual({ kind: 'same-place', file: 'b.md', other: 'b.markdown', target: 'content/docs/guides/b.md' });
	});
});
