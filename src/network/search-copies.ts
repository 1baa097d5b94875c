import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfig } from '../config/site-config';
import { memoriaError } from '../errors/memoria-error';
import { networkSearchFolder, retiredBundle } from '../search/bundles';
import { createLocales } from '../site/locales';
import { createUrlBuilder } from '../site/urls';
import type { NetworkSearch, NetworkSearchTarget } from '../search/browser/pagefind/network-results';
import { insideFolder, readMirror, type MirroredMember } from './mirror';

/**
 * The members' own search bundles on the hub (issue 23, point 4): copied from the mirror into the
 * output at network-search/<member>/pagefind/ (and pagefind-retired/), so the reader's browser
 * merges them from the hub itself and asks no other server. Only the files the member's manifest
 * lists are copied, each checked against its size and sha256 again (a mirror can be edited by
 * hand), each to a path inside the member's folder.
 *
 * Beside them, network-search/members.json tells the search scripts (src/search/browser/pagefind/)
 * which bundle to merge for each language of the hub, under which name (the "From the memory of"
 * filter), and how to turn an address of the member's site into the address of the hub's copy.
 */

/** The table of merged members for the search scripts, in that folder. */
export const networkSearchFile = `${networkSearchFolder}/members.json`;

/**
 * The files of a bundle that hold its index, which Pagefind's script of the hub's own bundle reads:
 * only these are copied. A member's own scripts, styles, WebAssembly, or any other file its bundle
 * lists (a page, say) are never served from the hub's address, where they would run as the hub's.
 */
const indexFile = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter))$/;

const folderOf = (kind: 'current' | 'retired') => (kind === 'current' ? 'pagefind' : retiredBundle);

/** The languages a bundle has an index for, from its entry file (pagefind-entry.json), which the manifest lists. */
function bundleLanguages(member: MirroredMember, kind: 'current' | 'retired'): string[] {
	const path = `${folderOf(kind)}/pagefind-entry.json`;
	const file = insideFolder(member.folder, path, member.id, `${member.id}/${path}`);
	try {
		return Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> }).languages ?? {});
	} catch {
		return [];
	}
}

/**
 * Copies a bundle's index files. The manifest lists them by their path inside the bundle's folder
 * (src/network/format.ts); the pull keeps them under the mirror's pagefind/ or pagefind-retired/,
 * whatever the bundle's folder is called on the member's site.
 */
function copyBundle(
	member: MirroredMember,
	bundle: { kind: 'current' | 'retired'; path: string; files: { path: string; sha256: string; bytes: number }[] },
	outDir: string
): number {
	const into = join(outDir, networkSearchFolder, member.id, folderOf(bundle.kind));
	let copied = 0;
	for (const listed of bundle.files) {
		if (!indexFile.test(listed.path)) continue;
		const inMirror = `${folderOf(bundle.kind)}/${listed.path}`;
		const shown = `${member.id}/${inMirror}`;
		const source = insideFolder(member.folder, inMirror, member.id, shown);
		let bytes: Buffer;
		try {
			if (statSync(source).size !== listed.bytes) throw new Error('size');
			bytes = readFileSync(source);
		} catch {
			bytes = Buffer.alloc(0);
		}
		if (bytes.length !== listed.bytes || createHash('sha256').update(bytes).digest('hex') !== listed.sha256) {
			throw memoriaError(
				'network-mirror-invalid',
				{
					member: member.id,
					file: shown,
					problem: {
						en: 'the file of the search bundle is missing or is not the one the member’s manifest lists.',
						es: 'el archivo del índice de búsqueda falta o no es el que lista el manifiesto del miembro.',
					},
				},
				{ file: shown }
			);
		}
		const target = join(into, ...listed.path.split('/'));
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
		copied++;
	}
	return copied;
}

export interface NetworkSearchReport {
	merged: string[];
	hubIndexed: string[];
	files: number;
}

/** Copies the merged members' bundles into the built site and writes the search's table of them. */
export function writeNetworkSearch(outDir: string, root: string, config: SiteConfig, hubPagefind: string): NetworkSearchReport {
	const report: NetworkSearchReport = { merged: [], hubIndexed: [], files: 0 };
	if (config.network.members.length === 0) return report;
	const locales = createLocales(config);
	const urls = createUrlBuilder(locales, config.base);
	const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
	const table: NetworkSearch = { members: [] };
	for (const member of readMirror(root, config, hubPagefind)) {
		const copy = member.copy;
		if (!copy) continue;
		if (copy.search !== 'merged') {
			report.hubIndexed.push(member.id);
			continue;
		}
		const { manifest } = copy;
		const current = manifest.search.find((b) => b.kind === 'current')!;
		const retired = manifest.search.find((b) => b.kind === 'retired');
		report.files += copyBundle(member, current, outDir);
		if (retired) report.files += copyBundle(member, retired, outDir);
		const indexed = bundleLanguages(member, 'current');
		const retiredIndexed = retired ? bundleLanguages(member, 'retired') : [];
		// For each language of the hub, the member's index in that language, or else in its own default one.
		const targets: NetworkSearchTarget[] = locales.languages.flatMap((hub) => {
			const index = [hub, manifest.defaultLanguage, ...indexed].find((l) => indexed.includes(l));
			if (!index) return [];
			return [
				{
					hub,
					index,
					prefix: index === manifest.defaultLanguage ? '' : `${index}/`,
					copies: urls.network(hub, member.id),
					retired: retiredIndexed.includes(index),
				},
			];
		});
		table.members.push({
			id: member.id,
			name: manifest.organisation.name,
			bundle: `${base}${networkSearchFolder}/${member.id}/pagefind/`,
			retired: retired ? `${base}${networkSearchFolder}/${member.id}/${retiredBundle}/` : null,
			original: manifest.site.url ? new URL(manifest.site.base, manifest.site.url).href : null,
			targets,
		});
		report.merged.push(member.id);
	}
	mkdirSync(join(outDir, networkSearchFolder), { recursive: true });
	writeFileSync(join(outDir, networkSearchFile), JSON.stringify(table));
	return report;
}
