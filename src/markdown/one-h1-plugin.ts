import type { Heading, Html, Root } from 'mdast';
import { demoted, headingChanges, isHtmlHeading } from './heading-changes';
import { demoteHtmlHeadings } from './html-headings';

/**
 * One h1 per page, applied where Astro renders every Markdown and MDX body: a plugin of Sätteri,
 * Astro 7's Markdown processor, which runs on the Markdown tree before it becomes HTML. Changing
 * the tree there, rather than the HTML after it, lets everything downstream follow on its own:
 * the heading ids, the list of headings Astro returns (Starlight's table of contents, which then
 * has no entry for a dropped heading and the new level of a moved one) and Starlight's anchor
 * links. Entries, guides, .md and .mdx all go through it. What it does is decided in
 * heading-changes.ts, which the check that tells the writer shares.
 */

/**
 * The part of Sätteri's plugin context this uses. Typed here rather than imported: the Sätteri
 * that renders the pages is the one Astro depends on (0.10 under Astro 7.4.1), not necessarily
 * the one Memoria's checks import, and the two name the call that changes a field differently.
 */
interface PluginContext {
	readonly data: Record<string, unknown>;
	removeNode(node: Readonly<Heading | Html>): void;
	/** Sätteri 0.11 and later. */
	setField?: SetField;
	/** Sätteri 0.10; deprecated for setField since. */
	setProperty: SetField;
}
type SetField = {
	(node: Readonly<Heading>, key: 'depth', value: Heading['depth']): void;
	(node: Readonly<Html>, key: 'value', value: string): void;
};

export const oneH1Plugin = {
	name: 'memoria-one-h1',
	// A hook on the whole tree rather than a visitor per heading: whether a heading moves depends
	// on the body's other headings.
	before(root: Readonly<Root>, ctx: PluginContext) {
		// Astro's processor puts the file's frontmatter there, for .md and .mdx alike.
		const title = (ctx.data['astro'] as { frontmatter?: { title?: unknown } } | undefined)?.frontmatter?.title;
		const changes = headingChanges(root as Root, typeof title === 'string' ? title : undefined);
		const setDepth = (node: Heading, depth: Heading['depth']) => (ctx.setField ? ctx.setField(node, 'depth', depth) : ctx.setProperty(node, 'depth', depth));
		const setValue = (node: Html, value: string) => (ctx.setField ? ctx.setField(node, 'value', value) : ctx.setProperty(node, 'value', value));
		// Raw HTML changes as text: the dropped <h1> element cut out of its node, heading tags moved down.
		const html = new Map<Html, string>();
		const { dropped } = changes;
		if (dropped && isHtmlHeading(dropped)) {
			const value = dropped.node.value;
			html.set(dropped.node, `${value.slice(0, dropped.tag.start)}${value.slice(dropped.tag.end)}`);
		} else if (dropped) ctx.removeNode(dropped);
		if (changes.otherH1s.length > 0) {
			for (const heading of changes.headings) setDepth(heading, demoted(heading.depth));
			for (const node of changes.htmlWithHeadings) html.set(node, demoteHtmlHeadings(html.get(node) ?? node.value));
		}
		for (const [node, value] of html) {
			if (value.trim() === '') ctx.removeNode(node);
			else setValue(node, value);
		}
	},
};

/** The part of an Astro Markdown processor this needs: its name, and Sätteri's plugin list. */
interface MarkdownProcessor {
	name: string;
	options: unknown;
}

/**
 * Adds the plugin to the site's Markdown processor, as Starlight adds its own: Sätteri's options
 * are read when each file is rendered, so a plugin added while Astro sets itself up applies to
 * every page, and to MDX too, which uses the same processor. Compared by name, as
 * @astrojs/markdown-satteri's own isSatteriProcessor does, so Memoria need not depend on it.
 * Another processor (a site that chose unified()) gets a warning instead of pages with two h1.
 */
export function addOneH1Plugin(processor: MarkdownProcessor, warn: (message: string) => void): void {
	if (processor.name !== 'satteri') {
		warn(
			`The Markdown processor "${processor.name}" is not Sätteri, Astro's default, so a body that starts with its own "# Heading" keeps it: its page will have two h1.`
		);
		return;
	}
	const plugins = (processor.options as { mdastPlugins: unknown[] }).mdastPlugins;
	if (!plugins.includes(oneH1Plugin)) plugins.push(oneH1Plugin);
}
