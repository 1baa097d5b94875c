import { describe, expect, it } from 'vitest';
import { folderPathsOf, folderTitle, foldersOf } from '../../src/model/guides/guide-folders';
import { folderOrder, guideOrder } from '../../src/model/guides/guide-order';
import { buildGuideTree, neighboursOf, trailOf, type GuidePage } from '../../src/model/guides/guide-tree';

/** A guide page in English unless told, titled after its key's last word. */
const page = (key: string, fields: Partial<GuidePage> = {}): GuidePage => {
	const title = fields.title ?? key.split('/').at(-1)!;
	return { key, title, label: fields.label ?? title, language: 'en', ...fields };
};
const keys = (nodes: { key: string }[]) => nodes.map((node) => node.key);

describe('guide folders', () => {
	it('are every path above a guide, outermost first', () => {
		expect(folderPathsOf('guides/security/network/vpn')).toEqual(['guides', 'guides/security', 'guides/security/network']);
		expect(folderPathsOf('top-level')).toEqual([]);
		expect([...foldersOf(['a/b/c', 'a/d', 'e'])]).toEqual(['a', 'a/b']);
	});

	it.each([
		['data-protection', 'Data protection'],
		['API_keys', 'API keys'],
		['Data Protection', 'Data Protection'],
		['seguridad', 'Seguridad'],
	])('without an index.md, the folder %j is titled %j', (name, title) => {
		expect(folderTitle(name)).toBe(title);
	});
});

describe('the order of a folder', () => {
	const sorted = (items: { key: string; title: string; order?: number }[], language = 'en') =>
		items
			.map((item) => ({ order: undefined, ...item }))
			.sort(guideOrder(language))
			.map((item) => item.key);

	it('puts ordered items first, lowest first, then the rest by title, not by file name', () => {
		expect(
			sorted([
				{ key: 'zebra', title: 'Audits' },
				{ key: 'backups', title: 'Backups' },
				{ key: 'two-factor', title: 'Two-factor', order: 2 },
				{ key: 'passwords', title: 'Passwords', order: 1 },
			])
		).toEqual(['passwords', 'two-factor', 'zebra', 'backups']);
	});

	it('compares numbers in titles by value, and titles as the reader’s language sorts them', () => {
		expect(
			sorted([
				{ key: 'b', title: 'Step 10' },
				{ key: 'a', title: 'Step 2' },
			])
		).toEqual(['a', 'b']);
		// Spanish collation puts "ñ" after "n"; a byte comparison would put it after "z".
		expect(
			sorted(
				[
					{ key: 'z', title: 'Zona' },
					{ key: 'n', title: 'Ñandú' },
					{ key: 'o', title: 'Oso' },
				],
				'es'
			)
		).toEqual(['n', 'o', 'z']);
	});

	it('places a folder by its index page’s order, else by the lowest order inside it', () => {
		expect(folderOrder(5, [1, 2])).toBe(5);
		expect(folderOrder(undefined, [3, undefined, 2])).toBe(2);
		expect(folderOrder(undefined, [undefined])).toBeUndefined();
	});
});

describe('a guide tree', () => {
	const tree = buildGuideTree(
		[
			page('handbook', { title: 'Handbook' }),
			page('handbook/onboarding', { title: 'Onboarding', order: 2 }),
			page('handbook/security', { title: 'Security' }),
			page('handbook/security/passwords', { title: 'Passwords', order: 1 }),
			page('handbook/security/zebra', { title: 'Audits' }),
			page('handbook/security/backups', { title: 'Backups' }),
			page('handbook/security/hidden', { title: 'Hidden', hidden: true }),
			page('handbook/security/network/vpn', { title: 'VPN' }),
			page('guides/writing', { title: 'Writing' }),
		],
		'en'
	);

	it('lists each folder’s visible pages and sub-folders in order, a folder ordered by what it holds', () => {
		// Security holds Passwords (order 1), so it comes before Onboarding (order 2); guides orders nothing.
		expect(keys(tree.root.children)).toEqual(['handbook', 'guides']);
		expect(keys(tree.get('handbook')!.children)).toEqual(['handbook/security', 'handbook/onboarding']);
		expect(keys(tree.get('handbook/security')!.children)).toEqual([
			'handbook/security/passwords',
			'handbook/security/zebra',
			'handbook/security/backups',
			'handbook/security/network',
		]);
	});

	it('makes a folder of every path that holds a guide, titled after its name when it has no page', () => {
		const network = tree.get('handbook/security/network')!;
		expect(network.isFolder).toBe(true);
		expect(network.page).toBeUndefined();
		expect(network.title).toBe('Network');
		expect(tree.get('handbook/security/passwords')!.isFolder).toBe(false);
	});

	it('counts the visible guides under a folder at any depth, index pages and hidden guides left out', () => {
		expect(tree.get('handbook/security')!.guideCount).toBe(4);
		expect(tree.get('handbook')!.guideCount).toBe(5);
	});

	it('keeps a hidden guide reachable, with its trail, but out of every list', () => {
		const hidden = tree.get('handbook/security/hidden')!;
		expect(keys(trailOf(hidden))).toEqual(['handbook', 'handbook/security', 'handbook/security/hidden']);
		expect(neighboursOf(hidden)).toEqual({});
	});

	it('gives the trail from the top-level folder down to the page', () => {
		expect(keys(trailOf(tree.get('handbook/security/network/vpn')!))).toEqual([
			'handbook',
			'handbook/security',
			'handbook/security/network',
			'handbook/security/network/vpn',
		]);
	});

	it('gives previous and next within the folder only', () => {
		const { previous, next } = neighboursOf(tree.get('handbook/security/zebra')!);
		expect([previous?.key, next?.key]).toEqual(['handbook/security/passwords', 'handbook/security/backups']);
		expect(neighboursOf(tree.get('handbook/security/passwords')!).previous).toBeUndefined();
		// The last page of a folder does not lead into the next folder.
		expect(neighboursOf(tree.get('handbook/security/network/vpn')!)).toEqual({ previous: undefined, next: undefined });
		// A folder's index page moves among its neighbours in the folder above.
		expect(neighboursOf(tree.get('handbook/security/network')!).previous?.key).toBe('handbook/security/backups');
	});

	it('sorts each language by its own titles', () => {
		const spanish = buildGuideTree(
			[page('s/backups', { title: 'Respaldos', language: 'es' }), page('s/network/vpn', { title: 'VPN' }), page('s/zebra', { title: 'Audits' })],
			'es'
		);
		expect(keys(spanish.get('s')!.children)).toEqual(['s/zebra', 's/network', 's/backups']);
	});
});
