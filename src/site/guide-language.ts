import { collectionFolder } from '../model/content-sources';
import type { Locales } from './locales';

/**
 * The language a guide's text is in, from the file it was read from: a file in a language's folder
 * (content/docs/es/…) is in that language, any other in the default one. A page shows another
 * language's text when it is a fallback: Starlight's, from the default language, or the default
 * language's page of a guide written first in another (src/model/guides/untranslated-originals-loader.ts),
 * whose entry is its original's file. A folder's index page without a file is in the page's language.
 */
export function guideTextLanguage(filePath: string | undefined, pageLanguage: string, locales: Locales): string {
	if (filePath === undefined) return pageLanguage;
	const folder = `${collectionFolder('docs')}/`;
	const inside = filePath.replaceAll('\\', '/');
	if (!inside.startsWith(folder)) return pageLanguage;
	const head = inside.slice(folder.length).split('/')[0]!;
	return head !== locales.defaultLanguage && locales.languages.includes(head) && inside.slice(folder.length).includes('/') ? head : locales.defaultLanguage;
}
