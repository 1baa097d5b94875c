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
 * file in the default language gets an entry at the default language's id that is its original's
 * file: the same data, text, rendering and `filePath`. Starlight then publishes it and falls back
 * from it as from any original; the page knows its text's language from that `filePath`
 * (src/site/guide-language.ts), and says so as for any fallback page.
 *
 * Drafts are gone by then in a build, with every translation of a draft original (the audience
 * filter, src/model/visibility.ts), so a draft is never copied, nor shown in another's place. The
 * original among several files is the one they name (`translatedFrom`), else the first by language
 * code (src/model/original-language.ts).
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
			const entries = [...context.store.entries()].map(([id, entry]) => ({ id, entry }));
			for (const copy of originalCopies(entries, defaultLanguage, translations)) context.store.set({ ...copy.entry, id: copy.id });
		},
	};
}

interface StoredGuide<E> {
	id: string;
	entry: E & { filePath?: string | undefined; data: Record<string, unknown> };
}

/**
 * The default-language entries to add, pure so the rule can be tested apart from Astro: for each
 * guide without a default-language file, its original's entry under the default language's id.
 * Folders' index pages are never copied: those without a file, and a writer's index.md.
 */
export function originalCopies<E>(
	guides: readonly StoredGuide<E>[],
	defaultLanguage: string,
	translations: readonly string[]
): { id: string; entry: StoredGuide<E>['entry'] }[] {
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
	for (const [key, versions] of byKey) {
		if (versions.some((v) => v.language === defaultLanguage)) continue;
		const choice = chooseOriginal(
			'docs',
			versions.map((v) => ({ language: v.language, data: v.guide.entry.data })),
			defaultLanguage
		);
		const original = versions.find((v) => v.language === ('problem' in choice ? undefined : choice.language));
		if (original) copies.push({ id: key, entry: original.guide.entry });
	}
	return copies;
}
