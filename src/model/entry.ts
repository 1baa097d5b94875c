import type { z } from 'zod';
import type { collectionRegistry } from './registry';
import type { Section } from './sections';

/**
 * The shapes the content graph is made of: one file of an entry in one language, an entry with
 * its languages, and each section's data as its schema in the registry parses it.
 */

type Registry = typeof collectionRegistry;
type SchemaOf<S extends Section> = Registry[S] extends { schema: (...args: never[]) => infer Z } ? Z : never;

/** Each section's data, as its schema (src/model/registry.ts) gives it to code. */
export type SectionData = { [S in Section]: z.output<SchemaOf<S> & z.ZodType> };

/** One file as the content layer loaded it. `source` is kept opaque so pages can render it. */
export interface RawEntry<T = unknown> {
	id: string;
	filePath: string;
	data: T;
	source?: unknown;
}

/** One file of an entry, in one language. */
export interface EntryFile<S extends Section = Section> {
	section: S;
	key: string;
	language: string;
	filePath: string;
	data: SectionData[S];
	source?: unknown;
}

/** An entry with all its language versions; `original` is the default-language file. */
export interface Entry<S extends Section = Section> {
	section: S;
	key: string;
	original: EntryFile<S>;
	translations: Map<string, EntryFile<S>>;
}
