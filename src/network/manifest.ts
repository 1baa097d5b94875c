import { createHash } from 'node:crypto';
import type { SiteConfig } from '../config/site-config';
import { createLocales } from '../site/locales';
import { sections } from '../model/sections';
import { exportFile, formatVersion, manifestFormat, manifestSchema, memoryExportSchema, type Manifest } from './format';
import { licenceWithUrl } from './licences';

/**
 * A published memory's manifest (/memoria.json, src/network/format.ts), made from the site's
 * configuration and the bytes of the files it lists; reading and writing those files is
 * write-manifest.ts's job. Every function here is pure, so the format is tested without a build.
 */

/** What the manifest reads of memoria.config.ts. */
export type ManifestConfig = Pick<
	SiteConfig,
	'organisation' | 'country' | 'description' | 'site' | 'base' | 'languages' | 'defaultLanguage' | 'licence' | 'network'
>;

/** A file as the build wrote it: its path (from the site's base, or from its bundle's folder) and its bytes. */
export interface PublishedFile {
	path: string;
	bytes: Uint8Array;
}

/** One Pagefind bundle of the output: its folder and every file in it, paths from that folder. */
export interface PublishedBundle {
	kind: 'current' | 'retired';
	/** The folder from the site's base, ending in "/": "pagefind/". */
	path: string;
	files: PublishedFile[];
}

export interface ManifestInput {
	config: ManifestConfig;
	/** The Memoria and Pagefind versions that made the build. */
	generator: Manifest['generator'];
	/** When the build ran. */
	generated: Date;
	/** Each language's export, `data/memory.<language>.json`: its bytes as written, and their JSON parsed. */
	exports: { language: string; file: PublishedFile; data: unknown }[];
	/** The search bundles: none in the offline copy's manifest. */
	search?: PublishedBundle[];
}

/** A file listed with what proves it is the one published. */
export function listedFile(file: PublishedFile): { path: string; sha256: string; bytes: number } {
	return { path: file.path, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes.byteLength };
}

/** How many entries an export holds: every record of every section. */
export function exportedEntries(memoryExport: unknown): number {
	const record = (memoryExport ?? {}) as Record<string, unknown>;
	return sections.reduce((sum, section) => sum + (Array.isArray(record[section]) ? (record[section] as unknown[]).length : 0), 0);
}

/** The manifest, not yet checked against the format (see manifestProblems). */
export function buildManifest(input: ManifestInput): Manifest {
	const { config } = input;
	const languages = createLocales(config).languages;
	return {
		format: manifestFormat,
		version: formatVersion,
		generated: input.generated.toISOString(),
		organisation: {
			name: config.organisation,
			...(config.country ? { country: config.country } : {}),
			// Only the languages the site is published in: another one's sentence is shown nowhere.
			description: Object.fromEntries(Object.entries(config.description).filter(([language]) => languages.includes(language))),
		},
		site: { ...(config.site ? { url: config.site } : {}), base: config.base },
		languages: [...languages],
		defaultLanguage: config.defaultLanguage,
		licence: licenceWithUrl(config.licence),
		copies: { allowed: config.network.copies, leaving: config.network.leaving },
		generator: input.generator,
		exports: input.exports.map(({ language, file, data }) => ({ ...listedFile(file), language, entries: exportedEntries(data) })),
		search: (input.search ?? []).map((bundle) => ({ kind: bundle.kind, path: bundle.path, files: bundle.files.map(listedFile) })),
	};
}

/** What a problem of the format is about, for the message that names it. */
export interface FormatProblem {
	/** The value's place: "organisation.description.es", "learnings[3] (listen-first) → body". */
	at: string;
	message: string;
}

const place = (path: readonly PropertyKey[]) =>
	path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** The option of memoria.config.ts a value of the manifest comes from, where one does. */
const configOptions: [RegExp, string][] = [
	[/^organisation\.name$/, 'organisation'],
	[/^organisation\.(country|description)\b/, '$1'],
	[/^site\.url$/, 'site'],
	[/^site\.base$/, 'base'],
	[/^(licence|languages|defaultLanguage)\b/, '$1'],
];

/**
 * Why the manifest does not follow the format; empty when it does. A value that comes from
 * memoria.config.ts is named as the option there ("description.es"), then as the manifest's field.
 */
export function manifestProblems(manifest: Manifest): FormatProblem[] {
	const result = manifestSchema.safeParse(manifest);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const at = place(issue.path);
		const option = configOptions.find(([pattern]) => pattern.test(at));
		return { at: option ? `${at.replace(option[0], option[1])} (memoria.json → ${at})` : at, message: issue.message };
	});
}

/** Why an export does not follow the format, each problem naming the entry by its section, place and id; empty when it does. */
export function exportProblems(memoryExport: unknown): FormatProblem[] {
	const result = memoryExportSchema.safeParse(memoryExport);
	if (result.success) return [];
	const record = (memoryExport ?? {}) as Record<string, unknown>;
	return result.error.issues.map((issue) => {
		const [section, index, ...field] = issue.path;
		if (typeof section !== 'string' || typeof index !== 'number') return { at: place(issue.path), message: issue.message };
		const entry = (record[section] as { id?: unknown }[] | undefined)?.[index];
		return { at: `${section}[${index}] (${String(entry?.id)})${field.length ? ` → ${place(field)}` : ''}`, message: issue.message };
	});
}

/** The export's file for each language of the site, in the manifest's order. */
export function exportFiles(config: Pick<SiteConfig, 'languages' | 'defaultLanguage'>): { language: string; path: string }[] {
	return createLocales(config).languages.map((language) => ({ language, path: exportFile(language) }));
}
