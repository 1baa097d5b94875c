import type { Dialect } from '../source-site';
import { codeLines, withoutCodeSpans } from './code-fences';

/**
 * What is left in a converted page that only its old tool could render: shortcodes, template
 * tags, snippets, tabs, MDX. Each is found on its line (outside code, where it is an example) so
 * the report can say where to look; nothing here changes the page.
 */

export type Construct =
	| 'hugo-shortcode'
	| 'template-tag'
	| 'template-value'
	| 'snippet'
	| 'content-tabs'
	| 'attribute-list'
	| 'icon'
	| 'mdx-import'
	| 'mdx-component'
	| 'mdx-expression';

export interface Unconvertible {
	/** The line in the text given (1-based). */
	line: number;
	construct: Construct;
	/** What was found, shortened for the report. */
	text: string;
}

const patterns: readonly { construct: Construct; pattern: RegExp; mdxOnly?: true }[] = [
	{ construct: 'hugo-shortcode', pattern: /\{\{[<%].*?[>%]\}\}/ },
	{ construct: 'template-tag', pattern: /\{%.*?%\}/ },
	{ construct: 'template-value', pattern: /\{\{.*?\}\}/ },
	{ construct: 'snippet', pattern: /^\s*-{1,2}8<-{1,2}.*$/ },
	{ construct: 'content-tabs', pattern: /^\s*===\+?\s+".*"\s*$/ },
	{ construct: 'attribute-list', pattern: /\{:?\s*[.#][\w-][^}]*\}/ },
	{ construct: 'icon', pattern: /:(?:material|fontawesome|octicons|simple)-[\w-]+:/ },
	{ construct: 'mdx-import', pattern: /^\s*(?:import|export)\s.+$/, mdxOnly: true },
	{ construct: 'mdx-component', pattern: /<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/, mdxOnly: true },
	{ construct: 'mdx-expression', pattern: /\{\/\*.*?\*\/\}/, mdxOnly: true },
];

/** Docusaurus 3 reads every .md file as MDX; Starlight's .mdx pages are MDX too. */
const readsAsMdx = (dialect: Dialect, mdx: boolean) => mdx || dialect === 'docusaurus';

export function findUnconvertible(text: string, dialect: Dialect, mdx: boolean): Unconvertible[] {
	const lines = text.split('\n');
	const inCode = codeLines(lines);
	const found: Unconvertible[] = [];
	lines.forEach((raw, i) => {
		if (inCode[i]) return;
		const line = withoutCodeSpans(raw);
		for (const { construct, pattern, mdxOnly } of patterns) {
			if (mdxOnly && !readsAsMdx(dialect, mdx)) continue;
			const match = pattern.exec(line);
			if (!match) continue;
			const shown = match[0].trim();
			found.push({ line: i + 1, construct, text: shown.length > 60 ? `${shown.slice(0, 57)}…` : shown });
			break;
		}
	});
	return found;
}
