import { getGuideTrees } from '../model/guides/guide-trees';
import type { GuideNode, GuideTree } from '../model/guides/guide-tree';
import { guideBreadcrumbs } from './guide-breadcrumbs';
import { folderListOf, type FolderListItem } from './guide-folder-list';
import type { GuideLink } from './guide-link';
import { guidePagination, type PageLinkSetting } from './guide-pagination';
import { guideSidebar, type SidebarEntry } from './guide-sidebar';
import { locales, urls } from './site';

/** What a guide's page shows to move among guides, besides the sidebar. */
export interface GuidePageNavigation {
	breadcrumbs: GuideLink[];
	pagination: { prev?: GuideLink; next?: GuideLink };
	/** On a folder's index page: what the folder holds, in order. */
	folder?: FolderListItem[];
}

/**
 * The guides' navigation of one page, from the trees built once per build: the sidebar's guides
 * on every page, and on a guide's page (`guideId`, Starlight's id: "es/guides/x") its
 * breadcrumbs, previous/next links and, for a folder, its list.
 */
export async function guideNavigation(
	language: string,
	guideId: string | undefined,
	home: string,
	settings: { prev?: PageLinkSetting; next?: PageLinkSetting } = {}
): Promise<{ sidebar: SidebarEntry[]; page?: GuidePageNavigation }> {
	const tree = (await getGuideTrees()).get(language);
	if (!tree) return { sidebar: [] };
	const href = (key: string) => urls.page(key, language);
	const node = guideId === undefined ? undefined : tree.get(locales.splitId(guideId).key);
	const sidebar = guideSidebar(tree, node, href);
	return node ? { sidebar, page: pageNavigation(node, tree, href, home, settings) } : { sidebar };
}

function pageNavigation(
	node: GuideNode,
	tree: GuideTree,
	href: (key: string) => string,
	home: string,
	settings: { prev?: PageLinkSetting; next?: PageLinkSetting }
): GuidePageNavigation {
	return {
		breadcrumbs: guideBreadcrumbs(node, tree, href, { label: home, href: urls.home(tree.language) }),
		pagination: guidePagination(node, tree, href, settings),
		...(node.isFolder ? { folder: folderListOf(node, tree, href) } : {}),
	};
}
