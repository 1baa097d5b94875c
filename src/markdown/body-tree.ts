import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';

/**
 * A body's Markdown tree, parsed by Sätteri as the site's pages are (Astro 7's processor): MDX
 * as MDX (imports, expressions and components are nodes, not text), with the syntax Astro and
 * Starlight turn on for every page, GFM and `:::` directives (Starlight's asides). Checks that
 * must agree with what the page shows read this tree. An MDX body that cannot be parsed has none:
 * MDX's own compiler reports it when the site is built.
 */
export function bodyTree(body: string, format: 'md' | 'mdx'): Root | undefined {
	const features = { gfm: true, directive: true };
	if (format === 'md') return markdownToMdast(body, { features });
	try {
		return mdxToMdast(body, { features });
	} catch {
		return undefined;
	}
}
