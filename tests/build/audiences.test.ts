import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, dom, mainLinks, type FixtureBuild } from './support/fixture';
import { offlineArchive } from './support/offline';

/** Words of internal entries: titles, body sentences, ids, an image name and a theme label. */
const secrets = [
	'Confidential negotiation',
	'Negociación confidencial',
	'delay the report by six weeks',
	'retrasar el informe',
	'confidential-lesson',
	'Clandestine Allies',
	'secret-partner',
	'whistleblower',
	'internal-debrief',
	'Embargoed story',
	'embargoed-story',
	'embargoed-cover',
	'Internal security handbook',
	'internal-handbook',
	'safe-house',
];

/**
 * Words of drafts (`draft: true`), which no build has: a learning, a Spanish translation of a public
 * learning, a guide and an organisation the public project names.
 */
const drafts = [
	'Quince lanterns',
	'Marigold ledgers',
	'barge census',
	'half-written-lesson',
	'Borrador de la lección',
	'censo de barcazas',
	'Faroles de membrillo',
	'Kumquat ferry',
	'draft-guide',
	'Gooseberry Cooperative',
	'draft-partner',
];

let publicSite: FixtureBuild;
let internalSite: FixtureBuild;
beforeAll(async () => {
	publicSite = await buildFixture('audiences');
	internalSite = await buildFixture('audiences', {}, ['--internal']);
	for (const site of [publicSite, internalSite]) if (site.status !== 0) throw new Error(site.output);
});

/** Every output file as text; Pagefind's index files are gzip-compressed, so they are unpacked first. */
function everyFile(site: FixtureBuild): [string, string][] {
	return site.files().map((file) => {
		const bytes = readFileSync(join(site.dist, file));
		let text: string;
		try {
			text = gunzipSync(bytes).toString('latin1') + bytes.toString('latin1');
		} catch {
			text = bytes.toString('utf8');
		}
		return [file, text];
	});
}

describe('the public build', () => {
	it('contains no title, sentence, id or asset of an internal entry in any file, search index included', () => {
		const leaks = everyFile(publicSite).flatMap(([file, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));

		expect(publicSite.files().some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
		expect(leaks).toEqual([]);
	});

	it('makes an offline copy that contains nothing of an internal entry either', () => {
		const copy = offlineArchive(publicSite)!;
		const leaks = Object.entries(copy.entries).flatMap(([name, bytes]) =>
			secrets.filter((s) => name.includes(s) || Buffer.from(bytes).toString('utf8').includes(s)).map((s) => `${name}: ${s}`)
		);

		expect(copy.text('learnings/public-lesson/index.html')).toContain('Publish the river data monthly');
		expect(copy.text('_offline/search-index.en.js')).toContain('public-lesson');
		expect(leaks).toEqual([]);
	});

	it('still publishes the public entries', () => {
		expect(dom(publicSite.page('/learnings/public-lesson/')).querySelector('h1')?.text).toBe('Publish the river data monthly');
		expect(publicSite.exists('/guides/public-guide/')).toBe(true);
		// The project's printable report is one of the files searched above for internal words.
		expect(publicSite.page('/projects/open-river/report/')).toContain('Publish the river data monthly');
	});

	it('shows a public entry that names an internal one without the link and without its name', () => {
		const project = publicSite.page('/projects/open-river/');

		expect(mainLinks(project)).toContain('/organisations/open-partner/');
		expect(mainLinks(project).some((href) => href.includes('secret'))).toBe(false);
	});
});

describe('drafts', () => {
	it.each([
		['public', () => publicSite],
		['internal', () => internalSite],
	])('are in no file of the %s build: pages, lists, relations, feeds, exports, sitemap, search index', (_, site) => {
		const found = everyFile(site()).flatMap(([file, text]) => drafts.filter((d) => file.includes(d) || text.includes(d)).map((d) => `${file}: ${d}`));

		expect(site().exists('/learnings/public-lesson/')).toBe(true);
		expect(found).toEqual([]);
	});

	it('are not in the offline copy', () => {
		const copy = offlineArchive(publicSite)!;
		const found = Object.entries(copy.entries).flatMap(([name, bytes]) =>
			drafts.filter((d) => name.includes(d) || Buffer.from(bytes).toString('utf8').includes(d)).map((d) => `${name}: ${d}`)
		);

		expect(found).toEqual([]);
	});

	it('leave a language whose translation is a draft showing the original, as an untranslated entry', () => {
		for (const site of [publicSite, internalSite]) {
			const page = dom(site.page('/es/aprendizajes/public-lesson/'));

			expect(page.querySelector('h1')?.text).toBe('Publish the river data monthly');
			expect(page.querySelector('.memoria-entry')?.getAttribute('lang')).toBe('en');
		}
	});

	it('are named by a public entry without a link', () => {
		expect(mainLinks(internalSite.page('/projects/open-river/')).some((href) => href.includes('draft'))).toBe(false);
	});
});

describe('the internal build', () => {
	it('builds everything into dist-internal/, internal entries included', () => {
		expect(internalSite.dist.endsWith('dist-internal')).toBe(true);
		expect(internalSite.exists('/learnings/confidential-lesson/')).toBe(true);
		expect(internalSite.exists('/es/aprendizajes/confidential-lesson/')).toBe(true);
		expect(internalSite.exists('/guides/internal-handbook/')).toBe(true);
	});

	it('makes no offline copy and offers none: its content must not leave the internal host in a file easy to forward', () => {
		expect(internalSite.files().filter((f) => f.startsWith('offline/') || f.endsWith('.zip'))).toEqual([]);
		expect(dom(internalSite.page('/')).querySelector('[data-memoria-offline-download]')).toBeNull();
		expect(dom(publicSite.page('/')).querySelector('[data-memoria-offline-download]')).not.toBeNull();
	});

	it('marks internal pages with a banner, and only them', () => {
		expect(dom(internalSite.page('/learnings/confidential-lesson/')).querySelector('.sl-banner')?.text).toContain(
			'Internal: this page is not on the public site.'
		);
		expect(dom(internalSite.page('/es/aprendizajes/confidential-lesson/')).querySelector('.sl-banner')?.text).toContain('Interna');
		expect(dom(internalSite.page('/guides/internal-handbook/')).querySelector('.sl-banner')).not.toBeNull();
		expect(dom(internalSite.page('/learnings/public-lesson/')).querySelector('.sl-banner')).toBeNull();
	});

	it('marks a printable report internal when it holds an internal learning', () => {
		const report = dom(internalSite.page('/projects/open-river/report/'));

		expect(report.querySelectorAll('.memoria-report-learning h2').map((h) => h.text)).toContain('Confidential negotiation with the ministry');
		expect(report.querySelector('.sl-banner')?.text).toContain('Internal: this page is not on the public site.');
	});
});
