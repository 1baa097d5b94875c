/**
 * Where the offline copy is published and what it is called, shared by the home page (which links
 * to it) and the build step that makes it (src/offline/write-offline-copy.ts).
 *
 * The address is stable (`offline/<organisation>-offline.zip`), so it can be shared and bookmarked;
 * the folder inside carries the day it was made (`<organisation>-offline-2026-11-22/`), so a reader
 * who unpacks a newer copy beside an older one can tell them apart.
 */
import { slugFromTitle } from '../cli/new-slug';
import type { SiteConfig } from '../config/site-config';

const slug = (organisation: string) => slugFromTitle(organisation) || 'memoria';

/**
 * The archive's path from the site's root, or undefined when the build makes none: the site
 * turned it off (`offline: false`), or this is an internal build, whose content must never leave
 * the internal host in a file that is easy to forward.
 */
export function offlineArchivePath(config: Pick<SiteConfig, 'organisation' | 'offline'>, audience: string | undefined): string | undefined {
	if (!config.offline || audience === 'internal') return undefined;
	return `offline/${slug(config.organisation)}-offline.zip`;
}

/** The one folder inside the archive. */
export function offlineFolderName(organisation: string, date: Date): string {
	return `${slug(organisation)}-offline-${date.toISOString().slice(0, 10)}`;
}
