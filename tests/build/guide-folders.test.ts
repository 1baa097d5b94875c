import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, dom, type FixtureBuild } from './support/fixture';

/**
 * Guides in nested folders, in English and Spanish (tests/fixtures/guide-folders): each folder is
 * a section with an index page in every language, guides have breadcrumbs and previous/next
 * links within their folder, and the sidebar opens only the current guide's folders.
 *
 * content/docs/
 *   handbook/index.md (+ es)            Handbook · Manual, with an intro
 *   handbook/onboarding.md (+ es)       order 2
 *   handbook/security/                  no index.md
 *     passwords.md (+ es)               order 1
 *     two-factor.md                     order 2, English only
 *     zebra.md                          "Audits", English only
 *     backups.md (+ es "Respaldos")
 *     hidden-notes.md                   sidebar.hidden
 *     network/vpn.md, network/wifi.md   English only
 *   handbook/Data Protection/retention.md
 *   guides/writing.md (+ es), guides/style.md (with a hero)
 */
let site: FixtureBuild;
beforeAll(async () => {
	site = await buildFixture('guide-folders');
	if (site.status !== 0) throw new Error(`The guide-folders fixture did not build:\n${site.output}`);
});

const page = (path: string) => dom(site.page(path));
const hrefs = (root: ReturnType<typeof page>, selector: string) => root.querySelectorAll(selector).map((a) => a.getAttribute('href'));
const folderList = (path: string) => hrefs(page(path), 'main .memoria-guide-folder li > a');
const sidebarLinks = (path: string) => hrefs(page(path), '#starlight__sidebar a');

describe('a folder of guides', () => {
	it.each([
		['/handbook/security/', 'Security'],
		['/es/handbook/security/', 'Security'],
		['/handbook/security/network/', 'Network'],
		['/es/handbook/security/network/', 'Network'],
		['/handbook/data-protection/', 'Data Protection'],
		// The folder `memoria new` writes guides into is named by Memoria: its word in each language.
		['/guides/', 'Guides'],
		['/es/guides/', 'Guías'],
	])('has an index page at its own address, %s, titled after the folder (%s) when it has no index.md', (path, title) => {
		expect(page(path).querySelector('main h1')!.text).toBe(title);
		expect(page(path).querySelector('html')!.getAttribute('lang')).toBe(path.startsWith('/es/') ? 'es' : 'en');
	});

	it('lists its guides and sub-folders in order: `sidebar.order` first, then by title (not file name)', () => {
		expect(folderList('/handbook/security/')).toEqual([
			'/handbook/security/passwords/',
			'/handbook/security/two-factor/',
			'/handbook/security/zebra/',
			'/handbook/security/backups/',
			'/handbook/security/network/',
		]);
	});

	it('lists in Spanish by the Spanish titles, an untranslated guide with its English title marked as English', () => {
		expect(folderList('/es/handbook/security/')).toEqual([
			'/es/handbook/security/passwords/',
			'/es/handbook/security/two-factor/',
			'/es/handbook/security/zebra/',
			'/es/handbook/security/network/',
			'/es/handbook/security/backups/',
		]);
		const items = page('/es/handbook/security/').querySelectorAll('main .memoria-guide-folder li');
		expect(items[0]!.querySelector('a')!.text).toBe('Contraseñas');
		expect(items[0]!.querySelector('p')!.text).toBe('Usa un gestor de contraseñas.');
		expect(items[1]!.querySelector('a')!.getAttribute('lang')).toBe('en');
		expect(items[3]!.querySelector('.memoria-badge')!.text).toBe('2 guías');
	});

	it('places a sub-folder by the lowest order inside it, and says how many guides it holds', () => {
		// Security holds Passwords (order 1), so it comes before Onboarding (order 2); Data Protection orders nothing.
		expect(folderList('/handbook/')).toEqual(['/handbook/security/', '/handbook/onboarding/', '/handbook/data-protection/']);
		expect(page('/handbook/').querySelector('main .memoria-guide-folder li .memoria-badge')!.text).toBe('6 guides');
	});

	it('shows the text of its index.md, in each language, before the list instead of replacing it', () => {
		const english = page('/handbook/').querySelector('main .sl-markdown-content')!;
		expect(page('/handbook/').querySelector('main h1')!.text).toBe('Handbook');
		expect(english.querySelector('p')!.text).toContain('How we work.');
		expect(english.innerHTML.indexOf('How we work.')).toBeLessThan(english.innerHTML.indexOf('memoria-guide-folder'));
		expect(page('/es/handbook/').querySelector('main h1')!.text).toBe('Manual');
		expect(page('/es/handbook/').querySelector('main .sl-markdown-content p')!.text).toContain('Cómo trabajamos.');
		expect(page('/es/handbook/').querySelector('main .memoria-guide-folder h2')!.text).toBe('En esta sección');
	});

	it('leaves out a hidden guide, which still has its own page', () => {
		expect(folderList('/handbook/security/')).not.toContain('/handbook/security/hidden-notes/');
		expect(site.exists('/handbook/security/hidden-notes/')).toBe(true);
	});

	it('keeps a generated index page out of the search index: its words are its guides’ titles', () => {
		expect(site.page('/handbook/security/')).not.toContain('data-pagefind-body');
		expect(site.page('/handbook/')).toContain('data-pagefind-body');
		expect(page('/handbook/').querySelector('.memoria-guide-folder')!.getAttribute('data-pagefind-ignore')).not.toBeUndefined();
	});
});

describe('breadcrumbs', () => {
	it('lead from Home through each folder to the guide, in a named nav landmark, the guide marked as the current page', () => {
		const nav = page('/es/handbook/security/network/vpn/').querySelector('main nav.memoria-breadcrumbs')!;
		expect(nav.getAttribute('aria-label')).toBe('Ruta de navegación');
		const links = nav.querySelectorAll('ol > li > a');
		expect(links.map((a) => [a.text, a.getAttribute('href')])).toEqual([
			['Inicio', '/es/'],
			['Manual', '/es/handbook/'],
			['Security', '/es/handbook/security/'],
			['Network', '/es/handbook/security/network/'],
			['VPN', '/es/handbook/security/network/vpn/'],
		]);
		expect(links.map((a) => a.getAttribute('aria-current') ?? null)).toEqual([null, null, null, null, 'page']);
	});

	it('come before the page title, and a folder’s index page ends with the folder', () => {
		const main = page('/handbook/security/').querySelector('main')!;
		expect(main.innerHTML.indexOf('memoria-breadcrumbs')).toBeLessThan(main.innerHTML.indexOf('<h1'));
		expect(hrefs(main, 'nav.memoria-breadcrumbs a')).toEqual(['/', '/handbook/', '/handbook/security/']);
	});

	it('keep the reader’s language on an untranslated guide, whose text is marked as English', () => {
		const nav = page('/es/handbook/security/two-factor/').querySelector('main nav.memoria-breadcrumbs')!;
		expect(nav.getAttribute('lang')).toBe('es');
		expect(nav.querySelector('[aria-current="page"]')!.getAttribute('lang')).toBe('en');
	});

	it('are on a guide with a hero too, above its title', () => {
		const main = page('/guides/style/').querySelector('main')!;
		expect(hrefs(main, 'nav.memoria-breadcrumbs a')).toEqual(['/', '/guides/', '/guides/style/']);
		expect(main.innerHTML.indexOf('memoria-breadcrumbs')).toBeLessThan(main.innerHTML.indexOf('<h1'));
	});

	it('are not on other pages', () => {
		expect(site.page('/es/')).not.toContain('memoria-breadcrumbs');
	});
});

describe('previous and next links', () => {
	const pager = (path: string) =>
		page(path)
			.querySelectorAll('main nav.memoria-guide-pager a')
			.map((a) => `${a.getAttribute('rel')} ${a.getAttribute('href')}`);

	it('follow the folder’s order, in a named nav landmark', () => {
		expect(pager('/handbook/security/two-factor/')).toEqual(['prev /handbook/security/passwords/', 'next /handbook/security/zebra/']);
		expect(pager('/es/handbook/security/zebra/')).toEqual(['prev /es/handbook/security/two-factor/', 'next /es/handbook/security/network/']);
		expect(page('/handbook/security/two-factor/').querySelector('nav.memoria-guide-pager')!.getAttribute('aria-label')).toBe(
			'Previous and next in this section'
		);
	});

	it('stay inside the folder: nothing before its first guide, nothing after its last', () => {
		expect(pager('/handbook/security/passwords/')).toEqual(['next /handbook/security/two-factor/']);
		expect(pager('/handbook/security/network/wifi/')).toEqual(['prev /handbook/security/network/vpn/']);
	});

	it('are not on pages that are not guides', () => {
		expect(site.page('/es/')).not.toContain('memoria-guide-pager');
	});
});

describe('the sidebar', () => {
	it('opens the folders above a guide, listing what each holds, and keeps every other folder one link', () => {
		const links = sidebarLinks('/handbook/security/passwords/');
		expect(links).toEqual(
			expect.arrayContaining([
				'/handbook/',
				'/handbook/security/',
				'/handbook/security/passwords/',
				'/handbook/security/two-factor/',
				'/handbook/security/network/',
				'/handbook/onboarding/',
				'/handbook/data-protection/',
				'/guides/',
			])
		);
		// Closed folders are not in the page at all: no guide under them is.
		expect(links.filter((href) => href!.startsWith('/handbook/security/network/') || href!.startsWith('/handbook/data-protection/'))).toEqual([
			'/handbook/security/network/',
			'/handbook/data-protection/',
		]);
		expect(page('/handbook/security/passwords/').querySelector('#starlight__sidebar a[aria-current="page"]')!.getAttribute('href')).toBe(
			'/handbook/security/passwords/'
		);
	});

	it('of a guide in one top-level folder lists nothing of another', () => {
		expect(sidebarLinks('/guides/writing/').filter((href) => href!.startsWith('/handbook/'))).toEqual(['/handbook/']);
		expect(sidebarLinks('/es/handbook/security/passwords/').filter((href) => href!.startsWith('/es/guides/'))).toEqual(['/es/guides/']);
	});

	it('shows only the top-level folders on a page that is not a guide, after the sections', () => {
		const links = sidebarLinks('/es/');
		expect(links.filter((href) => href!.startsWith('/es/handbook/') || href!.startsWith('/es/guides/'))).toEqual(['/es/handbook/', '/es/guides/']);
		expect(links.indexOf('/es/proyectos/')).toBeLessThan(links.indexOf('/es/handbook/'));
	});

	it('is plain links in nested lists: nothing to open, nothing that needs JavaScript', () => {
		const sidebar = page('/handbook/security/network/vpn/').querySelector('#starlight__sidebar')!;
		const vpn = sidebar.querySelector('a[href="/handbook/security/network/vpn/"]')!;
		// The link sits in the list under Network, under Security, under Handbook.
		const ancestors = [];
		for (let node = vpn.parentNode; node && node !== sidebar; node = node.parentNode) {
			if (node.tagName === 'LI') ancestors.push(node.querySelector('a')!.getAttribute('href'));
		}
		expect(ancestors).toEqual(['/handbook/security/network/vpn/', '/handbook/security/network/', '/handbook/security/', '/handbook/']);
		expect(vpn.closest('details')).toBeNull();
	});
});

describe('untranslated guides', () => {
	it('fall back to the original under the Spanish address, with the notice, as before', () => {
		const html = site.page('/es/handbook/security/two-factor/');
		expect(html).toContain('Esta página aún no está disponible en tu idioma.');
		expect(html).toContain('Turn it on everywhere.');
	});
});

describe('what guides’ pages load', () => {
	it('links the guides’ stylesheet only from guides’ pages', () => {
		const stylesheets = (path: string) => hrefs(page(path), 'link[rel="stylesheet"]').join(' ');
		expect(stylesheets('/handbook/security/passwords/')).toMatch(/guides\.[\w-]+\.css/);
		expect(stylesheets('/es/')).not.toMatch(/guides\.[\w-]+\.css/);
	});
});
