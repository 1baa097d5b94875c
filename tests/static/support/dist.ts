/**
 * The demo's built output (dist/), read as a browser without JavaScript would get it: each
 * page's HTML by its address, parsed once. The global setup built dist/ and found its page
 * types (inject('site')).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import '../../support/context';
import { urls, type Language, type PageType } from '../../e2e/support/site';

export const dist = resolve(import.meta.dirname, '../../../dist');
export const site = inject('site');

/** The file a static host serves for an address: /x/ is x/index.html, /404.html is itself. */
export const fileOf = (path: string) => join(dist, decodeURI(path).replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');

/** The address a page type has in a language; a missing address is answered with that language's 404.html. */
export const servedPath = (type: PageType, language: Language) => (type.kind === 'not-found' ? `${urls.home(language)}404.html` : type.paths[language]);

const parsed = new Map<string, HTMLElement>();
/** The parsed HTML of a built page, by its address. */
export function page(path: string): HTMLElement {
	let html = parsed.get(path);
	if (!html) parsed.set(path, (html = parse(readFileSync(fileOf(path), 'utf8'))));
	return html;
}

export const exists = (path: string) => existsSync(fileOf(path));

/** Text with runs of white space made one space. */
export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every file below dist/, as a path from dist/ with forward slashes. */
export function files(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const item of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, item.name);
			if (item.isDirectory()) walk(path);
			else found.push(relative(dist, path).split(sep).join('/'));
		}
	};
	walk(dist);
	return found.sort();
}

/** Every HTML page's address: "/", "/es/aprendizajes/x/", "/404.html". */
export const pagePaths = () =>
	files()
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
