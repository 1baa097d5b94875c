import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { memoriaError } from '../errors/memoria-error';
import { htmlFiles } from '../lib/html-files';
import { closestId } from '../lib/references';
import { replaceFile } from '../lib/replace-file';

/**
 * The last pass over the built site, on the HTML as readers will get it:
 *
 * 1. Every page gets a Content-Security-Policy <meta> that allows only this site's own files,
 *    Pagefind's WebAssembly, and the exact inline scripts and styles the page carries (by hash).
 *    Done here rather than with Astro's `security.csp` because Starlight writes inline scripts
 *    that Astro does not hash.
 * 2. A `_headers` file for hosts that read one (Netlify, Cloudflare Pages), with what a <meta>
 *    cannot say; examples/deploy/security-headers.conf says the same for nginx.
 * 3. Every internal link of every page (sidebar, relations, Markdown, language switch) must lead
 *    to a file of the build; a broken one fails the build with the page, the link and the
 *    closest existing address. The previous dist/ then stays as it was (scripts/build.mjs).
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

/** Security headers for static hosts; unless the site ships its own public/_headers. */
export const headersFile = `/*
  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  X-Frame-Options: DENY
  Strict-Transport-Security: max-age=31536000
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The policy for one page, from the inline <script> and <style> elements it contains. A page of
 * the offline copy (src/offline/) loads no WebAssembly, fetches nothing and starts no worker.
 */
export function contentSecurityPolicy(html: string, { offline = false }: { offline?: boolean } = {}): string {
	const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => hash(body!));
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => hash(body!));
	const directives = offline
		? staticDirectives.map((d) => d.replace(/^(connect-src|worker-src) 'self'$/, "$1 'none'"))
		: staticDirectives;
	return [
		...directives,
		`script-src 'self' ${offline ? '' : "'wasm-unsafe-eval' "}${[...new Set(scripts)].join(' ')}`.trim(),
		`style-src 'self' ${[...new Set(styles)].join(' ')}`.trim(),
	].join('; ');
}

export interface OutputCheckOptions {
	/** Files (paths from the output's root) that a later step of scripts/build.mjs writes, such as the offline copy. */
	madeLater?: readonly string[];
}

export function memoriaOutputChecks({ madeLater = [] }: OutputCheckOptions = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'memoria:output-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const files = await htmlFiles(root);
				if (!existsSync(join(root, '_headers'))) await writeFile(join(root, '_headers'), headersFile);
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
							let html = await readFile(file, 'utf8');
							// 1. The policy goes first in <head>, before anything it governs.
							html = html.replace(/<head>/, `<head><meta http-equiv="content-security-policy" content="${contentSecurityPolicy(html)}">`);
							// In one step: the offline copy may be reading the page (scripts/build.mjs starts it early).
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
