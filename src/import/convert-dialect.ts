import { convertDocusaurusAdmonitions } from './convert/docusaurus-admonitions';
import { convertGithubAlerts } from './convert/github-alerts';
import { convertHugoShortcodes, type ResolveReference } from './convert/hugo-shortcodes';
import { convertJekyllLiquid } from './convert/jekyll-liquid';
import { convertMkdocsAdmonitions } from './convert/mkdocs-admonitions';
import type { Dialect } from './source-site';

/**
 * A page's body from its tool's Markdown to the Markdown Memoria reads: the tool's own
 * admonitions and the shortcodes or Liquid that have an equivalent, then GitHub's alerts, which
 * any tool's pages may hold. What is left is found by convert/unconvertible.ts.
 */

export interface References {
	/** Hugo's `ref` and `relref`, and Jekyll's `{% link %}`: a page by its path. */
	page: ResolveReference;
	/** Jekyll's `{% post_url %}`: a post by its file name. */
	post: ResolveReference;
}

export function convertDialect(body: string, dialect: Dialect, references: References): string {
	const converted =
		dialect === 'mkdocs'
			? convertMkdocsAdmonitions(body)
			: dialect === 'docusaurus'
				? convertDocusaurusAdmonitions(body)
				: dialect === 'hugo'
					? convertHugoShortcodes(body, references.page)
					: dialect === 'jekyll'
						? convertJekyllLiquid(body, { link: references.page, post: references.post })
						: body;
	return convertGithubAlerts(converted);
}
