import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/checks/content-files';
import { checkGuideFrontmatter } from '../../src/checks/guide-frontmatter';

/** A guide as the checks read it, with the given frontmatter. */
const guide = (data: Record<string, unknown>): ContentFile => ({
	path: 'content/docs/guides/g.md',
	collection: 'docs',
	language: 'en',
	key: 'guides/g',
	data,
	fieldLines: new Map(),
	raw: '',
	body: '',
	bodyLine: 1,
	problems: [],
});
const rows = (data: Record<string, unknown>, allowRawHtml = false) =>
	checkGuideFrontmatter(guide(data), data, allowRawHtml, 'en').map((f) => `${f.id} ${f.field}`);

describe("a guide's frontmatter cannot carry markup or unsafe links", () => {
	it.each([
		['a head script', { head: [{ tag: 'script', content: 'alert(1)' }] }, ['raw-html head.0']],
		['a hero image written as HTML', { hero: { image: { html: '<img src=x onerror=alert(1)>' } } }, ['raw-html hero.image.html']],
		['attributes on a hero action', { hero: { actions: [{ text: 'Go', link: '/x/', attrs: { onclick: 'alert(1)' } }] } }, ['raw-html hero.actions.0.attrs']],
		['a javascript: hero action', { hero: { actions: [{ text: 'Go', link: 'javascript:alert(1)' }] } }, ['unsafe-url hero.actions.0.link']],
		[
			'attributes on its sidebar link, shown on every page',
			{ sidebar: { label: 'Donate', attrs: { style: 'position:fixed;inset:0' } } },
			['raw-html sidebar.attrs'],
		],
		['a javascript: edit link', { editUrl: 'javascript:alert(1)' }, ['unsafe-url editUrl']],
		[
			'a javascript: previous or next link',
			{ prev: { link: 'javascript:alert(1)', label: 'Back' }, next: { link: 'data:text/html,x' } },
			['unsafe-url prev.link', 'unsafe-url next.link'],
		],
	])('refuses %s', (_, data, expected) => {
		expect(rows(data)).toEqual(expected);
	});

	it('accepts a guide with a plain hero, sidebar label and edit link', () => {
		expect(
			rows({
				hero: { title: 'Start', actions: [{ text: 'Read', link: '/learnings/' }] },
				sidebar: { label: 'Start', order: 1 },
				prev: { link: '/guides/start/', label: 'Start' },
				next: false,
				editUrl: 'https://example.org/edit',
			})
		).toEqual([]);
	});

	it('lets markup through when the site allows raw HTML, but never a javascript: link', () => {
		expect(rows({ head: [{ tag: 'script' }], sidebar: { attrs: { class: 'x' } }, editUrl: 'javascript:alert(1)' }, true)).toEqual(['unsafe-url editUrl']);
	});
});
