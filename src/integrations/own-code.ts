import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import type { Plugin } from 'vite';

/**
 * The inline scripts and styles that Memoria's and Starlight's code can write into a page,
 * known before any page exists: the Content-Security-Policy allows these and nothing else, so
 * content can never add a hash to it (a script hidden in a title or in raw HTML is refused, and
 * the build stops: output-checks.ts).
 *
 * Two sources, both code: the `<script is:inline>` elements of the components (Astro writes
 * their text as it is), and what the bundler emits (small module scripts and stylesheets Astro
 * then inlines: it copies a chunk's code or a stylesheet's text into the page).
 */

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const scripts = new Set<string>();
const styles = new Set<string>();

/** Hashes of every inline script and style the code can write. */
export function ownInlineCode(): { scripts: ReadonlySet<string>; styles: ReadonlySet<string> } {
	return { scripts, styles };
}

/** Records what the bundler emits, in every environment, before Astro inlines some of it. */
export function recordBundledCode(): Plugin {
	return {
		name: 'memoria:own-code',
		// Before Astro's own bundle steps, which inline some files and delete others from the bundle.
		generateBundle: {
			order: 'pre',
			handler(_options, bundle) {
				for (const output of Object.values(bundle)) {
					if (output.type === 'chunk') {
						scripts.add(sha256(output.code.trim()));
						scripts.add(sha256(output.code));
					} else if (output.fileName.endsWith('.css') && typeof output.source === 'string') {
						// Vite marks where joined stylesheets meet (/*$vite$:1*/) and removes the marks later.
						styles.add(sha256(output.source));
						styles.add(sha256(output.source.replace(/\/\*\$vite\$:\d+\*\/\n?/g, '')));
					}
				}
			},
		},
	};
}

/** Components whose `is:inline` scripts can reach a page: Starlight's and Memoria's. */
const componentFolders = () => [
	dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components')),
	fileURLToPath(new URL('..', import.meta.url)),
];

/** Records the text of every `<script is:inline>` in those components' source. */
export function recordInlineComponentScripts(): void {
	for (const folder of componentFolders()) {
		for (const file of globSync('**/*.astro', { cwd: folder, ignore: ['**/node_modules/**'] })) {
			const source = readFileSync(join(folder, file), 'utf8');
			for (const [, body] of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) scripts.add(sha256(body!));
		}
	}
}
