import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtFixture, dom, htmlLang, mainLinks, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
let subPath: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
	subPath = builtFixture('sub-path');
});

/** A chart's drawing and what it tells a screen reader: the elements its aria-labelledby names. */
function chart(html: string, selector: string) {
	const figure = dom(html).querySelector(selector);
	if (!figure) throw new Error(`No ${selector} on the page.`);
	const svg = figure.querySelector('svg[role="img"]')!;
	const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => figure.querySelector(`#${id}`));
	return { figure, svg, title: named[0] as HTMLElement | null, desc: named[1] as HTMLElement | null };
}

describe('charts', () => {
	it('draws the project timeline with a title and a description that gives every date, out of the search index', () => {
		const { figure, svg, title, desc } = chart(site.page('/projects/river/'), '.memoria-timeline .memoria-chart');

		expect(figure.getAttribute('data-pagefind-ignore')).not.toBeNull();
		expect(title?.tagName).toBe('TITLE');
		expect(title?.text).toBe('Timeline of River Project');
		expect(desc?.tagName).toBe('DESC');
		expect(desc?.text).toBe(
			'Since February 1, 2021 and still running, with 3 learnings, 1 call, and 2 posts so far. ' +
				'Learnings: May 1, 2021, June 1, 2021, June 20, 2021. Community calls: July 1, 2021. Blog posts: August 1, 2021, September 1, 2021.'
		);
		expect(figure.querySelector('figcaption')?.text).toContain('Since February 1, 2021');
		expect(svg.querySelectorAll('circle')).toHaveLength(3);
		// The dated list beside it is still there, with its links.
		expect(dom(site.page('/projects/river/')).querySelectorAll('.memoria-timeline li')).toHaveLength(7);
	});

	it('says the same in Spanish', () => {
		const { title, desc } = chart(site.page('/es/proyectos/river/'), '.memoria-timeline .memoria-chart');

		expect(title?.text).toBe('Cronología de Proyecto Río');
		expect(desc?.text).toMatch(
			/^Desde el 1 de febrero de 2021 y todavía en curso, con 3 aprendizajes, 1 llamada y 2 entradas hasta ahora\. Aprendizajes: 1 de mayo de 2021, 1 de junio de 2021, 20 de junio de 2021\./
		);
	});

	it('shows the status of each project’s assumptions on the first page of the projects listing, with its data as a table', () => {
		const html = site.page('/projects/');
		const { figure, title, desc } = chart(html, '#assumptions-by-project');

		expect(title?.text).toBe('Assumptions by project and status');
		expect(desc?.text).toBe('River Project: 3 (Untested: 1, Holding: 1, Challenged: 1).');
		expect(figure.querySelector('.memoria-chart-summary')?.text.trim()).toBe('3 assumptions in 1 project: 1 untested, 1 holding, and 1 challenged.');
		expect(figure.querySelectorAll('.memoria-chart-legend li').map((li) => li.text.trim())).toEqual(['Untested', 'Holding', 'Challenged', 'Dropped']);
		// Statuses differ by pattern as well as colour.
		expect(figure.querySelectorAll('pattern')).toHaveLength(3);
		const rows = figure.querySelectorAll('details table tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.text.trim()));
		expect(rows).toEqual([['River Project', '1', '1', '1', '0', '3']]);
		expect(figure.querySelector('details table a')?.getAttribute('href')).toBe('/projects/river/');
	});

	it('shows learnings per theme and year on the themes index, in the reader’s language', () => {
		const { desc } = chart(site.page('/es/temas/'), '#learnings-by-theme');
		const summary = dom(site.page('/es/temas/')).querySelector('#learnings-by-theme .memoria-chart-summary')?.text.trim();

		expect(desc?.text).toBe('Participación comunitaria: 1.');
		expect(summary).toBe('Aprendizajes registrados en 2021, cada uno contado en todos sus temas; Participación comunitaria es el que más tiene (1).');
	});

	it('leaves a chart out where there is nothing to draw', () => {
		// No project of this site records assumptions.
		expect(subPath.page('/projects/')).not.toContain('memoria-chart');
		expect(subPath.page('/projects/river/')).toContain('memoria-chart-timeline');
	});
});

describe('the printable report of a project', () => {
	it('is linked from the project page in each language', () => {
		expect(mainLinks(site.page('/projects/river/'))).toContain('/projects/river/report/');
		expect(mainLinks(site.page('/es/proyectos/river/'))).toContain('/es/proyectos/river/informe/');
		expect(mainLinks(subPath.page('/projects/river/'))).toContain('/memoria/projects/river/report/');
	});

	it('holds the project and the full text of each of its learnings, oldest first, each in its own article', () => {
		const html = site.page('/projects/river/report/');
		const page = dom(html);

		expect(page.querySelector('h1')?.text).toBe('River Project: project report');
		expect(html).toContain('The river project body.');
		expect(page.querySelectorAll('article.memoria-report-learning h2').map((h) => h.text)).toEqual([
			'Listen before building',
			'An untranslated lesson',
			'Maps need local names',
		]);
		expect(html).toContain('Body of the learning.');
		expect(html).toContain('Only English text here.');
		// The list of learnings leads to their text on the same page.
		expect(page.querySelectorAll('section[aria-labelledby="learnings"] a').map((a) => a.getAttribute('href'))).toEqual([
			'#learning-listen-first',
			'#learning-untranslated-lesson',
			'#learning-maps-need-local-names',
		]);
		expect(page.querySelector('.memoria-report-source a')?.text).toBe('https://fixture.example.org/projects/river/');
	});

	it('gives every element a distinct id, though several learnings share the page', () => {
		const ids = dom(site.page('/projects/river/report/'))
			.querySelectorAll('[id]')
			.map((e) => e.getAttribute('id'));

		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('is in Spanish under the Spanish address, an untranslated learning marked with its own language', () => {
		const html = site.page('/es/proyectos/river/informe/');
		const page = dom(html);

		expect(htmlLang(html)).toBe('es');
		expect(page.querySelector('h1')?.text).toBe('Proyecto Río: informe del proyecto');
		expect(html).toContain('El cuerpo del proyecto río.');
		const untranslated = page.querySelector('#learning-untranslated-lesson')!.parentNode;
		expect(untranslated?.getAttribute('lang')).toBe('en');
		expect(page.querySelector('.memoria-languages a[hreflang="en"]')?.getAttribute('href')).toBe('/projects/river/report/');
	});

	it('stays out of the search index and the sitemap, and asks search engines not to index it', () => {
		const html = site.page('/projects/river/report/');

		expect(html).not.toContain('data-pagefind-body');
		expect(dom(html).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
		const sitemap = site.page('/sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://fixture.example.org/projects/river/</loc>');
		expect(sitemap).not.toMatch(/\/report\/|\/informe\//);
	});

	it('is built under a sub-path too', () => {
		expect(htmlLang(subPath.page('/projects/river/report/'))).toBe('en');
		expect(subPath.exists('/es/proyectos/river/informe/')).toBe(true);
	});
});

describe('print styles', () => {
	/** The text of every stylesheet a page links to. */
	const styles = (build: FixtureBuild, path: string) =>
		dom(build.page(path))
			.querySelectorAll('link[rel="stylesheet"]')
			.map((l) => build.page(l.getAttribute('href')!.replace(/^\/memoria/, '')))
			.join('\n');

	it('are loaded on every page, and write this site’s links out with its address', () => {
		for (const path of ['/', '/projects/river/', '/es/aprendizajes/listen-first/', '/guides/writing/']) {
			const css = styles(site, path);
			expect(css, path).toMatch(/@media print\{[\s\S]*\.memoria-report-learning\{break-before:page\}/);
			expect(css, path).toContain('--memoria-origin:"https://fixture.example.org"');
		}
		expect(styles(subPath, '/projects/river/')).toContain('--memoria-origin:"https://org.github.io"');
	});
});
