import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docusaurus } from './tools/docusaurus';
import { hugo } from './tools/hugo';
import { jekyll } from './tools/jekyll';
import { mkdocs } from './tools/mkdocs';
import { plainFolder } from './tools/plain-folder';
import { starlight } from './tools/starlight';
import type { ToolReader } from './tools/tool-reader';

/**
 * Which tool a folder comes from, from the files each tool cannot work without, in an order
 * where no tool's file can be mistaken for another's. A folder of another tool we do not read
 * is named as such, and a folder with no Markdown at all is not guessed at: both are refused
 * with what was looked for (import-text.ts says it).
 */

/** The tools, in the order they are looked for; a plain folder of Markdown last, when nothing else matched. */
export const toolReaders: readonly ToolReader[] = [docusaurus, mkdocs, hugo, jekyll, starlight, plainFolder];

/**
 * Tools whose folders hold Markdown but whose pages depend on what we do not read (a SUMMARY.md
 * that is the navigation, a Python configuration, templates): taken as a plain folder, they
 * would come in half converted without a word. The marker file, and the tool's name.
 */
const otherTools: readonly { marker: string; name: string; when?: (text: string) => boolean }[] = [
	{ marker: 'memoria.config.ts', name: 'Memoria' },
	{ marker: 'book.toml', name: 'mdBook' },
	{ marker: '.vitepress', name: 'VitePress' },
	{ marker: '.vuepress', name: 'VuePress' },
	{ marker: '.gitbook.yaml', name: 'GitBook' },
	{ marker: '_quarto.yml', name: 'Quarto' },
	{ marker: 'conf.py', name: 'Sphinx', when: (text) => text.includes('sphinx') || text.includes('extensions') },
	{ marker: '.eleventy.js', name: 'Eleventy' },
	{ marker: 'eleventy.config.js', name: 'Eleventy' },
	{ marker: 'eleventy.config.mjs', name: 'Eleventy' },
	{ marker: 'gatsby-config.js', name: 'Gatsby' },
	{ marker: 'gatsby-config.ts', name: 'Gatsby' },
	{ marker: '_sidebar.md', name: 'Docsify' },
	// Astro without Starlight (a Starlight folder was recognised above): pages are components, not Markdown.
	{ marker: 'astro.config.mjs', name: 'Astro' },
	{ marker: 'astro.config.ts', name: 'Astro' },
];

export type Detection = { reader: ToolReader; evidence: string } | { other: { name: string; marker: string } } | { nothing: true };

export function detectTool(root: string): Detection {
	for (const reader of toolReaders.filter((r) => r.tool !== 'plain')) {
		const evidence = reader.detect(root);
		if (evidence) return { reader, evidence };
	}
	for (const other of otherTools) {
		const path = join(root, other.marker);
		if (!existsSync(path)) continue;
		if (other.when && !other.when(readFileSync(path, 'utf8'))) continue;
		return { other: { name: other.name, marker: other.marker } };
	}
	const evidence = plainFolder.detect(root);
	return evidence ? { reader: plainFolder, evidence } : { nothing: true };
}
