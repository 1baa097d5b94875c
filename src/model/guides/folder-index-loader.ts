import type { Loader, LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { uiStrings } from '../../translations';
import { collectionRegistry } from '../registry';
import { folderPathsOf, folderTitle } from './guide-folders';

/**
 * Gives every folder of guides an index page, in every language, at the folder's own address
 * (/guides/security/, /es/guides/security/), so a section can be opened, linked and listed like
 * a page. Starlight publishes only files, so the index pages are added to the docs collection as
 * entries without a file, after the real loader (and the audience filter) ran: a folder whose
 * guides are all internal gets none in a public build. The list of what a folder holds is drawn
 * on the page (GuideFolderList.astro), never stored here, so these entries are a title only.
 *
 * A folder's `index.md` is its index page, and its text comes before the list. In a language
 * without one, the default language's `index.md` is shown as any untranslated guide is (Starlight's
 * fallback); a folder with no `index.md` at all gets a page in each language, titled with its name
 * (the `guides` folder with Memoria's word for guides in that language).
 */
export function withFolderIndexPages(loader: Loader): Loader {
	return {
		name: `memoria-folder-index(${loader.name})`,
		load: async (context) => {
			await loader.load(context);
			// Entries without a file are index pages an earlier load made (in the persistent store): made again below.
			for (const [id, entry] of context.store.entries()) if (entry.filePath === undefined) context.store.delete(id);
			const translations = (process.env.MEMORIA_TRANSLATION_LANGUAGES ?? '').split(',').filter(Boolean);
			const guides = [...context.store.entries()].map(([id, entry]) => ({ id, filePath: entry.filePath }));
			for (const page of folderIndexPages(guides, translations, memoriaFolderTitle)) await addIndexPage(context, page);
		},
	};
}

interface IndexPage {
	/** The entry's id: the folder's key, behind its language's code for a translation ("es/guides/security"). */
	id: string;
	title: string;
}

/**
 * The folder `memoria new` writes guides into (`guides`) is named by Memoria, not by a writer, so
 * its index page takes Memoria's word for guides in each language ("Guías"); `language` is empty
 * for the default language, as in the ids. Any other folder is titled with its own name.
 */
function memoriaFolderTitle(folder: string, language: string): string | undefined {
	if (folder !== collectionRegistry.docs.newFilesIn) return undefined;
	return uiStrings[language || (process.env.MEMORIA_DEFAULT_LANGUAGE ?? '')]?.['memoria.section.guides'];
}

/**
 * The index pages to add, from the ids (and files) of every guide. Pure, so the rules can be read
 * and tested apart from Astro. `translations` are the languages whose files sit in a sub-folder
 * named after them; the default language's ids have no such prefix (`language` is then "").
 */
export function folderIndexPages(
	guides: readonly { id: string; filePath?: string | undefined }[],
	translations: readonly string[],
	titleOf: (folder: string, language: string) => string | undefined = () => undefined
): IndexPage[] {
	const keysOf = new Map<string, Set<string>>();
	const foldersOf = new Map<string, Set<string>>();
	const names = new Map<string, string>();
	for (const { id, filePath } of guides) {
		const head = id.split('/')[0]!;
		const language = translations.includes(head) ? head : '';
		const key = language ? id.slice(head.length + 1) : id;
		if (!keysOf.has(language)) keysOf.set(language, new Set()), foldersOf.set(language, new Set());
		keysOf.get(language)!.add(key);
		const folders = folderPathsOf(key);
		const onDisk = namesOnDisk(key, filePath);
		folders.forEach((folder, i) => {
			foldersOf.get(language)!.add(folder);
			if (!names.has(folder)) names.set(folder, onDisk[i]!);
		});
	}
	const own = (language: string) => keysOf.get(language) ?? new Set<string>();
	const titled = (folder: string, language: string): IndexPage => ({
		id: language ? `${language}/${folder}` : folder,
		title: titleOf(folder, language) ?? folderTitle(names.get(folder)!),
	});
	const pages: IndexPage[] = [];
	const originals = foldersOf.get('') ?? new Set<string>();
	for (const folder of originals) if (!own('').has(folder)) pages.push(titled(folder, ''));
	for (const language of translations) {
		// A translation's folders: its own, and those of every original shown to its readers untranslated.
		for (const folder of new Set([...originals, ...(foldersOf.get(language) ?? [])])) {
			if (own(language).has(folder) || own('').has(folder)) continue;
			pages.push(titled(folder, language));
		}
	}
	return pages;
}

/**
 * The names on disk of the folders of a guide's key ("guides/API keys/x.md" → ["guides", "API
 * keys"]), since its key has them slugified ("api-keys"). A part that does not match (a guide
 * whose `slug:` moves it elsewhere) keeps its key's word.
 */
function namesOnDisk(key: string, filePath: string | undefined): string[] {
	const parts = key.split('/').slice(0, -1);
	const onDisk = (filePath ?? '').replace(/\.[^./]+$/, '').split('/');
	if (onDisk.at(-1) === 'index') onDisk.pop();
	const folders = onDisk.slice(-key.split('/').length, -1);
	return parts.map((part, i) => (folders[i] !== undefined && slug(folders[i]) === part ? folders[i] : part));
}

async function addIndexPage(context: LoaderContext, { id, title }: IndexPage): Promise<void> {
	// Its text is the list of the folder's pages, found on those pages: searched there, not here.
	const data = await context.parseData({ id, data: { title, editUrl: false, pagefind: false, tableOfContents: false } });
	context.store.set({ id, data, body: '', rendered: { html: '' } });
}
