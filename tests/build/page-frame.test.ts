import { describe, expect, it, beforeAll } from 'vitest';
import { builtFixture, dom, type FixtureBuild } from './support/fixture';

/**
 * The parts of Starlight's page frame Memoria replaces (sidebar list, footer, hero) and what that
 * keeps out of every page (issue 7: a first visit of a learning page within 20 KB). Sizes are
 * measured by `npm run bench`; these tests hold the structural properties behind them.
 */
let site: FixtureBuild;
let three: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
	three = builtFixture('three-languages');
});

/** The text of every stylesheet a page links to, and of every script it loads (with their imports). */
function loads(build: FixtureBuild, path: string) {
	const page = dom(build.page(path));
	const css = page.querySelectorAll('link[rel="stylesheet"]').map((l) => build.page(l.getAttribute('href')!));
	const scripts: string[] = [];
	const queue = page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
	for (const src of queue) {
		const code = build.page(src);
		scripts.push(code);
		for (const [, imported] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)) queue.push(new URL(imported!, `http://x${src}`).pathname);
	}
	return {
		css: css.join('\n'),
		scripts: scripts.join('\n'),
		inline: page
			.querySelectorAll('script:not([src])')
			.map((s) => s.text)
			.join('\n'),
	};
}

describe('what a learning page loads', () => {
	const learning = () => loads(site, '/learnings/listen-first/');

	it('carries no chart styles, which only pages with a chart load', () => {
		// The chart palette is defined only in charts.css (print rules elsewhere name chart classes).
		expect(learning().css).toContain('.memoria-lead');
		expect(learning().css).not.toContain('--memoria-chart-c0:');
		expect(loads(site, '/projects/river/').css).toContain('--memoria-chart-c0:');
	});

	it('carries no styles of Starlight parts Memoria does not show: previous/next links, badges, link buttons, hero', () => {
		// Their scoped rules, `.name:where(.astro-…)`: print rules elsewhere name the classes too.
		for (const unused of ['.pagination-links:where(', '.sl-badge:where(', '.sl-link-button:where(', '.hero:where(']) {
			expect(learning().css).not.toContain(unused);
		}
	});

	it('has no sidebar state script, no Vite preload helper, and no search script file: the search dialog’s loads when a reader is about to search', () => {
		const { scripts, inline } = learning();
		expect(inline).not.toContain('sl-sidebar-state');
		// The search box's small script, written into the page, names the dialog's script file.
		expect(inline).toContain('site-search');
		expect(inline).toMatch(/\/_astro\/search-dialog\.[\w-]+\.js/);
		expect(scripts).not.toContain('site-search');
		expect(`${scripts}${inline}`).not.toContain('vite:preloadError');
	});
});

describe('the sidebar', () => {
	it('lists the learning framework as an open group, and marks the current page', () => {
		const sidebar = dom(site.page('/what-we-learned/')).querySelector('#starlight__sidebar')!;
		const group = sidebar.querySelector('details')!;
		expect(group.getAttribute('open')).not.toBeUndefined();
		expect(group.querySelector('summary')!.text.trim()).toBe('Reflect and report');
		expect(sidebar.querySelector('a[aria-current="page"]')!.getAttribute('href')).toBe('/what-we-learned/');
	});
});

describe('the footer', () => {
	it('keeps the edit link and has no previous/next links', () => {
		const footer = dom(three.page('/learnings/listen/')).querySelector('main footer')!;
		expect(footer.querySelector('a')!.getAttribute('href')).toBe('https://example.org/three/memory/edit/main/content/learnings/listen.md');
		expect(footer.querySelectorAll('a')).toHaveLength(1);
		expect(footer.querySelector('.pagination-links')).toBeNull();
	});
});

describe('a guide with a hero', () => {
	it('shows its title as the page heading, its tagline (as text: markup in it is shown, never run) and its actions as links', () => {
		const main = dom(three.page('/guides/guide/')).querySelector('main')!;
		expect(main.querySelector('.memoria-hero h1#_top')!.text).toBe('Guide');
		expect(main.querySelector('.memoria-hero .tagline')!.text).toBe('Where to <em>start</em>.');
		expect(main.querySelector('.memoria-hero .tagline em')).toBeNull();
		const actions = main.querySelectorAll('.memoria-hero .actions a');
		expect(actions.map((a) => [a.text.trim(), a.getAttribute('href'), a.classList.contains('primary')])).toEqual([
			['Read the learnings', '/learnings/', true],
			['Search', '/search/', false],
		]);
	});
});
