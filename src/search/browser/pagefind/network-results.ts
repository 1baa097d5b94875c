/**
 * A network's hub searches its members' own Pagefind bundles, copied onto the hub
 * (src/network/search-copies.ts), merged in the reader's browser beside its own. A member's
 * bundle records the addresses of the member's pages, with the member's language prefix
 * ("/en/learnings/listen/" on a site whose default language is Spanish); the hub shows that entry
 * at its copy, "/network/colectivo-sur/learnings/listen/" (urls.network, in the hub's language).
 *
 * So each member's index is merged with a base address of its own that says which member and
 * which hub language it stands for, `<base>network-search/<member>/@<hub language>/`, and a result
 * under it is turned into the copy's address here: the member's language prefix of that index is
 * taken off and the copies' address put in its place. Nothing is guessed from the address itself:
 * the table says which language each merged index is in.
 *
 * A member's page that is not an entry (a guide, which the export does not carry and the hub has
 * no copy of) has no `type` in its result: it leads to the original page when the member has a
 * public address, and has no link otherwise.
 */

import { networkSearchFolder } from '../../bundles';

/** One of a member's indexes, merged when the reader searches in `hub`. */
export interface NetworkSearchTarget {
	/** The hub's language this index is searched in. */
	hub: string;
	/** The member's index merged for it: the hub's language when the member has it, else the member's default one. */
	index: string;
	/** The member's prefix of that language's pages: "" for its default language, "en/" otherwise. */
	prefix: string;
	/** The address of the member's copies on the hub, in `hub`: "/network/colectivo-sur/". */
	copies: string;
	/** Whether the member's bundle of drafts and archived entries has that language. */
	retired: boolean;
}

export interface NetworkSearchMember {
	id: string;
	/** The member's organisation, the value of the "From the memory of" filter. */
	name: string;
	bundle: string;
	retired: string | null;
	/** The member's public address with its base path, for the results the hub has no copy of. */
	original: string | null;
	targets: NetworkSearchTarget[];
}

/** network-search/members.json. */
export interface NetworkSearch {
	members: NetworkSearchMember[];
}

/** The base address a member's index is merged with, which marks its results. */
export function networkBaseUrl(siteBase: string, member: string, hub: string): string {
	return `${siteBase.replace(/\/?$/, '/')}${networkSearchFolder}/${member}/@${hub}/`;
}

/** Where a result of a member's index leads on the hub, and the language of its text; undefined for a result of the hub's own. */
export function networkResult(
	url: string,
	hasType: boolean,
	network: NetworkSearch | undefined,
	siteBase: string
): { url: string | undefined; language: string } | undefined {
	if (!network) return undefined;
	const marker = `${siteBase.replace(/\/?$/, '/')}${networkSearchFolder}/`;
	const path = url.startsWith(marker) ? url.slice(marker.length) : undefined;
	const found = path ? /^([^/]+)\/@([^/]+)\/(.*)$/.exec(path) : null;
	if (!found) return undefined;
	const [, id, hub, rest] = found;
	const member = network.members.find((m) => m.id === id);
	const target = member?.targets.find((t) => t.hub === hub);
	if (!member || !target) return undefined;
	const page = target.prefix && rest!.startsWith(target.prefix) ? rest!.slice(target.prefix.length) : rest!;
	if (hasType) return { url: `${target.copies}${page}`, language: target.index };
	return { url: member.original ? new URL(rest!, member.original).href : undefined, language: target.index };
}

/** What a hub's page tells its search script about the network (components/Search.astro, SearchPage.astro). */
export interface NetworkSearchSource {
	/** The address of network-search/members.json. */
	table: string;
	/** The site's base path. */
	base: string;
}

/** The table of merged members, fetched once per page, the first time the search needs it. */
const tables = new Map<string, Promise<NetworkSearch | undefined>>();
export function loadNetworkSearch(source: NetworkSearchSource | undefined): Promise<NetworkSearch | undefined> {
	if (!source) return Promise.resolve(undefined);
	let table = tables.get(source.table);
	if (!table) {
		table = fetch(source.table)
			.then((response) => (response.ok ? (response.json() as Promise<NetworkSearch>) : undefined))
			.catch(() => undefined);
		tables.set(source.table, table);
	}
	return table;
}

/** The part of Pagefind's API merging uses. */
interface Merger {
	mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
}

/**
 * Merges each member's index for the hub language `hub`: its current bundle, or (with `retiredWeight`)
 * its bundle of drafts and archived entries, ranked after every current page as the hub's own are.
 * Every result of a member carries its name in the "From the memory of" filter (`memory`).
 */
export async function mergeMembers(
	pagefind: Merger,
	network: NetworkSearch | undefined,
	source: NetworkSearchSource | undefined,
	hub: string,
	retiredWeight?: number
): Promise<void> {
	if (!network || !source) return;
	for (const member of network.members) {
		const target = member.targets.find((t) => t.hub === hub);
		if (!target) continue;
		const options = { language: target.index, baseUrl: networkBaseUrl(source.base, member.id, hub), mergeFilter: { memory: member.name } };
		// One member's index that cannot be read never stops the search of the others.
		try {
			if (retiredWeight === undefined) await pagefind.mergeIndex(new URL(member.bundle, location.href).href, options);
			else if (member.retired && target.retired)
				await pagefind.mergeIndex(new URL(member.retired, location.href).href, { ...options, indexWeight: retiredWeight });
		} catch {}
	}
}
