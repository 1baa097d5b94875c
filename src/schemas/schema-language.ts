import { z } from 'zod';
import { schemaIssueMessage } from '../errors/schema-messages';
import { writerLanguage, type WriterLanguage } from '../errors/writer-language';

/**
 * The language the schemas speak: their own messages and zod's, for every parse of a content
 * file, by the content checks, by Astro's loaders and by the dev server alike. The writer's
 * language (src/errors/writer-language.ts) unless a caller chose one for the messages it is
 * about to show (inSchemaLanguage).
 *
 * zod keeps one configuration per copy of zod, and this module sets it when it is loaded: every
 * schema imports it (through shared.ts), so whichever copy parses a file has the map.
 */
let chosen: WriterLanguage | undefined;

/** The language of the messages the schemas give now. */
export const schemaLanguage = (): WriterLanguage => chosen ?? writerLanguage();

/**
 * Runs `work` with schema messages in `language` (the content checks' language), then gives the
 * choice back: a check run leaves no language behind for whatever parses next in the process.
 */
export function inSchemaLanguage<T>(language: WriterLanguage, work: () => T): T {
	const before = chosen;
	chosen = language;
	try {
		return work();
	} finally {
		chosen = before;
	}
}

/**
 * A schema's own message for a field, in both languages, as zod's `error` option: zod asks for it
 * when it reports the field, and gets it in the language of the moment.
 */
export const said = (text: Record<WriterLanguage, string>) => ({ error: () => text[schemaLanguage()] });

/** A schema's own message, in the language of the moment, for `ctx.addIssue` in a refinement. */
export const saying = (text: Record<WriterLanguage, string>): string => text[schemaLanguage()];

z.config({ customError: (issue) => schemaIssueMessage(issue, schemaLanguage()) });
