import { z } from 'zod';
import { sections } from '../model/sections';

/**
 * The open format of a published memory (issue 23), version 1: what every public build writes so
 * that other sites (a network's hub) can keep a faithful copy, and what a hub accepts from a member.
 *
 * - `/memoria.json`, the manifest: who publishes, in which languages, under which licence, whether
 *   others may keep copies, which Memoria and Pagefind made it, and every file a copy needs with
 *   its sha256 (the per-language exports, and the Pagefind bundles when the build has them).
 * - `/data/memory.<language>.json`, one export per language: every public entry's fields and its
 *   Markdown body, with its page's path, so a hub renders a copy without the member's site.
 *
 * A hub reads both as untrusted input: these schemas bound every size and shape, paths cannot
 * leave the folder they name, and fields the hub does not know are kept but never rendered as HTML.
 * The JSON Schema shipped in the package (schemas/memoria-manifest.schema.json) is written from
 * `manifestSchema`; docs: content/docs/guides/network.md and its Spanish translation.
 */

/** The manifest's address, from the site's base. */
export const manifestFile = 'memoria.json';
/** The value of `format` in every manifest. */
export const manifestFormat = 'memoria-manifest';
/** The major version of the format. A hub refuses another major version; minor additions are new optional fields. */
export const formatVersion = 1;

/** The export of one language, from the site's base. */
export const exportFile = (language: string) => `data/memory.${language}.json`;

/** What a hub accepts from one member at most: a member's data never fills the hub's disk or memory. */
export const memberLimits = {
	/** The manifest's size. */
	manifestBytes: 2 * 1024 * 1024,
	/** One export file's size. */
	exportBytes: 64 * 1024 * 1024,
	/** Every file of one member together (exports and search bundles). */
	totalBytes: 512 * 1024 * 1024,
	/** Files listed in one manifest. */
	files: 200_000,
	/** A zip's entries, and how much larger than the zip its contents may be (zip bombs). */
	zipEntries: 200_000,
	zipExpansion: 50,
	/** One entry's Markdown body, in characters. */
	bodyCharacters: 1_000_000,
	/** Seconds to wait for one answer of a member's server. */
	timeoutSeconds: 30,
} as const;

const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hexadecimal digits');
/**
 * A path inside a folder: forward slashes, no "." or ".." segment, no leading slash, no backslash,
 * no control character or colon (a drive letter or a stream on Windows). Checked again when written.
 */
export const relativePath = z
	.string()
	.min(1)
	.max(400)
	.regex(/^(?!\/)(?!.*\/\/)[A-Za-z0-9._~+@=-]+(?:\/[A-Za-z0-9._~+@=-]+)*\/?$/, 'a path inside the folder, with forward slashes')
	.refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'), 'a path inside the folder, without "." or ".."');

/** A file a copy needs, with what proves it is the one the member published. */
export const listedFile = z.object({
	path: relativePath,
	sha256,
	bytes: z.number().int().nonnegative().max(memberLimits.totalBytes),
});

/** Pagefind's search bundle of a build: its folder and every file in it. */
export const searchBundle = z.object({
	/** "current" for the pages readers see; "retired" for archived entries, ranked last. */
	kind: z.enum(['current', 'retired']),
	/** The bundle's folder, from the site's base, such as "pagefind/". */
	path: relativePath,
	files: z.array(listedFile).max(memberLimits.files),
});

export const manifestSchema = z.object({
	format: z.literal(manifestFormat),
	version: z.literal(formatVersion),
	/** When the build that wrote it ran (ISO 8601). */
	generated: z.iso.datetime({ offset: true }),
	organisation: z.object({
		name: z.string().min(1).max(200),
		/** Two-letter country code, such as "MX", when the site's configuration names one. */
		country: z
			.string()
			.regex(/^[A-Z]{2}$/)
			.optional(),
		description: z.record(languageCode, z.string().max(2000)).default({}),
	}),
	/** The published site: its public address (when configured) and its base path. */
	site: z.object({
		url: z.url({ protocol: /^https?$/ }).optional(),
		base: z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/),
	}),
	languages: z.array(languageCode).min(1).max(30),
	defaultLanguage: languageCode,
	/** The licence of the content: an SPDX identifier (such as "CC-BY-4.0") and its text's address. Null: none stated. */
	licence: z
		.object({
			id: z.string().min(1).max(100),
			url: z.url({ protocol: /^https?$/ }).optional(),
		})
		.nullable(),
	/**
	 * The member's consent. `allowed`: others may keep and republish a copy. `leaving`: every hub that
	 * keeps one removes it at its next pull. Consent is the member's: without both, a hub keeps nothing.
	 */
	copies: z.object({ allowed: z.boolean(), leaving: z.boolean() }),
	generator: z.object({ memoria: z.string().min(1).max(50), pagefind: z.string().min(1).max(50) }),
	/** One export per language of the site. */
	exports: z.array(listedFile.extend({ language: languageCode, entries: z.number().int().nonnegative() })).max(30),
	/** The Pagefind bundles, when the copy carries them (an offline archive does not: it has its own search). */
	search: z.array(searchBundle).max(4).default([]),
});
export type Manifest = z.output<typeof manifestSchema>;

/** A reference to another entry of the same memory, as the export expands it. */
const reference = z.object({ id: z.string().max(300), title: z.string().max(500).optional(), url: z.string().max(2000).optional() });

/**
 * One entry of an export. The fields every entry has are checked; the others (a learning's lesson,
 * a project's assumptions…) are kept as the member wrote them, and a hub shows them only as text.
 */
export const exportedEntry = z.looseObject({
	/** The entry's id: its file's path inside its collection folder, without the extension. */
	id: relativePath,
	type: z.enum(sections as [string, ...string[]]),
	/** The address of the entry's page on the member's site (absolute when the site has an address). */
	url: z.string().max(2000),
	/** The page's path from the site's base, without the language's prefix, such as "aprendizajes/escuchar/". */
	path: relativePath,
	/** The language of the text (an untranslated entry's is its original's). */
	language: languageCode,
	translated: z.boolean(),
	title: z.string().min(1).max(500),
	/** The entry's Markdown body, as the writer wrote it. */
	body: z.string().max(memberLimits.bodyCharacters).default(''),
	themes: z
		.array(z.object({ id: z.string().max(200), label: z.string().max(200) }))
		.max(200)
		.optional(),
	projects: z.array(reference).max(500).optional(),
	organisations: z.array(reference).max(500).optional(),
});
export type ExportedEntry = z.output<typeof exportedEntry>;

/** One language's export: `/data/memory.<language>.json`. */
export const memoryExportSchema = z.looseObject({
	language: languageCode,
	generated: z.string().max(100),
	themes: z.array(z.object({ id: z.string().max(200), label: z.string().max(200) })).max(10_000),
	...Object.fromEntries(sections.map((section) => [section, z.array(exportedEntry).max(memberLimits.files).default([])])),
});
export type MemoryExport = z.output<typeof memoryExportSchema>;
