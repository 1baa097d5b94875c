import type { GuideNode, GuideTree } from '../model/guides/guide-tree';
import { guideLink, type GuideHref, type GuideLink } from './guide-link';

/** One line of a folder's index page: a guide, or a sub-folder with how many guides it holds. */
export interface FolderListItem extends GuideLink {
	description?: string;
	/** Guides inside, at any depth, when the item is a folder. */
	guideCount?: number;
}

/** What a folder's index page lists: its visible guides and sub-folders, in the folder's order. */
export function folderListOf(folder: GuideNode, tree: GuideTree, href: GuideHref): FolderListItem[] {
	return folder.children.map((child) => ({
		...guideLink(child, tree, href),
		...(child.page?.description ? { description: child.page.description } : {}),
		...(child.isFolder ? { guideCount: child.guideCount } : {}),
	}));
}
