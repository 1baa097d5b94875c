import { folderOrder, guideOrder } from './guide-order';
import { folderPathsOf, folderTitle } from './guide-folders';

/**
 * The guides of one language as a tree of folders, built once per build: every page and folder
 * by its key, each folder's visible children in order, and how many guides each folder holds.
 * Breadcrumbs, the sidebar, previous/next links and folder index pages read it without looking at
 * any other guide.
 */

/** A guide page as the navigation needs it, in the language of the tree it belongs to. */
export interface GuidePage {
	/** Its path without language or extension ("guides/security/vpn"); a folder's index page has the folder's. */
	key: string;
	title: string;
	/** What the sidebar shows: Starlight's `sidebar.label`, else the title. */
	label: string;
	description?: string;
	/** Starlight's `sidebar.order`. */
	order?: number;
	/** Starlight's `sidebar.hidden`: kept out of the sidebar, folder lists and previous/next links. */
	hidden?: boolean;
	/** Starlight's `sidebar.badge`, as text. */
	badge?: string;
	/** The language of its text: the default language's for a guide shown untranslated. */
	language: string;
}

export interface GuideNode {
	key: string;
	/** The page at this address: a guide, or a folder's index page. */
	page: GuidePage | undefined;
	title: string;
	label: string;
	/** Whether guides sit under it (it is a folder), whatever its own page is. */
	isFolder: boolean;
	parent: GuideNode | undefined;
	/** Its visible children, in order (guideOrder). */
	children: GuideNode[];
	/** Its place among its parent's visible children; -1 when hidden. */
	position: number;
	/** Visible guides under it at any depth, folders' index pages not counted. */
	guideCount: number;
	/** Its own order, or a folder's from what it holds (folderOrder). */
	order: number | undefined;
	hidden: boolean;
}

export interface GuideTree {
	language: string;
	/** The top of `content/docs/`: its children are the top-level folders and guides. */
	root: GuideNode;
	get(key: string): GuideNode | undefined;
}

export function buildGuideTree(pages: readonly GuidePage[], language: string): GuideTree {
	const nodes = new Map<string, GuideNode>();
	const nodeAt = (key: string): GuideNode => {
		let node = nodes.get(key);
		if (!node) {
			const name = key.slice(key.lastIndexOf('/') + 1);
			node = {
				key,
				page: undefined,
				title: folderTitle(name),
				label: folderTitle(name),
				isFolder: false,
				parent: undefined,
				children: [],
				position: -1,
				guideCount: 0,
				order: undefined,
				hidden: false,
			};
			nodes.set(key, node);
		}
		return node;
	};
	const root = nodeAt('');
	root.isFolder = true;
	for (const page of pages) {
		// Starlight gives content/docs/index.md the address of the site's home, which is Memoria's own.
		if (page.key === '') continue;
		const node = nodeAt(page.key);
		Object.assign(node, { page, title: page.title, label: page.label, hidden: page.hidden === true });
		for (const folder of folderPathsOf(page.key)) nodeAt(folder).isFolder = true;
	}
	for (const node of nodes.values()) {
		if (node === root) continue;
		const parentKey = node.key.includes('/') ? node.key.slice(0, node.key.lastIndexOf('/')) : '';
		node.parent = nodeAt(parentKey);
		node.parent.children.push(node);
	}
	settle(root, guideOrder(language));
	return { language, root, get: (key) => nodes.get(key) };
}

/** Orders a folder's children, deepest first (a folder's order may come from inside it), and counts its guides. */
function settle(node: GuideNode, compare: ReturnType<typeof guideOrder>): void {
	for (const child of node.children) settle(child, compare);
	// A hidden page or folder stays reachable by its address and its breadcrumbs, but no list shows it.
	node.children = node.children.filter((child) => !child.hidden).sort(compare);
	for (const [i, child] of node.children.entries()) child.position = i;
	node.order = node.isFolder
		? folderOrder(
				node.page?.order,
				node.children.map((child) => child.order)
			)
		: node.page?.order;
	node.guideCount = node.children.reduce((count, child) => count + (child.isFolder ? child.guideCount : 1), 0);
}

/** The folders above a node and the node itself, outermost first: what its breadcrumbs show after Home. */
export function trailOf(node: GuideNode): GuideNode[] {
	const trail: GuideNode[] = [];
	for (let at: GuideNode | undefined = node; at && at.key !== ''; at = at.parent) trail.unshift(at);
	return trail;
}

/** The visible neighbours of a node in its folder's order: its previous and next links. */
export function neighboursOf(node: GuideNode): { previous?: GuideNode | undefined; next?: GuideNode | undefined } {
	const siblings = node.parent?.children ?? [];
	if (node.position < 0) return {};
	return { previous: siblings[node.position - 1], next: siblings[node.position + 1] };
}
