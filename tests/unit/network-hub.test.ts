/**
 * A network's hub, module by module (issue 23): the mirror read as untrusted input
 * (src/network/mirror.ts), its maps (network.ts), a member's body made inert (copy-body.ts) with
 * its links led to the hub's copies (copy-links.ts), and a merged member's search result led to
 * the hub's copy in the browser (src/search/browser/pagefind/network-results.ts).
 */
import { cpSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { copyBodyHtml } from '../../src/network/copy-body';
import { copyLinkResolver } from '../../src/network/copy-links';
import { readMirror } from '../../src/network/mirror';
import { buildNetwork, themeKey } from '../../src/network/network';
import { networkBaseUrl, networkResult, type NetworkSearch } from '../../src/search/browser/pagefind/network-results';
import { createLocales } from '../../src/site/locales';
import { createUrlBuilder } from '../../src/site/urls';
import { fixtureRoot, hostileBodies, refreshManifest } from '../support/network-hub';
import { tempFolder } from './support/temp-folder';

const config = parseSiteConfig({
	organisation: 'Hub',
	languages: ['en', 'es'],
	defaultLanguage: 'en',
	network: {
		members: [
			{ id: 'river-collective', url: 'https://river.example.org/' },
			{ id: 'colectivo-sur', url: 'https://sur.example.org/memoria/' },
			{ id: 'radio-lagos', path: 'incoming/radio-lagos.zip' },
		],
	},
});
const locales = createLocales(config);
const urls = createUrlBuilder(locales, '/');

let site: ReturnType<typeof tempFolder>;
beforeEach(() => {
	site = tempFolder('memoria-hub-');
	cpSync(join(fixtureRoot, 'network'), join(site.root, 'network'), { recursive: true });
});
afterEach(() => site.remove());

const member = (id: string) => join(site.root, 'network', id);
const editJson = (path: string, edit: (data: Record<string, unknown>) => void, refresh = true) => {
	const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	edit(data);
	writeFileSync(path, JSON.stringify(data));
	if (refresh && !path.endsWith('memoria.json')) refreshManifest(join(path, '..', path.includes('/data/') ? '..' : ''));
};
const read = () => readMirror(site.root, config, '1.6.0');
const problem = () => {
	try {
		read();
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error';
};

describe('the mirror, read at build time', () => {
	it('reads every member of the configuration, in its order, and one never pulled as such', () => {
		const mirrored = read();
		expect(mirrored.map((m) => [m.id, [...(m.copy?.exports.keys() ?? [])].sort()])).toEqual([
			['river-collective', ['en', 'es']],
			['colectivo-sur', ['en', 'es']],
			['radio-lagos', ['en']],
		]);
		site.remove();
		site = tempFolder('memoria-hub-');
		expect(read().every((m) => m.copy === undefined)).toBe(true);
	});

	it('refuses an export changed after the pull, naming the member, the file and the problem', () => {
		const file = join(member('colectivo-sur'), 'data/memory.es.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('deciden', 'no deciden'));
		expect(problem()).toMatch(/\[memoria:network-mirror-invalid\] colectivo-sur\/data\/memory\.es\.json: .*"colectivo-sur".*changed after the pull/);
	});

	it('refuses an entry whose path or id tries to leave the mirror', () => {
		for (const [field, value] of [
			['path', '../../escape/'],
			['id', '../etc/passwd'],
			['path', '/absolute/'],
			['path', 'a\\..\\b/'],
		] as const) {
			const file = join(member('colectivo-sur'), 'data/memory.es.json');
			editJson(file, (data) => {
				(data.learnings as Record<string, unknown>[])[0]![field] = value;
			});
			expect(problem(), `${field}: ${value}`).toMatch(/network-mirror-invalid.*memory\.es\.json.*learnings\.0\.(path|id)/);
			cpSync(join(fixtureRoot, 'network'), join(site.root, 'network'), { recursive: true });
		}
	});

	it('refuses a file that is a link, which could lead out of the mirror', () => {
		const file = join(member('radio-lagos'), 'data/memory.en.json');
		renameSync(file, join(site.root, 'elsewhere.json'));
		symlinkSync(join(site.root, 'elsewhere.json'), file);
		expect(problem()).toMatch(/network-mirror-invalid.*radio-lagos\/data\/memory\.en\.json: the path "data\/memory\.en\.json" leads outside/);
	});

	it('refuses a manifest that lists an export elsewhere than where every member writes it', () => {
		editJson(join(member('river-collective'), 'memoria.json'), (data) => {
			(data.exports as { path: string }[])[0]!.path = '../colectivo-sur/data/memory.en.json';
		});
		expect(problem()).toContain('river-collective/memoria.json');
	});

	it('publishes nothing of a member that no longer consents: copies not allowed, or leaving', () => {
		editJson(join(member('radio-lagos'), 'memoria.json'), (data) => {
			data.copies = { allowed: true, leaving: true };
		});
		expect(problem()).toMatch(/\[memoria:network-copy-refused\].*"radio-lagos" has asked every hub to remove its copy/);
		editJson(join(member('radio-lagos'), 'memoria.json'), (data) => {
			data.copies = { allowed: false, leaving: false };
		});
		expect(problem()).toMatch(/does not allow copies/);
	});

	it('refuses a pull record of another member, and one that is not JSON', () => {
		editJson(join(member('river-collective'), 'pull.json'), (data) => {
			data.member = 'colectivo-sur';
		});
		expect(problem()).toMatch(/river-collective\/pull\.json.*"colectivo-sur"/);
		writeFileSync(join(member('river-collective'), 'pull.json'), '{ not json');
		expect(problem()).toMatch(/river-collective\/pull\.json: the file is not valid JSON/);
	});

	it('merges a member’s own search only when the hub’s Pagefind made it; otherwise the hub indexes its copies', () => {
		const listed = (data: Record<string, unknown>) => {
			data.search = [{ kind: 'current', path: 'pagefind/', files: [] }];
		};
		editJson(join(member('river-collective'), 'memoria.json'), listed);
		expect(read()[0]!.copy!.search).toBe('merged');
		expect(readMirror(site.root, config, '1.7.0')[0]!.copy!.search).toBe('hub-indexed');
		expect(read()[2]!.copy!.search).toBe('hub-indexed');
	});
});

describe('the network’s maps', () => {
	const network = () => buildNetwork(read(), 'Hub', locales, urls);

	it('shows a member in each hub language from its export in that language, or from its default one', () => {
		const hub = network();
		expect(hub.view('colectivo-sur', 'es')!.byPath.get('aprendizajes/asambleas/')?.href).toBe('/es/red/colectivo-sur/aprendizajes/asambleas/');
		expect(hub.view('colectivo-sur', 'en')!.byPath.get('learnings/asambleas/')?.href).toBe('/network/colectivo-sur/learnings/asambleas/');
		const english = hub.view('radio-lagos', 'es')!;
		expect(english.exportLanguage).toBe('en');
		expect(english.entries[0]!.href).toBe('/es/red/radio-lagos/learnings/night-broadcasts/');
	});

	it('meets themes across members by name, and countries through projects', () => {
		const hub = network();
		expect(themeKey('Participación')).toBe('participacion');
		expect(hub.theme('en', 'participation')!.members).toEqual(['river-collective', 'colectivo-sur', 'radio-lagos']);
		// In Spanish, the English-only member's theme keeps its English name, and meets nobody's.
		expect(hub.theme('es', 'participacion')!.members).toEqual(['river-collective', 'colectivo-sur']);
		expect(hub.country('en', 'BO')!.entries.map((e) => e.id)).toEqual(['radio-comunitaria', 'asambleas']);
		expect(hub.country('en', 'BO')!.members.map((m) => m.id)).toEqual(['colectivo-sur']);
	});

	it('refuses a member id that is the address of a view of the network', () => {
		const reserved = parseSiteConfig({ ...config, network: { members: [{ id: 'temas', path: 'x' }] } });
		expect(() => buildNetwork(readMirror(site.root, reserved, '1.6.0'), 'Hub', locales, urls)).toThrow(/network-member-id-reserved.*"temas".*\/red\/temas\//);
	});

	it('refuses two entries of one member at the same path', () => {
		const file = join(member('colectivo-sur'), 'data/memory.es.json');
		editJson(file, (data) => {
			(data.projects as Record<string, unknown>[])[0]!.path = 'aprendizajes/asambleas/';
		});
		expect(() => network()).toThrow(/colectivo-sur\/data\/memory\.es\.json.*two entries have the path "aprendizajes\/asambleas\/"/);
	});
});

describe('a member’s body on the hub', () => {
	const inert = { link: () => undefined, image: (alt: string) => `Image: ${alt}`, imageLink: undefined };

	it.each(hostileBodies)('$name becomes inert', ({ body, absent, shown }) => {
		const html = copyBodyHtml(body, inert);
		for (const text of absent) expect(html).not.toContain(text);
		if (shown) expect(html).toContain(shown);
		expect(html).not.toMatch(/<(img|iframe|script|style|object|embed|svg|form|button|textarea|select|link|meta|base)\b/i);
		expect(html).not.toMatch(/\son[a-z]+=/i);
	});

	it('keeps Markdown’s own structure, and asides’ text as a quotation', () => {
		const html = copyBodyHtml('## Part\n\n- one\n- [x] done\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n:::note\nKeep **this**\n:::\n\n```js\ncode()\n```\n', inert);
		expect(html).toContain('<h2>Part</h2>');
		expect(html).toContain('<input type="checkbox" checked disabled>');
		expect(html).toContain('<td>1</td>');
		expect(html).toContain('<blockquote>\n<p>Keep <strong>this</strong></p>\n</blockquote>');
		expect(html).toContain('<code class="language-js">');
	});

	it('keeps footnotes’ text under a heading in the page’s language, without links to ids the hub does not keep', () => {
		const html = copyBodyHtml('Said[^1].\n\n[^1]: In the assembly.\n', { ...inert, footnotes: 'Notas' });
		expect(html).toContain('<h2>Notas</h2>');
		expect(html).toContain('In the assembly.');
		expect(html).not.toContain('href');
		expect(html).not.toContain('↩');
	});

	it('moves headings down a level when the body has its own level-1 heading: the title is the page’s one h1', () => {
		expect(copyBodyHtml('# One\n\n## Two\n\n###### Six', inert)).toBe('<h2>One</h2>\n<h3>Two</h3>\n<h6>Six</h6>');
	});

	it('shows an image as its text, linked to the original page when there is one', () => {
		expect(copyBodyHtml('![A map](https://tracker.example/x.png)', { ...inert, imageLink: 'https://member.example/page/' })).toBe(
			'<p><a href="https://member.example/page/">Image: A map</a></p>'
		);
		expect(copyBodyHtml('![A map](x.png)', inert)).toBe('<p>Image: A map</p>');
	});
});

describe('a member’s links on the hub', () => {
	const hub = () => buildNetwork(read(), 'Hub', locales, urls);
	const resolver = (id: string, language: string, path: string) => {
		const network = hub();
		const view = network.view(id, language)!;
		return copyLinkResolver(network.member(id)!, view, view.byPath.get(path)!, (l, p) => {
			const other = network.view(id, l);
			return other?.exportLanguage === l ? other.byPath.get(p) : undefined;
		});
	};

	it('leads relative links, links from the member’s root and full links to its pages to the hub’s copies', () => {
		const link = resolver('colectivo-sur', 'es', 'aprendizajes/asambleas/');
		expect(link('../../proyectos/radio-comunitaria/')).toBe('/es/red/colectivo-sur/proyectos/radio-comunitaria/');
		expect(link('/memoria/proyectos/radio-comunitaria/')).toBe('/es/red/colectivo-sur/proyectos/radio-comunitaria/');
		expect(link('https://sur.example.org/memoria/proyectos/radio-comunitaria/#why')).toBe('/es/red/colectivo-sur/proyectos/radio-comunitaria/');
		// Another language of the member, which the hub has too.
		expect(link('/memoria/en/learnings/asambleas/')).toBe('/network/colectivo-sur/learnings/asambleas/');
	});

	it('leads a member’s page the hub has no copy of to the original, or keeps only the text when the member has no address', () => {
		expect(resolver('colectivo-sur', 'es', 'aprendizajes/asambleas/')('../../guides/radio/')).toBe('https://sur.example.org/memoria/guides/radio/');
		expect(resolver('radio-lagos', 'en', 'learnings/night-broadcasts/')('../../guides/radio/')).toBeUndefined();
	});

	it('keeps http(s) and mailto links elsewhere, and no other scheme nor a link to a place in the page', () => {
		const link = resolver('river-collective', 'en', 'learnings/listen-first/');
		expect(link('https://partners.example.net/a?b=c')).toBe('https://partners.example.net/a?b=c');
		expect(link('mailto:team@river.example.org')).toBe('mailto:team@river.example.org');
		for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '#part', '']) {
			expect(link(href), href).toBeUndefined();
		}
	});
});

describe('a merged member’s search result', () => {
	const network: NetworkSearch = {
		members: [
			{
				id: 'colectivo-sur',
				name: 'Colectivo Sur',
				bundle: '/memoria/network-search/colectivo-sur/pagefind/',
				retired: null,
				original: 'https://sur.example.org/memoria/',
				targets: [
					{ hub: 'en', index: 'en', prefix: 'en/', copies: '/memoria/network/colectivo-sur/', retired: false },
					{ hub: 'es', index: 'es', prefix: '', copies: '/memoria/es/red/colectivo-sur/', retired: false },
				],
			},
		],
	};
	const result = (hub: string, page: string, hasType = true) =>
		networkResult(`${networkBaseUrl('/memoria/', 'colectivo-sur', hub)}${page}`, hasType, network, '/memoria/');

	it('opens the hub’s copy in the language searched, without the member’s language prefix', () => {
		expect(result('en', 'en/learnings/asambleas/')).toEqual({ url: '/memoria/network/colectivo-sur/learnings/asambleas/', language: 'en' });
		expect(result('es', 'aprendizajes/asambleas/')).toEqual({ url: '/memoria/es/red/colectivo-sur/aprendizajes/asambleas/', language: 'es' });
	});

	it('opens a member’s page the hub has no copy of (no type: a guide) at the original', () => {
		expect(result('en', 'en/guides/radio/', false)).toEqual({ url: 'https://sur.example.org/memoria/en/guides/radio/', language: 'en' });
	});

	it('leaves the hub’s own results alone', () => {
		expect(networkResult('/memoria/learnings/x/', true, network, '/memoria/')).toBeUndefined();
		expect(networkResult('/memoria/network-search/unknown/@en/x/', true, network, '/memoria/')).toBeUndefined();
	});
});
