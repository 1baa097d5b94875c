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
 * The JSON Schemas shipped in the package (schemas/memoria-manifest.schema.json and
 * schemas/memoria-export.schema.json) are written from `manifestSchema` and `memoryExportSchema`
 * with these doc comments (`npm run schemas`); docs: content/docs/guides/network.md and its Spanish translation.
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
	// One pattern, with the "." and ".." segments refused by it too, so the JSON Schema written from it refuses the same paths.
	.regex(
		/^(?!\/)(?!.*\/\/)(?!(?:.*\/)?\.\.?(?:\/|$))[A-Za-z0-9._~+@=-]+(?:\/[A-Za-z0-9._~+@=-]+)*\/?$/,
		'a path inside the folder: forward slashes, no "." or ".." segment'
	);

/** A file a copy needs, with what proves it is the one the member published. */
export const listedFile = z.object({
	/** The file's path: an export's from the site's base, a search bundle's file's from the bundle's folder. */
	path: relativePath,
	/** The sha256 of the file's bytes, in hexadecimal. */
	sha256,
	/** The file's size in bytes. */
	bytes: z.number().int().nonnegative().max(memberLimits.totalBytes),
});

/** Pagefind's search bundle of a build: its folder and every file in it. */
export const searchBundle = z.object({
	/** "current" for the pages readers see; "retired" for archived entries, ranked last. */
	kind: z.enum(['current', 'retired']),
	/** The bundle's folder, from the site's base, such as "pagefind/". */
	path: relativePath,
	/** Every file of the bundle, its path from the bundle's folder ("pagefind-entry.json", "fragment/en_1a2b3c.pf_fragment"). */
	files: z.array(listedFile).max(memberLimits.files),
});

/**
 * A published memory's manifest, /memoria.json: who publishes it, under which licence, whether
 * others may keep a copy, and every file a copy needs with its sha256.
 */
export const manifestSchema = z.object({
	/** Always "memoria-manifest". */
	format: z.literal(manifestFormat),
	/** The format's major version. */
	version: z.literal(formatVersion),
	/** When the build that wrote it ran (ISO 8601). */
	generated: z.iso.datetime({ offset: true }),
	/** Who publishes the memory. */
	organisation: z.object({
		/** The organisation's name. */
		name: z.string().min(1).max(200),
		/** Two-letter country code, such as "MX", when the site's configuration names one. */
		country: z
			.string()
			.regex(/^[A-Z]{2}$/)
			.optional(),
		/** One sentence about the organisation, per language code. */
		description: z.record(languageCode, z.string().max(2000)).default({}),
	}),
	/** The published site: its public address (when configured) and its base path. */
	site: z.object({
		/** The site's public address, without its base path, when the site configures one. */
		url: z.url({ protocol: /^https?$/ }).optional(),
		/** The path the site is served under, with a slash at both ends: "/" or "/memoria/". */
		base: z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/),
	}),
	/** The languages the site is published in, its default language first. */
	languages: z.array(languageCode).min(1).max(30),
	/** The language whose pages have no prefix in their address. */
	defaultLanguage: languageCode,
	/** The licence of the content: an SPDX identifier (such as "CC-BY-4.0") and its text's address. Null: none stated. */
	licence: z
		.object({
			/** The licence's SPDX identifier, such as "CC-BY-4.0". */
			id: z.string().min(1).max(100),
			/** The address of the licence's text. */
			url: z.url({ protocol: /^https?$/ }).optional(),
		})
		.nullable(),
	/**
	 * The member's consent. `allowed`: others may keep and republish a copy. `leaving`: every hub that
	 * keeps one removes it at its next pull. Consent is the member's: without both, a hub keeps nothing.
	 */
	copies: z.object({
		/** Others may keep and republish a copy of the public entries. */
		allowed: z.boolean(),
		/** Every hub that keeps a copy removes it at its next pull. */
		leaving: z.boolean(),
	}),
	/** The versions of Memoria and of Pagefind that made the build (a hub merges only search bundles of its own Pagefind version). */
	generator: z.object({
		/** Memoria's version, such as "0.1.0". */
		memoria: z.string().min(1).max(50),
		/** Pagefind's version, such as "1.6.0". */
		pagefind: z.string().min(1).max(50),
	}),
	/** One export per language of the site. */
	exports: z
		.array(
			listedFile.extend({
				/** The export's language. */
				language: languageCode,
				/** How many entries it holds, every section together. */
				entries: z.number().int().nonnegative(),
			})
		)
		.max(30),
	/** The Pagefind bundles, when the copy carries them (an offline archive does not: it has its own search). */
	search: z.array(searchBundle).max(4).default([]),
});
export type Manifest = z.output<typeof manifestSchema>;

/** A reference to another entry of the same memory, as the export expands it. */
const reference = z.object({
	/** The entry's id. */
	id: z.string().max(300),
	/** Its title in the export's language. */
	title: z.string().max(500).optional(),
	/** The address of its page. */
	url: z.string().max(2000).optional(),
});

/** A theme of the site's vocabulary, labelled in the export's language. */
const labelledTheme = z.object({
	/** The theme's id, as entries name it. */
	id: z.string().max(200),
	/** Its label in the export's language. */
	label: z.string().max(200),
});

/**
 * One entry of an export. The fields every entry has are checked; the others (a learning's lesson,
 * a project's assumptions…) are kept as the member wrote them, and a hub shows them only as text.
 */
export const exportedEntry = z.looseObject({
	/** The entry's id: its file's path inside its collection folder, without the extension. */
	id: relativePath,
	/** The entry's section: "learnings", "projects"… */
	type: z.enum(sections as [string, ...string[]]),
	/** The address of the entry's page on the member's site (absolute when the site has an address). */
	url: z.string().max(2000),
	/** The page's path from the site's base, without the language's prefix, such as "aprendizajes/escuchar/". */
	path: relativePath,
	/** The language of the text (an untranslated entry's is its original's). */
	language: languageCode,
	/** Whether the text is in the export's language; false: the original's, not translated yet. */
	translated: z.boolean(),
	/** The entry's title (an organisation's name). */
	title: z.string().min(1).max(500),
	/** The entry's Markdown body, as the writer wrote it. */
	body: z.string().max(memberLimits.bodyCharacters).default(''),
	/** The entry's themes, with their labels in the export's language. */
	themes: z.array(labelledTheme).max(200).optional(),
	/** The projects it names that the site publishes. */
	projects: z.array(reference).max(500).optional(),
	/** The organisations it names that the site publishes. */
	organisations: z.array(reference).max(500).optional(),
});
export type ExportedEntry = z.output<typeof exportedEntry>;

/**
 * One language's export, /data/memory.<language>.json: every public entry of every section, with
 * its fields, its Markdown body and its page's path.
 */
export const memoryExportSchema = z.looseObject({
	/** The export's language. */
	language: languageCode,
	/** When the build that wrote it ran. */
	generated: z.string().max(100),
	/** The site's theme vocabulary, with labels in the export's language. */
	themes: z.array(labelledTheme).max(10_000),
	...Object.fromEntries(sections.map((section) => [section, z.array(exportedEntry).max(memberLimits.files).default([])])),
});
export type MemoryExport = z.output<typeof memoryExportSchema>;
