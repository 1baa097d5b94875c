import type { SiteConfig } from '../config/site-config';
import type { Destination } from './destination';
import { siteLanguageOf } from './language-codes';
import { withoutRepeatedFolder } from './page-places';
import type { SourceSite } from './source-site';
import { languageFolder } from './tools/page-files';

/**
 * Where the images and files pages use are copied: each keeps its place below the folder that
 * held it in the source (docs/img/map.png → guides/img/map.png), so pages and images stay side
 * by side as they were; a file in a language's folder stays in that language's. An image a page
 * shows goes beside the pages, where Astro optimises it; any other file (a PDF, an image to open
 * full size) goes to public/, which publishes it as it is. Each is copied once, however many
 * pages use it.
 */

export interface PlannedAsset {
	/** The file, from the source folder. */
	from: string;
	/** Where it is copied, from the site's root. */
	to: string;
	kind: 'image' | 'file';
}

export interface AssetPlaces {
	/** The asset's place for this use, recorded for copying: its file, and its address when published from public/. */
	use(path: string, as: 'image' | 'file'): { to: string; address: string };
	planned(): PlannedAsset[];
}

export function assetPlaces(site: SourceSite, config: SiteConfig, destination: Destination): AssetPlaces {
	const folders = [...site.contentFolders, ...site.publicFolders.map((folder) => ({ folder, language: undefined }))].sort(
		(a, b) => b.folder.length - a.folder.length
	);
	/** An asset's path below the folder that held it, and the language of that folder. */
	const placeOf = (path: string): { key: string; language?: string } => {
		const holder = folders.find((f) => f.folder === '' || path.startsWith(`${f.folder}/`));
		let key = holder && holder.folder !== '' ? path.slice(holder.folder.length + 1) : path;
		let written = holder?.language;
		if (!written) {
			const split = languageFolder(key, config.languages);
			if (split.language) [key, written] = [split.path, split.language];
		}
		const language = written ? siteLanguageOf(written, config.languages) : undefined;
		return { key: withoutRepeatedFolder(key, destination), ...(language && language !== config.defaultLanguage ? { language } : {}) };
	};
	const assets = new Map<string, PlannedAsset>();
	return {
		use(path, as) {
			const { key, language } = placeOf(path);
			const file = destination.publicFile(language ? `${language}/${key}` : key);
			const to = as === 'image' ? destination.imagePath(key, language) : file.path;
			assets.set(`${as}\0${path}`, { from: path, to, kind: as });
			return { to, address: file.address };
		},
		planned: () => [...assets.values()].sort((a, b) => a.to.localeCompare(b.to)),
	};
}
