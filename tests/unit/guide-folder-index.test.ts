import { describe, expect, it } from 'vitest';
import { folderIndexPages } from '../../src/model/guides/folder-index-loader';

/** The index pages the loader adds for these guides, as "id: title". */
const indexPages = (guides: (string | [string, string])[]) =>
	folderIndexPages(
		guides.map((guide) => (typeof guide === 'string' ? { id: guide } : { id: guide[0], filePath: guide[1] })),
		['es']
	).map((page) => `${page.id}: ${page.title}`);

describe('index pages of guide folders', () => {
	it('gives every folder a page in every language, titled with its name', () => {
		expect(indexPages(['guides/security/vpn', 'es/guides/security/vpn'])).toEqual([
			'guides: Guides',
			'guides/security: Security',
			'es/guides: Guides',
			'es/guides/security: Security',
		]);
	});

	it('adds none where the folder has an index.md in that language', () => {
		expect(indexPages(['guides/security', 'guides/security/vpn', 'es/guides/security', 'es/guides/security/vpn'])).toEqual([
			'guides: Guides',
			'es/guides: Guides',
		]);
	});

	it('leaves a language without an index.md to the original’s, shown untranslated as any guide is', () => {
		expect(indexPages(['guides/security', 'guides/security/vpn'])).toEqual(['guides: Guides', 'es/guides: Guides']);
	});

	it('gives untranslated folders a page in the translation too, and folders only a translation has', () => {
		expect(indexPages(['guides/vpn', 'es/manual/x'])).toEqual(['guides: Guides', 'es/guides: Guides', 'es/manual: Manual']);
	});

	it('titles a folder with the title it is given in a language, if any', () => {
		const pages = folderIndexPages([{ id: 'guides/vpn' }, { id: 'handbook/x' }], ['es'], (folder, language) =>
			folder === 'guides' ? (language === 'es' ? 'Guías' : 'Guides (en)') : undefined
		);
		expect(pages.map((page) => `${page.id}: ${page.title}`)).toEqual([
			'guides: Guides (en)',
			'handbook: Handbook',
			'es/guides: Guías',
			'es/handbook: Handbook',
		]);
	});

	it('titles a folder with its name on disk, as its id has it slugified', () => {
		expect(indexPages([['handbook/data-protection/retention', 'content/docs/handbook/Data Protection/retention.md']])).toEqual([
			'handbook: Handbook',
			'handbook/data-protection: Data Protection',
			'es/handbook: Handbook',
			'es/handbook/data-protection: Data Protection',
		]);
		// A guide whose `slug:` moved it: its folders keep their address's words.
		expect(indexPages([['moved/here', 'content/docs/elsewhere/x.md']])).toEqual(['moved: Moved', 'es/moved: Moved']);
	});
});
