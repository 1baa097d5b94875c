import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import type { SiteConfig } from '../config/site-config';
import { memoriaError } from '../errors/memoria-error';
import { exportFile, manifestFile, manifestSchema, memberLimits, memoryExportSchema, relativePath, type Manifest, type MemoryExport } from './format';
import { pullRecordFile, pullRecordSchema, type PullRecord } from './pull-record';

/**
 * A hub's mirror of its members, read at build time only (`memoria network pull` is the one step
 * that uses the network): network/<member>/memoria.json, pull.json and data/memory.<lang>.json.
 *
 * A mirror can be edited by hand, so it is as untrusted as a member's server: every file is read
 * with a size limit, checked against the manifest's sha256 and the format's schemas again, and a
 * path is only ever joined to the member's folder after the format's `relativePath` accepted it
 * and the joined path is still inside that folder. Anything that fails stops the build with the
 * member, the file and the problem (`network-mirror-invalid`); a copy the member no longer
 * consents to stops it too (`network-copy-refused`): nothing is published against a member's wish.
 */

export interface MirroredMember {
	/** The member's id in the hub's configuration, its folder in the mirror and its address on the hub. */
	id: string;
	/** Where `pull` copies it from: its published site, or a folder or zip on the hub's computer. */
	source: { url?: string | undefined; path?: string | undefined };
	/** The member's folder in the mirror. */
	folder: string;
	/** Undefined when the member was never pulled: the hub lists it, with nothing to show yet. */
	copy?: MemberCopy;
}

export interface MemberCopy {
	manifest: Manifest;
	pull: PullRecord;
	/** One export per language the mirror holds, by language. */
	exports: Map<string, MemoryExport>;
	/** How the hub searches it: its own bundle merged in the reader's browser, or its copies indexed by the hub. */
	search: 'merged' | 'hub-indexed';
}

type Text = { en: string; es: string };

/** The mirror's folder, from the site's root. */
export function mirrorFolder(root: string, config: Pick<SiteConfig, 'network'>): string {
	return resolve(root, config.network.mirror);
}

/**
 * A path given by a member's data, inside the member's folder, or an error naming it. A link
 * (symbolic) anywhere on the way is refused too: it could lead out of the mirror whatever the path says.
 */
export function insideFolder(folder: string, path: string, member: string, file: string): string {
	const parsed = relativePath.safeParse(path);
	const target = resolve(folder, ...path.split('/'));
	const outside = !parsed.success || relative(folder, target).startsWith('..') || !`${target}${sep}`.startsWith(`${folder}${sep}`);
	if (outside || throughLink(folder, path)) {
		throw invalid(member, file, {
			en: `the path "${path}" leads outside the member's folder.`,
			es: `la ruta "${path}" lleva fuera de la carpeta del miembro.`,
		});
	}
	return target;
}

/** Whether the folder, or any part of the path inside it, is a symbolic link. */
function throughLink(folder: string, path: string): boolean {
	let at = folder;
	for (const part of ['', ...path.split('/').filter(Boolean)]) {
		at = part ? join(at, part) : at;
		try {
			if (lstatSync(at).isSymbolicLink()) return true;
		} catch {
			return false;
		}
	}
	return false;
}

function invalid(member: string, file: string, problem: Text) {
	return memoriaError('network-mirror-invalid', { member, file, problem }, { file });
}

/** The first few problems zod found, as "field: message" (the fields are the format's, in English). */
function schemaProblems(error: z.ZodError): Text {
	const lines = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`);
	const more = error.issues.length > 3 ? error.issues.length - 3 : 0;
	return {
		en: `it does not follow the network format: ${lines.join('; ')}${more ? `; and ${more} more` : ''}.`,
		es: `no sigue el formato de la red: ${lines.join('; ')}${more ? `; y ${more} más` : ''}.`,
	};
}

/** A file of the member's folder read as JSON, refused when missing, larger than `limit` or not JSON. */
function readJson(folder: string, path: string, member: string, limit: number, listed?: { sha256: string; bytes: number }): unknown {
	const shown = `${member}/${path}`;
	const file = insideFolder(folder, path, member, shown);
	if (!existsSync(file)) throw invalid(member, shown, { en: 'the file is missing.', es: 'falta el archivo.' });
	const size = statSync(file).size;
	if (size > limit) {
		throw invalid(member, shown, {
			en: `the file has ${size} bytes, more than the ${limit} a hub accepts.`,
			es: `el archivo tiene ${size} bytes, más que los ${limit} que acepta un nodo.`,
		});
	}
	const bytes = readFileSync(file);
	if (listed && (bytes.length !== listed.bytes || createHash('sha256').update(bytes).digest('hex') !== listed.sha256)) {
		throw invalid(member, shown, {
			en: 'the file is not the one the member’s manifest lists (its size or sha256 differs): it was changed after the pull.',
			es: 'el archivo no es el que lista el manifiesto del miembro (su tamaño o su sha256 no coinciden): se cambió después de la copia.',
		});
	}
	try {
		return JSON.parse(bytes.toString('utf8'));
	} catch {
		throw invalid(member, shown, { en: 'the file is not valid JSON.', es: 'el archivo no es JSON válido.' });
	}
}

/** One member's copy, checked; undefined when the member has never been pulled (no folder). */
function readCopy(folder: string, member: string, hubPagefind: string): MemberCopy | undefined {
	if (!existsSync(folder)) return undefined;
	const parsedManifest = manifestSchema.safeParse(readJson(folder, manifestFile, member, memberLimits.manifestBytes));
	if (!parsedManifest.success) throw invalid(member, `${member}/${manifestFile}`, schemaProblems(parsedManifest.error));
	const manifest = parsedManifest.data;
	if (!manifest.copies.allowed || manifest.copies.leaving) {
		throw memoriaError('network-copy-refused', { member, file: `${member}/${manifestFile}`, leaving: manifest.copies.leaving });
	}
	const parsedPull = pullRecordSchema.safeParse(readJson(folder, pullRecordFile, member, 64 * 1024));
	if (!parsedPull.success) throw invalid(member, `${member}/${pullRecordFile}`, schemaProblems(parsedPull.error));
	const pull = parsedPull.data;
	if (pull.member !== member) {
		throw invalid(member, `${member}/${pullRecordFile}`, {
			en: `it is the record of the member "${pull.member}", not of "${member}".`,
			es: `es el registro del miembro "${pull.member}", no de "${member}".`,
		});
	}

	const exports = new Map<string, MemoryExport>();
	for (const listed of manifest.exports) {
		const shown = `${member}/${listed.path}`;
		// Exports sit where every member writes them: a manifest cannot point the hub at another file.
		if (listed.path !== exportFile(listed.language)) {
			throw invalid(member, `${member}/${manifestFile}`, {
				en: `the export of "${listed.language}" is listed at "${listed.path}" instead of "${exportFile(listed.language)}".`,
				es: `la exportación de "${listed.language}" figura en "${listed.path}" en vez de "${exportFile(listed.language)}".`,
			});
		}
		const parsed = memoryExportSchema.safeParse(readJson(folder, listed.path, member, memberLimits.exportBytes, listed));
		if (!parsed.success) throw invalid(member, shown, schemaProblems(parsed.error));
		if (parsed.data.language !== listed.language) {
			throw invalid(member, shown, {
				en: `it says its language is "${parsed.data.language}", but the manifest lists it as "${listed.language}".`,
				es: `dice que su idioma es "${parsed.data.language}", pero el manifiesto lo lista como "${listed.language}".`,
			});
		}
		exports.set(listed.language, parsed.data);
	}
	if (!exports.has(manifest.defaultLanguage)) {
		throw invalid(member, `${member}/${manifestFile}`, {
			en: `it lists no export of the member’s default language, "${manifest.defaultLanguage}".`,
			es: `no lista ninguna exportación del idioma principal del miembro, "${manifest.defaultLanguage}".`,
		});
	}
	// Merged only when the bundle is there and the hub's Pagefind can read it; otherwise the hub indexes the copies.
	const current = manifest.search.find((bundle) => bundle.kind === 'current');
	const search = pull.search === 'merged' && current !== undefined && manifest.generator.pagefind === hubPagefind ? 'merged' : 'hub-indexed';
	return { manifest, pull, exports, search };
}

/** Every member of the hub's configuration, in its order, with its copy when the mirror has one. */
export function readMirror(root: string, config: Pick<SiteConfig, 'network'>, hubPagefind: string): MirroredMember[] {
	const mirror = mirrorFolder(root, config);
	return config.network.members.map((member) => {
		const folder = join(mirror, member.id);
		const copy = readCopy(folder, member.id, hubPagefind);
		return { id: member.id, source: { url: member.url, path: member.path }, folder, ...(copy ? { copy } : {}) };
	});
}
