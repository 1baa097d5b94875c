import type { ErrorId } from '../errors/catalogue';

/**
 * The checks a site may make stricter or more lenient in memoria.config.ts (`checks`), and
 * where. Every other check always stops the build, because relaxing it would publish something
 * harmful or break the build itself:
 *
 * - what protects readers: raw HTML and scripts, unsafe addresses and SVG files;
 * - what keeps internal content internal: an internal entry in the public output (the leak gate);
 * - what the build cannot do without: unreadable files and YAML, fields of the wrong type,
 *   references to entries that do not exist, two entries at one address, a missing image.
 *
 * `anywhere`: the site decides, for every build. `internal-build`: these protect people (someone's
 * address or phone, data past its retention date, a camera's record of who and where, the title
 * of an internal entry); an internal build, read only by the organisation, may relax them, and a
 * public build keeps them errors whatever the configuration says.
 */
export const adjustableChecks = {
	'image-without-alt': 'anywhere',
	'broken-link': 'anywhere',
	'html-image-path': 'anywhere',
	'unknown-field': 'anywhere',
	'review-due': 'anywhere',
	'h1-in-body': 'anywhere',
	'template-placeholder': 'anywhere',
	'personal-data': 'internal-build',
	'retention-expired': 'internal-build',
	'image-metadata': 'internal-build',
	'link-to-internal': 'internal-build',
} as const satisfies Partial<Record<ErrorId, 'anywhere' | 'internal-build'>>;

export type AdjustableCheck = keyof typeof adjustableChecks;
export const adjustableCheckIds = Object.keys(adjustableChecks) as AdjustableCheck[];

/** "error" stops the build, "warn" is listed (and written to the report) and the build goes on, "off" is not reported. */
export const checkLevels = ['error', 'warn', 'off'] as const;
export type CheckLevel = (typeof checkLevels)[number];
