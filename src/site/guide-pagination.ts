import { isSafeUrl } from '../lib/safe-url';
import { neighboursOf, type GuideNode, type GuideTree } from '../model/guides/guide-tree';
import { guideLink, type GuideHref, type GuideLink } from './guide-link';

/** Starlight's `prev` and `next` frontmatter fields: no link, another label, or another link and label. */
export type PageLinkSetting = boolean | string | { link?: string | undefined; label?: string | undefined } | undefined;

/**
 * A guide's previous and next links: its neighbours in its folder's order (guide-order.ts), not
 * in the whole site, so reading on stays inside the section. A folder's index page moves between
 * the folder's neighbours in its parent folder. The frontmatter can turn a link off, relabel it or
 * point it elsewhere, as in Starlight; a link to an unsafe address (`javascript:`) is never drawn.
 */
export function guidePagination(
	node: GuideNode,
	tree: GuideTree,
	href: GuideHref,
	settings: { prev?: PageLinkSetting; next?: PageLinkSetting } = {}
): { prev?: GuideLink; next?: GuideLink } {
	const { previous, next } = neighboursOf(node);
	const prevLink = withSetting(previous && guideLink(previous, tree, href), settings.prev);
	const nextLink = withSetting(next && guideLink(next, tree, href), settings.next);
	return { ...(prevLink ? { prev: prevLink } : {}), ...(nextLink ? { next: nextLink } : {}) };
}

/** What Starlight's applyPrevNextLinkConfig does with one setting (its utils/navigation.ts). */
function withSetting(link: GuideLink | undefined, setting: PageLinkSetting): GuideLink | undefined {
	if (setting === false) return undefined;
	if (typeof setting === 'string') return link && { ...link, label: setting };
	if (typeof setting === 'object') {
		const href = setting.link ?? link?.href;
		const label = setting.label ?? link?.label;
		if (!href || !label || !isSafeUrl(href)) return undefined;
		// Another address: the label is the writer's, in the page's own language.
		return setting.link ? { label, href } : { ...link!, label };
	}
	return link;
}
