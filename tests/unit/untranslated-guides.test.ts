/**
 * A guide written first in a language other than the default one is published in every language
 * (src/model/guides/untranslated-originals-loader.ts): the default language gets an entry that is
 * its original's file, from which Starlight falls back as from any original; the page tells the
 * text's language from that file (src/site/guide-language.ts). And a guide's id is its path, never
 * a `slug:` field brought from another tool (src/lib/guide-path.ts).
 */
import { describe, expect, it } from 'vitest';
import { originalCopies } from '../../src/model/guides/untranslated-originals-loader';
import { guideId } from '../../src/lib/guide-path';
import { guideTextLanguage } from '../../src/site/guide-language';
import { createLocales } from '../../src/site/locales';

/** A stored guide: its id, and the file it was read from (none for a folder's index page). */
const guide = (id: string, data: Record<string, unknown> = {}, filePath: string | null = `content/docs/${id}.md`) => ({
	id,
	entry: { data: { title: id, ...data }, filePath: filePath ?? undefined },
});
/** The copies to add, as "id ← file". */
const copies = (guides: ReturnType<typeof guide>[]) => originalCopies(guides, 'en', ['es', 'pt']).map((c) => `${c.id} ← ${c.entry.filePath}`);

describe('guides written first in another language', () => {
	it('get an entry in the default language that is the original file, and nothing else does', () => {
		expect(
			copies([guide('guides/both'), guide('es/guides/both'), guide('guides/english-only'), guide('es/manual/solo'), guide('es/manual/deep/solo2')])
		).toEqual(['manual/solo ← content/docs/es/manual/solo.md', 'manual/deep/solo2 ← content/docs/es/manual/deep/solo2.md']);
	});

	it('take the original their translations name, else the first language by code', () => {
		expect(copies([guide('es/x', { translatedFrom: 'pt' }), guide('pt/x')])).toEqual(['x ← content/docs/pt/x.md']);
		expect(copies([guide('pt/x'), guide('es/x')])).toEqual(['x ← content/docs/es/x.md']);
	});

	it('never stand in for a default-language file, a draft one included (shown while writing; a build has dropped it and its translations)', () => {
		expect(copies([guide('guides/plan', { draft: true }), guide('es/guides/plan')])).toEqual([]);
	});

	it('leave folders to their index pages: a folder named in one language keeps its own title in the others', () => {
		expect(copies([guide('es/manual', {}, 'content/docs/es/manual/index.md'), guide('es/manual/x'), guide('es/other', {}, null)])).toEqual([
			'manual/x ← content/docs/es/manual/x.md',
		]);
	});
});

describe('the language of a guide’s text', () => {
	const locales = createLocales({ languages: ['en', 'es', 'pt'], defaultLanguage: 'en' });
	it.each([
		['a default-language file', 'content/docs/guides/x.md', 'es', 'en'],
		['a translation', 'content/docs/es/guides/x.md', 'es', 'es'],
		['a Spanish original shown in English', 'content/docs/es/guides/x.md', 'en', 'es'],
		['a folder named like a language code but no language', 'content/docs/esp/x.md', 'es', 'en'],
		['a folder index page without a file', undefined, 'pt', 'pt'],
	])('is the file’s: %s', (_, filePath, page, expected) => {
		expect(guideTextLanguage(filePath, page, locales)).toBe(expected);
	});
});

describe('a guide’s id', () => {
	it('is its slugified path, as Astro’s own default gives it, whatever a `slug:` field says', () => {
		expect(guideId('es/Digital Security/VPN guide.md')).toBe('es/digital-security/vpn-guide');
		expect(guideId('handbook/index.md')).toBe('handbook');
		expect(guideId('index.md')).toBe('index');
		expect(guideId('guides/tools_and_apps/Video Calls/x.markdown')).toBe('guides/tools_and_apps/video-calls/x');
	});
});
