import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { trailOf, type GuideNode, type GuideTree } from '../model/guides/guide-tree';
import { guideLink, type GuideHref } from './guide-link';

type StarlightEntry = StarlightRouteData['sidebar'][number];
type StarlightLink = Extract<StarlightEntry, { type: 'link' }>;
/**
 * A link with the entries under it: a folder of guides on the way to the current page, shown
 * open. Starlight's sidebar has groups (a label over links) but no link that holds others, and a
 * folder is a page of its own (its index page). SidebarList.astro draws both.
 */
export type SidebarTreeLink = StarlightLink & { children: SidebarEntry[] };
export type SidebarEntry = StarlightEntry | SidebarTreeLink;

/**
 * The guides' part of the sidebar: the top-level folders and guides, each one link, and on a
 * guide's page the folders above it opened, each showing what it holds; every other folder stays
 * one link to its index page. A page's sidebar then grows with the depth of its folder and the
 * size of the folders on the way, never with the number of guides on the site.
 */
export function guideSidebar(tree: GuideTree, current: GuideNode | undefined, href: GuideHref): SidebarEntry[] {
	const trail = new Set(current ? trailOf(current) : []);
	const entry = (node: GuideNode): SidebarEntry => {
		const { lang } = guideLink(node, tree, href);
		const link: StarlightLink = {
			type: 'link',
			label: node.label,
			href: href(node.key),
			isCurrent: node === current,
			badge: node.page?.badge ? { text: node.page.badge, variant: 'default' } : undefined,
			// A folder above the page is marked as the page's section (memoria.css), without claiming to be the page.
			attrs: { ...(lang ? { lang } : {}), ...(trail.has(node) && node !== current ? { 'data-memoria-section': 'current' } : {}) },
		};
		return node.isFolder && trail.has(node) ? { ...link, children: node.children.map(entry) } : link;
	};
	return tree.root.children.map(entry);
}
