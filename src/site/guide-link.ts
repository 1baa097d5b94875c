import type { GuideNode, GuideTree } from '../model/guides/guide-tree';

/** A link to a guide or folder, as breadcrumbs, folder lists and previous/next links show it. */
export interface GuideLink {
	label: string;
	href: string;
	/** The language of the label when it is not the page's: an untranslated guide's original title. */
	lang?: string;
}

/** The address of a guide or folder in the tree's language (urls.page in a build). */
export type GuideHref = (key: string) => string;

export function guideLink(node: GuideNode, tree: GuideTree, href: GuideHref, label = node.title): GuideLink {
	const lang = node.page && node.page.language !== tree.language ? node.page.language : undefined;
	return { label, href: href(node.key), ...(lang ? { lang } : {}) };
}
