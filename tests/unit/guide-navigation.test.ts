import { describe, expect, it } from 'vitest';
import { buildGuideTree, type GuidePage } from '../../src/model/guides/guide-tree';
import { guideBreadcrumbs } from '../../src/site/guide-breadcrumbs';
import { folderListOf } from '../../src/site/guide-folder-list';
import { guidePagination } from '../../src/site/guide-pagination';
import { guideSidebar, type SidebarEntry } from '../../src/site/guide-sidebar';

const page = (key: string, title: string, fields: Partial<GuidePage> = {}): GuidePage => ({ key, title, label: title, language: 'es', ...fields });
// The Spanish tree of a site whose Two-factor guide is not translated yet.
const tree = buildGuideTree(
	[
		page('handbook', 'Manual', { description: 'Cómo trabajamos.' }),
		page('handbook/security/passwords', 'Contraseñas', { order: 1, description: 'Usa un gestor.' }),
		page('handbook/security/two-factor', 'Two-factor login', { order: 2, language: 'en' }),
		page('handbook/security/network/vpn', 'VPN'),
		page('handbook/onboarding', 'Bienvenida', { order: 2, label: 'Primeros días' }),
		page('guides/writing', 'Redacción'),
	],
	'es'
);
const href = (key: string) => `/es/${key}/`;

/** The sidebar as nested lists of hrefs, a current page starred, a folder above it with ">". */
function outline(entries: SidebarEntry[]): unknown[] {
	return entries.map((entry) => {
		if (entry.type !== 'link') return entry.label;
		const mark = entry.isCurrent ? '*' : entry.attrs['data-memoria-section'] === 'current' ? '>' : '';
		return 'children' in entry ? [`${mark}${entry.href}`, outline(entry.children)] : `${mark}${entry.href}`;
	});
}

describe('the guides’ part of the sidebar', () => {
	it('shows only the top-level folders on a page that is not a guide', () => {
		expect(outline(guideSidebar(tree, undefined, href))).toEqual(['/es/handbook/', '/es/guides/']);
	});

	it('opens the folders above the current guide and nothing else: other folders stay one link', () => {
		expect(outline(guideSidebar(tree, tree.get('handbook/security/passwords'), href))).toEqual([
			[
				'>/es/handbook/',
				[
					['>/es/handbook/security/', ['*/es/handbook/security/passwords/', '/es/handbook/security/two-factor/', '/es/handbook/security/network/']],
					'/es/handbook/onboarding/',
				],
			],
			'/es/guides/',
		]);
	});

	it('opens a folder whose index page is the current page', () => {
		expect(outline(guideSidebar(tree, tree.get('guides'), href))).toEqual(['/es/handbook/', ['*/es/guides/', ['/es/guides/writing/']]]);
	});

	it('labels links with the sidebar label, and marks an untranslated guide’s title with its language', () => {
		const [handbook] = guideSidebar(tree, tree.get('handbook/onboarding'), href);
		const links = (handbook as { children: SidebarEntry[] }).children;
		expect(links.map((link) => link.label)).toEqual(['Security', 'Primeros días']);
		const security = guideSidebar(tree, tree.get('handbook/security/two-factor'), href)[0] as { children: { children: SidebarEntry[] }[] };
		const twoFactor = security.children[0]!.children[1]!;
		expect(twoFactor.type === 'link' && twoFactor.attrs.lang).toBe('en');
	});
});

describe('breadcrumbs', () => {
	it('lead from Home through each folder to the page, every step a link', () => {
		const crumbs = guideBreadcrumbs(tree.get('handbook/security/two-factor')!, tree, href, { label: 'Inicio', href: '/es/' });
		expect(crumbs).toEqual([
			{ label: 'Inicio', href: '/es/' },
			{ label: 'Manual', href: '/es/handbook/' },
			{ label: 'Security', href: '/es/handbook/security/' },
			{ label: 'Two-factor login', href: '/es/handbook/security/two-factor/', lang: 'en' },
		]);
	});
});

describe('a folder’s index page', () => {
	it('lists its pages and sub-folders in order, with descriptions and how many guides a sub-folder holds', () => {
		expect(folderListOf(tree.get('handbook')!, tree, href)).toEqual([
			{ label: 'Security', href: '/es/handbook/security/', guideCount: 3 },
			{ label: 'Bienvenida', href: '/es/handbook/onboarding/' },
		]);
		expect(folderListOf(tree.get('handbook/security')!, tree, href)[0]).toEqual({
			label: 'Contraseñas',
			href: '/es/handbook/security/passwords/',
			description: 'Usa un gestor.',
		});
	});
});

describe('previous and next links', () => {
	const passwords = tree.get('handbook/security/passwords')!;
	const twoFactor = tree.get('handbook/security/two-factor')!;

	it('follow the folder’s order and stop at its ends', () => {
		expect(guidePagination(passwords, tree, href)).toEqual({ next: { label: 'Two-factor login', href: '/es/handbook/security/two-factor/', lang: 'en' } });
		expect(guidePagination(twoFactor, tree, href)).toEqual({
			prev: { label: 'Contraseñas', href: '/es/handbook/security/passwords/' },
			next: { label: 'Network', href: '/es/handbook/security/network/' },
		});
		expect(guidePagination(tree.get('handbook/security/network/vpn')!, tree, href)).toEqual({});
	});

	it('follow Starlight’s prev and next fields: off, another label, another address', () => {
		expect(guidePagination(twoFactor, tree, href, { prev: false, next: 'Más' })).toEqual({ next: { label: 'Más', href: '/es/handbook/security/network/' } });
		expect(guidePagination(passwords, tree, href, { prev: { link: '/es/', label: 'Inicio' } }).prev).toEqual({ label: 'Inicio', href: '/es/' });
	});

	it('never link to an unsafe address a frontmatter gives', () => {
		expect(guidePagination(passwords, tree, href, { prev: { link: 'javascript:alert(1)', label: 'x' } }).prev).toBeUndefined();
	});
});
