import type { SiteConfig } from '../config/site-config';
import { chooseOriginal } from '../model/original-language';
import { buildReaders, publishedVersions, type Readers } from '../model/visibility';
import type { ContentFile } from './content-files';

/**
 * What a public build publishes of the files the checks read, decided per entry by the rule the
 * content loaders apply (src/model/visibility.ts): a file is published when it is public and so is
 * its entry's original, whichever language that is in, and neither is a draft. The checks, the
 * leak gate's facts and the personal-data check all ask here, so none of them can disagree with the build.
 */
export interface Publication {
	/** Whether a public build publishes this file. */
	published(file: ContentFile): boolean;
	/** Whether the readers the checks run for (a build's audience, or the dev server) see this file. */
	shown(file: ContentFile): boolean;
	/** Whether the file belongs to an entry whose original cannot be chosen (the graph reports it; nothing of it is published). */
	unsettled(file: ContentFile): boolean;
	/** Whether the file is its entry's original. */
	isOriginal(file: ContentFile): boolean;
}

export function publication(
	files: readonly ContentFile[],
	config: Pick<SiteConfig, 'defaultLanguage' | 'defaultVisibility'>,
	readers: Readers = buildReaders('public')
): Publication {
	const byEntry = new Map<string, ContentFile[]>();
	for (const file of files) {
		const id = `${file.collection}/${file.key}`;
		byEntry.set(id, [...(byEntry.get(id) ?? []), file]);
	}
	const published = new Set<ContentFile>();
	const shown = new Set<ContentFile>();
	const unsettled = new Set<ContentFile>();
	const originals = new Set<ContentFile>();
	for (const versions of byEntry.values()) {
		const collection = versions[0]!.collection;
		const forPublic = { audience: 'public', drafts: readers.drafts } as const;
		for (const file of publishedVersions(collection, versions, config.defaultLanguage, config.defaultVisibility, forPublic)) published.add(file);
		for (const file of publishedVersions(collection, versions, config.defaultLanguage, config.defaultVisibility, readers)) shown.add(file);
		const choice = chooseOriginal(collection, versions, config.defaultLanguage);
		if (!('problem' in choice)) originals.add(versions.find((v) => v.language === choice.language)!);
		else if (collection !== 'docs') for (const file of versions) unsettled.add(file);
	}
	return {
		published: (file) => published.has(file),
		shown: (file) => shown.has(file),
		unsettled: (file) => unsettled.has(file),
		isOriginal: (file) => originals.has(file),
	};
}
