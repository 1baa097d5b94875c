import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Parser } from 'htmlparser2';
import { ownInlineCode, recordInlineComponentScripts, sha256 } from './own-code';
import { memoriaError } from '../errors/memoria-error';
import { htmlFiles } from '../lib/html-files';
import { closestId } from '../lib/closest-id';
import { replaceFile } from '../lib/replace-file';
import { cachePolicyGaps, cacheRules, headersFile, type Audience } from './response-headers';

/**
 * The last pass over the built site, on the HTML as readers will get it:
 *
 * 1. Every page gets a Content-Security-Policy <meta> that allows only this site's own files,
 *    Pagefind's WebAssembly, and the inline scripts and styles that Memoria's and Starlight's
 *    code writes (own-code.ts: hashes known from the code, never taken from a page). An inline
 *    script or style a page has that the code did not write stops the build: content can never
 *    add one. Done here rather than with Astro's `security.csp` because Starlight writes inline
 *    scripts that Astro does not hash.
 * 2. Pages refuse to be shown inside another site's frame even where the host sends no headers
 *    (GitHub Pages ignores `_headers`): a small script of Memoria's hides a framed page and
 *    brings it to the top (OWASP's clickjacking defence for pages without frame-ancestors).
 * 3. A `_headers` file for hosts that read one (Netlify, Cloudflare Pages), with what a <meta>
 *    cannot say and the cache policy (response-headers.ts, which examples/deploy/ follows for
 *    other servers). A site's own public/_headers is kept as it is, with a warning when it lacks
 *    the cache policy.
 * 4. Every internal link of every page (sidebar, relations, Markdown, language switch) must lead
 *    to a file of the build; a broken one fails the build with the page, the link and the
 *    closest existing address. The previous dist/ then stays as it was (src/cli/commands/build.ts).
 */
const staticDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	// Starlight's icons size themselves with style attributes, which cannot be hashed.
	"style-src-attr 'unsafe-inline'",
];

/** Hides a page shown in another site's frame and opens it on its own (its hash is in every policy). */
export const frameGuard = 'if(self!==top){document.documentElement.hidden=true;try{top.location=self.location.href}catch(e){}}';

export interface InlineCode {
	/** Hashes ('sha256-…') of the page's inline scripts, each one known to be Memoria's own. */
	scripts: readonly string[];
	styles: readonly string[];
}

/**
 * The policy for one page, from the hashes of its own inline scripts and styles. A page of the
 * offline copy (src/offline/) loads no WebAssembly, fetches nothing and starts no worker.
 */
export function contentSecurityPolicy({ scripts, styles }: InlineCode, { offline = false }: { offline?: boolean } = {}): string {
	const directives = offline ? staticDirectives.map((d) => d.replace(/^(connect-src|worker-src) 'self'$/, "$1 'none'")) : staticDirectives;
	return [
		...directives,
		`script-src 'self' ${offline ? '' : "'wasm-unsafe-eval' "}${[...new Set(scripts)].join(' ')}`.trim(),
		`style-src 'self' ${[...new Set(styles)].join(' ')}`.trim(),
	].join('; ');
}

/** The hashes a policy already written in a page allows (the offline copy keeps them for its version of the page). */
export function policyHashes(html: string): InlineCode {
	const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	const hashes = (directive: string) => new RegExp(`(?:^|; )${directive} ([^;]*)`).exec(policy)?.[1]?.match(/'sha256-[^']+'/g) ?? [];
	return { scripts: hashes('script-src'), styles: hashes('style-src') };
}

/** Every inline script and style of a page, as the HTML parser reads them (the text a browser would run). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	let open: { name: string; text: string } | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if ((name === 'script' && attributes.src === undefined) || name === 'style') open = { name, text: '' };
		},
		ontext(text) {
			if (open) open.text += text;
		},
		onclosetag(name) {
			if (open?.name !== name) return;
			(name === 'script' ? scripts : styles).push(open.text);
			open = undefined;
		},
	});
	parser.write(html);
	parser.end();
	return { scripts, styles };
}

/** The page with its policy (and the frame guard) first in <head>, or the inline code Memoria did not write. */
export function securePage(
	html: string,
	own: { scripts: ReadonlySet<string>; styles: ReadonlySet<string> }
): { html: string; unknown: number; sample?: string } {
	const found = inlineCode(html);
	const scripts = found.scripts.map(sha256);
	const styles = found.styles.map(sha256);
	const known = { scripts: scripts.filter((hash) => own.scripts.has(hash)), styles: styles.filter((hash) => own.styles.has(hash)) };
	const unknown = scripts.length - known.scripts.length + styles.length - known.styles.length;
	const strangers = [...found.scripts.filter((_, i) => !own.scripts.has(scripts[i]!)), ...found.styles.filter((_, i) => !own.styles.has(styles[i]!))];
	const sample = strangers[0]?.trim().slice(0, 60);
	// Only hashes of Memoria's own code: a page with anything else is refused (unknown > 0), and even
	// then its policy would not let the stranger run.
	const policy = contentSecurityPolicy({ scripts: [sha256(frameGuard), ...known.scripts], styles: known.styles });
	return {
		html: html.replace(/<head>/, `<head><meta http-equiv="content-security-policy" content="${policy}"><script>${frameGuard}</script>`),
		unknown,
		...(sample === undefined ? {} : { sample }),
	};
}

export interface OutputCheckOptions {
	/** Files (paths from the output's root) that a later step of `memoria build` writes, such as the offline copy. */
	madeLater?: readonly string[];
	/** Whose build this is: an internal build's files are never kept by shared caches (response-headers.ts). */
	audience?: Audience;
}

export function memoriaOutputChecks({ madeLater = [], audience = 'public' }: OutputCheckOptions = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'memoria:output-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await htmlFiles(root);
				recordInlineComponentScripts();
				const own = ownInlineCode();
				const unknownCode: { page: string; start: string }[] = [];
				await writeHeadersFile(root, base, audience, (message) => logger.warn(message));
				const broken: { page: string; link: string }[] = [];
				// Every file of the output, listed once, so each link is one lookup.
				const outputs = new Set([...(await readdir(root, { recursive: true })).map((f) => f.toString()), ...madeLater]);
				const exists = (path: string) => {
					const clean = path.replace(/^\/+|\/+$/g, '');
					return outputs.has(clean) || outputs.has(clean ? `${clean}/index.html` : 'index.html');
				};
				// Several pages at a time: one by one, the pass spent two thirds of its time waiting
				// for the disk (issue 7).
				const limit = pLimit(16);
				await Promise.all(
					files.map((file) =>
						limit(async () => {
							const secured = securePage(await readFile(file, 'utf8'), own);
							const html = secured.html;
							// 1. The policy goes first in <head>, before anything it governs; code Memoria did not write stops the build.
							if (secured.unknown > 0) unknownCode.push({ page: relative(root, file), start: secured.sample ?? '' });
							// In one step: the offline copy may be reading the page (`memoria build` starts it early).
							await replaceFile(file, html);
							// 3. Internal links, without their #fragment or ?query.
							for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
								if (!href!.startsWith(base) || href!.startsWith('//')) continue;
								const path = decodeURI(href!.slice(base.length).split(/[?#]/)[0]!);
								if (!exists(path)) broken.push({ page: relative(root, file), link: href! });
							}
						})
					)
				);
				if (unknownCode.length > 0) {
					unknownCode.sort((a, b) => a.page.localeCompare(b.page));
					const lines = unknownCode.slice(0, 20).map(({ page, start }) => {
						const error = memoriaError('unknown-inline-script', { page, start });
						return `${error.message}\n  ${error.hint}`;
					});
					throw new Error(`${lines.join('\n')}${unknownCode.length > 20 ? `\n… ${unknownCode.length - 20} more` : ''}`);
				}
				if (broken.length === 0) return;
				broken.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
				const addresses = files.map((f) => `${base}${relative(root, f).replace(/index\.html$/, '')}`);
				const lines = broken.slice(0, 50).map(({ page, link }) => {
					const error = memoriaError('broken-link', { link, suggestion: closestId(link, addresses) }, { file: page });
					return `${error.message}\n  ${error.hint}`;
				});
				throw new Error(`${lines.join('\n')}${broken.length > 50 ? `\n… ${broken.length - 50} more` : ''}`);
			},
		},
	};
}

/**
 * Writes `_headers`, unless the site has its own (public/_headers, already copied into the output
 * by Astro): that one is kept, with a warning when it lacks the cache policy, since without it
 * readers download every script, style and search file again on each visit.
 */
async function writeHeadersFile(root: string, base: string, audience: Audience, warn: (message: string) => void) {
	const file = join(root, '_headers');
	if (!existsSync(file)) return writeFile(file, headersFile({ base, audience }));
	const gaps = cachePolicyGaps(await readFile(file, 'utf8'), base);
	if (gaps.length === 0) return;
	// The rules alone: their comments are in English, and the hint is in the writer's language.
	const rules = cacheRules({ base, audience })
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'))
		.join('\n');
	const error = memoriaError('headers-without-cache-policy', { paths: gaps.map((gap) => gap.path), rules }, { file: 'public/_headers' });
	warn(`${error.message}\n  ${error.hint}`);
}
