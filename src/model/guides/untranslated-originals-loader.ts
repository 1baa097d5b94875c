import type { Loader } from 'astro/loaders';
import { chooseOriginal } from '../original-language';

/**
 * Publishes a guide written first in a language other than the default one (a file only in
 * content/docs/es/…) in every language, as any entry is (issue 18): in its own language as it is,
 * and in the others with the original's text under Starlight's "not translated" notice.
 *
 * Starlight makes such fallback pages only from the default language: left alone, a Spanish-only
 * guide has no English address, and every link to one (its language switch, its folder's index page
 * in English) leads nowhere. So, after the real loader and the audience filter, each guide with no
 * published file in the default language gets an entry at the default language's id that is its
 * original's file: the same data, text, rendering and `filePath`. Starlight then publishes it and
 * falls back from it as from any original; the page knows its text's language from that
 * `filePath` (src/site/guide-language.ts), and says so as for any fallback page.
 *
 * A default-language file that is a draft is not published in a production build (Starlight's rule),
 * so a published translation of a draft guide is shown in its place the same way, rather than
 * leaving the readers of the default language a link to nothing. The original among several
 * translations is the one they name (`translatedFrom`), else the first of the site's languages
 * (src/model/original-language.ts).
 *
 * In `astro dev`, a change to such a file shows in its default-language copy after a restart: Astro
 * reloads one changed file without running this step again.
 */
export function withUntranslatedOriginals(loader: Loader): Loader {
	return {
		name: `memoria-untranslated-originals(${loader.name})`,
		load: async (context) => {
			await loader.load(context);
			const defaultLanguage = process.env.MEMORIA_DEFAULT_LANGUAGE ?? '';
			const translations = (process.env.MEMORIA_TRANSLATION_LANGUAGES ?? '').split(',').filter(Boolean);
			const production = import.meta.env.MODE === 'production';
			const entries = [...context.store.entries()].map(([id, entry]) => ({ id, entry }));
			for (const copy of originalCopies(entries, defaultLanguage, translations, production)) {
				if (copy.replaces) context.store.delete(copy.id);
				context.store.set({ ...copy.entry, id: copy.id });
			}
		},
	};
}

interface StoredGuide<E> {
	id: string;
	entry: E & { filePath?: string | undefined; data: Record<string, unknown> };
}

/**
 * The default-language entries to add, pure so the rule can be tested apart from Astro: for each
 * guide whose default-language file is missing (or, in a production build, a draft), its
 * original's entry under the default language's id. `replaces`: a draft stands at that id.
 * Folders' index pages are never copied: those without a file, and a writer's index.md.
 */
export function originalCopies<E>(
	guides: readonly StoredGuide<E>[],
	defaultLanguage: string,
	translations: readonly string[],
	production: boolean
): { id: string; entry: StoredGuide<E>['entry']; replaces: boolean }[] {
	const byKey = new Map<string, { language: string; guide: StoredGuide<E> }[]>();
	for (const guide of guides) {
		// A folder's index.md in one language only names the folder in that language: the others keep
		// the index page titled with the folder's name (folder-index-loader.ts), as before.
		if (guide.entry.filePath === undefined || /(^|\/)index\.[^./]+$/.test(guide.entry.filePath)) continue;
		const [head, ...rest] = guide.id.split('/');
		const language = translations.includes(head!) && rest.length > 0 ? head! : defaultLanguage;
		const key = language === defaultLanguage ? guide.id : rest.join('/');
		byKey.set(key, [...(byKey.get(key) ?? []), { language, guide }]);
	}
	const copies: ReturnType<typeof originalCopies<E>> = [];
	const draft = (guide: StoredGuide<E>) => production && guide.entry.data.draft === true;
	for (const [key, versions] of byKey) {
		const own = versions.find((v) => v.language === defaultLanguage);
		if (own && !draft(own.guide)) continue;
		const shown = versions.filter((v) => v.language !== defaultLanguage && !draft(v.guide));
		if (shown.length === 0) continue;
		const choice = chooseOriginal(
			'docs',
			shown.map((v) => ({ language: v.language, data: v.guide.entry.data })),
			defaultLanguage
		);
		const original = shown.find((v) => v.language === ('problem' in choice ? undefined : choice.language));
		if (original) copies.push({ id: key, entry: original.guide.entry, replaces: own !== undefined });
	}
	return copies;
}
