import type { Construct } from './convert/unconvertible';
import type { DropReason } from './map-frontmatter';
import type { SkippedFile } from './source-site';

/**
 * What an import could not do by itself, each with where to look: the report
 * (src/cli/import-report.ts) words them in the writer's language. `file` is the file written
 * into the site (where the writer fixes it), or the source's file when nothing was written.
 */
export type ImportNote =
	| { kind: 'unconvertible'; file: string; line: number; construct: Construct; text: string }
	| { kind: 'image-without-alt'; file: string; line: number; image: string }
	| { kind: 'html-image'; file: string; line: number; image: string }
	| { kind: 'missing-target'; file: string; line: number; target: string }
	| { kind: 'target-not-imported'; file: string; line: number; target: string }
	| { kind: 'headings-demoted'; file: string }
	| { kind: 'skipped'; file: string; reason: SkippedFile['reason']; detail?: string }
	| { kind: 'language-not-in-site'; language: string; files: string[] }
	| { kind: 'same-place'; file: string; other: string; target: string }
	| { kind: 'no-date'; file: string }
	| { kind: 'draft-internal'; file: string }
	| { kind: 'draft-like-original'; file: string }
	| { kind: 'without-original'; file: string; original: string; language: string };

/** A field dropped or kept, and how many pages had it. */
export interface FieldDecision {
	field: string;
	reason: DropReason | 'kept';
	pages: number;
}
