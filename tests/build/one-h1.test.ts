/**
 * One h1 per page in a real build (tests/fixtures/one-h1): entries and a guide, .md and .mdx,
 * whose bodies bring their own level-1 heading. The page keeps its title as its only h1; a body
 * heading that repeated the title is gone, and the other bodies' headings moved down one level,
 * in the page and in the guide's table of contents. The build warns about each, at its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, dom, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(async () => {
	site = await buildFixture('one-h1');
});

/** Text to compare titles by, as a reader would: without accents, in any case. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The page's h1 texts, and its headings of every level as "h2 Where", in document order. */
function headings(path: string) {
	const page = dom(site.page(path));
	return {
		h1s: page.querySelectorAll('h1').map((h) => h.text.trim()),
		all: page.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName.toLowerCase()} ${h.text.trim()}`),
	};
}

describe('a body with its own level-1 heading', () => {
	it('builds, with a warning at the line of each such heading, all of them in the warnings report', () => {
		expect(site.status, site.output).toBe(0);
		expect(site.output).toContain('⚠ [memoria:h1-in-body] 7 warning(s) in 6 file(s):');
		// The terminal shows the first few of a check's warnings; the report lists every one (src/checks/check-report.ts).
		const report = readFileSync(join(site.root, '.memoria/check-report.md'), 'utf8');
		const warnings = [...report.matchAll(/^- \[ \] `(\S+)`: /gm)].map(([, place]) => place);
		expect(warnings.sort()).toEqual(
			[
				'content/calls/first-call.md:7',
				'content/docs/guides/field-notes.md:4',
				'content/docs/guides/field-notes.md:8',
				'content/learnings/es/market-day.md:9',
				'content/learnings/market-day.md:9',
				'content/posts/year-one.mdx:10',
				'content/projects/river.md:6',
			].sort()
		);
	});

	it.each([
		['/projects/river/', 'River', ['h2 Where']],
		['/learnings/market-day/', 'Market day', ['h2 What we saw', 'h3 At the stalls']],
		['/es/aprendizajes/market-day/', 'Día de mercado', ['h2 En los puestos']],
		['/calls/first-call/', 'First call', ['h2 Notes', 'h3 Decisions']],
		['/blog/year-one/', 'Year one', ['h2 What changed']],
		['/guides/field-notes/', 'Field notes', ['h2 Before the visit', 'h3 Bring water', 'h2 After the visit']],
	])('%s has one h1, its title, and the body headings %j', (path, title, bodyHeadings) => {
		const { h1s, all } = headings(path);

		expect(h1s).toEqual([title]);
		// In order, among the page's own headings (facts, relations, the table of contents).
		expect(all.filter((heading) => bodyHeadings.includes(heading))).toEqual(bodyHeadings);
		// The body's heading that repeated the title is gone: the title is there once, as the h1.
		expect(all.filter((heading) => plain(heading.slice(3)) === plain(title))).toEqual([`h1 ${title}`]);
	});

	it('leaves every page of the site with exactly one h1, the printable report that holds several bodies too', () => {
		const pages = site.files().filter((file) => file.endsWith('.html'));
		const counts = pages.map((file) => `${file} ${dom(site.page(`/${file}`.replace(/index\.html$/, ''))).querySelectorAll('h1').length}`);

		expect(pages.length).toBeGreaterThan(40);
		expect(counts).toEqual(pages.map((file) => `${file} 1`));
	});

	it('keeps a "#" line of a code block as text', () => {
		expect(dom(site.page('/learnings/market-day/')).querySelector('pre')?.text).toContain('# A hash in a code block is no heading');
	});

	it('lists the moved headings in the guide’s table of contents at their new levels, and not the dropped one', () => {
		const toc = dom(site.page('/guides/field-notes/')).querySelector('starlight-toc nav')!;
		const entry = (href: string) => toc.querySelector(`a[href="${href}"]`);

		expect(toc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#_top', '#before-the-visit', '#bring-water', '#after-the-visit']);
		// A level-3 heading sits in the list of the level-2 heading before it.
		expect(entry('#bring-water')?.closest('ul')?.closest('li')?.querySelector('a')?.getAttribute('href')).toBe('#before-the-visit');
		expect(entry('#after-the-visit')?.closest('ul')?.closest('li')).toBeNull();
	});
});
