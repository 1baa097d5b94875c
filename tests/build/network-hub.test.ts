/**
 * A network's hub (issue 23, points 3 to 5), built from tests/fixtures/network-hub: three members
 * in its mirror (English-first, Spanish-first, and an offline archive the hub indexes itself),
 * the first two with their own search bundles, and a table of hostile bodies added to the
 * Spanish-first member (tests/support/network-hub.ts). The hub has no entries of its own.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/context';
import { hostileBodies, hostileTitle, hubName, members } from '../support/network-hub';
import { builtSite, dom, htmlLang, type FixtureBuild } from './support/fixture';
import { offlineArchive } from './support/offline';
import { buildSite, copyFixture, removeSite } from './support/temp-site';

let hub: FixtureBuild;
beforeAll(() => {
	hub = builtSite(inject('networkHubRoot'));
});

const main = (path: string) => dom(hub.page(path)).querySelector('main')!;
const memoryFilter = (path: string) => dom(hub.page(path)).querySelector('meta[data-pagefind-filter="memory[content]"]')?.getAttribute('content');
/** The "From the memory of" filter a copy carries in its search data. */
const copyMemory = (path: string) =>
	dom(hub.page(path))
		.querySelectorAll('[data-pagefind-filter^="memory:"]')
		.map((span) => span.getAttribute('data-pagefind-filter'));

/** Each member's learning, by language: its copy on the hub and the language of its text. */
const copies = [
	{
		member: members.english,
		en: '/network/river-collective/learnings/listen-first/',
		es: '/es/red/river-collective/aprendizajes/listen-first/',
		text: { en: 'en', es: 'es' },
	},
	{
		member: members.spanish,
		en: '/network/colectivo-sur/learnings/asambleas/',
		es: '/es/red/colectivo-sur/aprendizajes/asambleas/',
		text: { en: 'en', es: 'es' },
	},
	// English only: the Spanish page of the hub shows the English text, marked as such.
	{
		member: members.archive,
		en: '/network/radio-lagos/learnings/night-broadcasts/',
		es: '/es/red/radio-lagos/learnings/night-broadcasts/',
		text: { en: 'en', es: 'en' },
	},
] as const;

describe('a network hub with no content of its own', () => {
	it('builds', () => {
		expect(hub.status, hub.output).toBe(0);
	});

	it('has its network pages in both languages, through the route table’s words', () => {
		for (const path of [
			'/network/',
			'/es/red/',
			'/network/themes/',
			'/es/red/temas/',
			'/network/countries/',
			'/es/red/paises/',
			'/network/what-we-learned/',
			'/es/red/lo-que-aprendimos/',
			'/network/themes/participation/',
			'/es/red/temas/participacion/',
			'/network/countries/bo/',
			'/network/what-we-learned/participation/',
			'/es/red/lo-que-aprendimos/participacion/',
			...Object.values(members).flatMap((m) => [`/network/${m.id}/`, `/es/red/${m.id}/`]),
		]) {
			expect(hub.exists(path), path).toBe(true);
			expect(htmlLang(hub.page(path)), path).toBe(path.startsWith('/es/') ? 'es' : 'en');
		}
	});

	it('links the network from every page’s sidebar', () => {
		for (const [path, href] of [
			['/', '/network/'],
			['/es/', '/es/red/'],
			['/guides/about-the-hub/', '/network/'],
		] as const) {
			expect(dom(hub.page(path)).querySelector(`nav a[href="${href}"]`), path).not.toBeNull();
		}
	});

	it('lists the members with country, entries, licence, the day of the copy and whether the original answered', () => {
		const en = main('/network/').text.replace(/\s+/g, ' ');
		expect(en).toContain('River Collective');
		expect(en).toContain('Peru');
		expect(en).toContain('CC-BY-4.0');
		expect(en).toContain('December 1, 2026');
		expect(en).toContain('The original answered, December 1, 2026.');
		// Colectivo Sur did not answer its last pull: its last good copy is shown, and said to be.
		expect(en).toContain(
			'The original did not answer, December 1, 2026: this is the last good copy. https://sur.example.org/memoria/memoria.json did not answer within 30 seconds.'
		);
		expect(en).toContain('Radio Lagos Community');
		expect(en).toContain('No licence stated');
		expect(en).toContain('no public address');
		const es = main('/es/red/').text.replace(/\s+/g, ' ');
		expect(es).toContain('Perú');
		expect(es).toContain('2 entradas');
		expect(es).toContain('El original no respondió el 1 de diciembre de 2026: esta es la última copia buena.');
	});

	it('shows each member’s copies in both languages, with attribution, licence, the original and the language of the text', () => {
		for (const copy of copies) {
			for (const language of ['en', 'es'] as const) {
				const page = main(copy[language]);
				const source = page.querySelector('.memoria-network-source')!;
				expect(source.text, copy[language]).toContain(copy.member.name);
				expect(
					source.querySelector(`a[href="${language === 'en' ? '' : '/es/red'}${language === 'en' ? '/network' : ''}/${copy.member.id}/"]`),
					copy[language]
				).not.toBeNull();
				const text = copy.text[language];
				expect(page.querySelector('.memoria-network-copy')?.getAttribute('lang') ?? language, copy[language]).toBe(text);
			}
		}
		const river = main('/network/river-collective/learnings/listen-first/');
		expect(river.querySelector('a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(river.querySelector('a[href="https://river.example.org/learnings/listen-first/"]')?.text).toBe('Read the original');
		expect(river.text).toContain('copied on December 1, 2026');
		// The Spanish page of an English-only member says which language the copy is in.
		expect(main('/es/red/radio-lagos/learnings/night-broadcasts/').text).toContain('Esta copia está en English.');
	});

	it('leads a member’s own links to the hub’s copies, or to the original, and shows an image as its text linked to the original', () => {
		const river = main('/network/river-collective/learnings/listen-first/');
		expect(river.querySelector('.memoria-network-body a[href="/network/river-collective/projects/river-maps/"]')?.text).toBe('the project');
		const image = river.querySelector('.memoria-network-body a[href="https://river.example.org/learnings/listen-first/"]');
		expect(image?.text).toBe('Image: A hand-drawn map of the river');
		// From the member's root, and across its languages: "/memoria/en/…" on the Spanish-first member.
		const sur = main('/es/red/colectivo-sur/aprendizajes/asambleas/');
		expect(sur.querySelector('.memoria-network-body a[href="/es/red/colectivo-sur/proyectos/radio-comunitaria/"]')).not.toBeNull();
		expect(sur.querySelector('.memoria-network-body a[href="/network/colectivo-sur/learnings/asambleas/"]')).not.toBeNull();
		// The fields, as text, and references to the member's other entries as links to their copies.
		expect(river.querySelector('.memoria-facts a[href="/network/river-collective/projects/river-maps/"]')?.text).toBe('River maps');
		expect(river.querySelector('.memoria-facts')?.text).toContain('Ask the people who live by the river');
	});

	it('gathers the members by theme, country and lesson', () => {
		const theme = main('/network/themes/participation/');
		for (const member of Object.values(members)) expect(theme.querySelector(`#member-${member.id}`), member.id).not.toBeNull();
		const learned = dom(hub.page('/network/what-we-learned/participation/'));
		expect(learned.querySelector('h1')?.text).toBe('What 3 organisations learned about Participation');
		expect(learned.querySelector('main')!.text).toContain('Take the questions to the assembly before running surveys.');
		const country = main('/network/countries/bo/');
		expect(country.text).toContain('Colectivo Sur');
		expect(country.querySelector('a[href="/network/colectivo-sur/projects/radio-comunitaria/"]')).not.toBeNull();
	});
});

describe('a member’s hostile body on the hub', () => {
	it.each(hostileBodies.map((item, index) => ({ ...item, index: index + 1 })))('$name renders inert, in both languages', ({ index, absent, shown }) => {
		for (const path of [`/es/red/colectivo-sur/aprendizajes/hostil-${index}/`, `/network/colectivo-sur/learnings/hostil-${index}/`]) {
			const html = hub.page(path);
			const body = dom(html).querySelector('.memoria-network-body')!;
			for (const text of absent) expect(body.innerHTML, `${path}: ${text}`).not.toContain(text);
			// Nowhere in the page, as a browser parses it: no script with the injected code, no event attribute.
			const page = dom(html);
			expect(
				page.querySelectorAll('script').filter((script) => script.text.includes('__pwned')),
				path
			).toEqual([]);
			expect(
				page.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name))),
				path
			).toEqual([]);
			if (shown) expect(body.text, path).toContain(shown);
			expect(body.querySelectorAll('img, iframe, script, style, object, embed, svg, form, input:not([type=checkbox])'), path).toEqual([]);
			for (const element of body.querySelectorAll('*')) {
				for (const name of Object.keys(element.attributes))
					expect(['href', 'class', 'type', 'checked', 'disabled', 'start', 'align'], `${path}: ${name}`).toContain(name);
				const href = element.getAttribute('href');
				if (href !== undefined) expect(href, path).toMatch(/^(https?:\/\/|mailto:|\/)/);
			}
		}
	});

	it('shows a title, summary and field that are HTML as text', () => {
		const page = dom(hub.page('/es/red/colectivo-sur/aprendizajes/hostil-1/'));
		expect(page.querySelector('h1')?.text).toBe(hostileTitle);
		expect(page.querySelector('.memoria-lead')?.text).toBe('<script>window.__pwned="summary"</script>');
		expect(hub.page('/es/red/colectivo-sur/aprendizajes/hostil-1/')).not.toContain('<b onmouseover');
	});

	it('keeps every page’s policy: no image, frame or script of elsewhere can load', () => {
		for (const file of hub.files().filter((f) => f.endsWith('.html') && !f.startsWith('network-search/'))) {
			const html = readFileSync(join(hub.dist, file), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			expect(policy, file).toContain("default-src 'self'");
			expect(policy, file).toContain("img-src 'self' data:");
			expect(html, file).not.toMatch(/<(img|iframe|script|link)\b[^>]*\b(src|href)="(https?:)?\/\/(?!hub\.example\.org)/);
		}
	});
});

describe('the hub’s search across the network', () => {
	it('copies the merged members’ bundles into the output, index files only, and keeps them out of the offline copy', () => {
		for (const member of [members.english, members.spanish]) {
			expect(hub.exists(`/network-search/${member.id}/pagefind/pagefind-entry.json`), member.id).toBe(true);
			expect(hub.exists(`/network-search/${member.id}/pagefind-retired/pagefind-entry.json`), member.id).toBe(true);
		}
		expect(hub.exists(`/network-search/${members.archive.id}/pagefind/pagefind-entry.json`)).toBe(false);
		const copied = hub.files().filter((f) => f.startsWith('network-search/'));
		expect(copied.filter((f) => !/(\.pf_(meta|index|fragment|filter)|pagefind-entry\.json|members\.json)$/.test(f))).toEqual([]);
		const table = JSON.parse(readFileSync(join(hub.dist, 'network-search/members.json'), 'utf8')) as {
			members: { id: string; name: string; targets: unknown[] }[];
		};
		expect(table.members.map((m) => [m.id, m.name, m.targets.length])).toEqual([
			[members.english.id, members.english.name, 2],
			[members.spanish.id, members.spanish.name, 2],
		]);
		const archive = offlineArchive(hub);
		expect(archive).toBeDefined();
		expect(archive!.files().filter((f) => f.includes('network-search'))).toEqual([]);
	});

	it('marks the hub’s own pages with its name, and the copies it indexes itself with their member’s', () => {
		expect(memoryFilter('/guides/about-the-hub/')).toBe(hubName);
		expect(memoryFilter('/es/guides/about-the-hub/')).toBe(hubName);
		for (const path of ['/network/radio-lagos/learnings/night-broadcasts/', '/es/red/radio-lagos/learnings/night-broadcasts/']) {
			expect(copyMemory(path), path).toEqual([`memory:${members.archive.name}`]);
			expect(memoryFilter(path), path).toBeUndefined();
			expect(hub.page(path), path).toContain('data-pagefind-body');
		}
		// Copies of members whose own bundle is merged stay out of the hub's index: no result twice.
		for (const copy of copies.slice(0, 2)) {
			for (const path of [copy.en, copy.es]) {
				expect(hub.page(path), path).not.toContain('data-pagefind-body');
				expect(memoryFilter(path), path).toBeUndefined();
			}
		}
	});

	it('lets the offline copy search every member’s copies, with whose memory each is from', () => {
		const archive = offlineArchive(hub)!;
		const english = archive.text('_offline/search-index.en.js');
		const spanish = archive.text('_offline/search-index.es.js');
		for (const [index, copy] of [
			[english, copies[0].en],
			[english, copies[1].en],
			[english, copies[2].en],
			[spanish, copies[1].es],
		] as const) {
			expect(index, copy).toContain(`"url":"${copy.slice(1)}index.html"`);
		}
		expect(english).toContain(`"memory":["${members.spanish.name}"]`);
		expect(english).toContain(`"memory":["${hubName}"]`);
	});

	it('offers the filter "From the memory of" on the search page', () => {
		for (const path of ['/search/', '/es/buscar/']) {
			const search = dom(hub.page(path)).querySelector('memoria-search')!;
			expect(JSON.parse(search.getAttribute('data-filter-keys')!)[0], path).toBe('memory');
			expect(JSON.parse(search.getAttribute('data-network')!), path).toEqual({ table: '/network-search/members.json', base: '/' });
		}
	});
});

describe('a mirror edited by hand', () => {
	let root: string;
	let broken: FixtureBuild;
	beforeAll(async () => {
		root = copyFixture('network-hub');
		const file = join(root, 'network/colectivo-sur/data/memory.es.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Las asambleas deciden', 'Las asambleas no deciden'));
		broken = await buildSite(root);
	});
	afterAll(() => {
		if (root) removeSite(root);
	});

	it('stops the build, naming the member, the file and the problem', () => {
		expect(broken.status).toBe(1);
		expect(broken.output).toContain('[memoria:network-mirror-invalid]');
		expect(broken.output).toContain('colectivo-sur/data/memory.es.json');
		expect(broken.output).toContain('it was changed after the pull');
		expect(existsSync(join(root, 'dist'))).toBe(false);
	});
});
