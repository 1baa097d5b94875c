import type { z } from 'zod';
import { schemaIssueMessage } from '../../errors/schema-messages';
import type { WriterLanguage } from '../../errors/writer-language';
import { type PullProblem, refused } from './pull-problem';

/**
 * A member's file read as JSON and checked against one of the format's schemas (src/network/format.ts).
 * Bad JSON and a wrong shape are refusals naming the file; a path or id that is not a path
 * inside a folder is named as one, with its value, since that is an attempt to leave the mirror.
 */

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's JSON value. */
export function parseJson(bytes: Uint8Array, file: string): unknown {
	try {
		return JSON.parse(decoder.decode(bytes));
	} catch (error) {
		throw refused(file, { problem: 'json', detail: error instanceof Error ? error.message : String(error) });
	}
}

/** The value, as the schema gives it back; refused with the schema's first problems, in both languages. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
	const result = schema.safeParse(value, { reportInput: true });
	if (result.success) return result.data;
	throw schemaRefusal(result.error.issues, value, file);
}

const shown = 3;

function schemaRefusal(issues: readonly z.core.$ZodIssue[], value: unknown, file: string): PullProblem {
	for (const issue of issues) {
		const key = issue.path.at(-1);
		const at = valueAt(value, issue.path);
		if ((key === 'path' || key === 'id') && typeof at === 'string' && (issue.code === 'invalid_format' || issue.code === 'custom')) {
			return refused(file, { problem: 'path', path: at });
		}
	}
	const words = (language: WriterLanguage) => {
		const listed = issues.slice(0, shown).map((issue) => {
			const message = schemaIssueMessage(issue as unknown as z.core.$ZodRawIssue, language) ?? issue.message;
			return `${issue.path.join('.') || '(root)'}: ${message}`;
		});
		const more = issues.length - shown;
		if (more > 0) listed.push(language === 'es' ? `y ${more} más` : `and ${more} more`);
		return listed.join('; ');
	};
	return refused(file, { problem: 'schema', detail: { en: words('en'), es: words('es') } });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
	let at = value;
	for (const key of path) {
		if (at === null || typeof at !== 'object') return undefined;
		at = (at as Record<PropertyKey, unknown>)[key];
	}
	return at;
}
