import { AstroError } from 'astro/errors';
import { catalogue, type ErrorId, type ErrorParams } from './catalogue';
import { writerLanguage, type WriterLanguage } from './writer-language';

/**
 * The one way Memoria reports a writer's mistake: the file, the field, what is wrong and
 * how to fix it, in the writer's language. Extends AstroError so Astro prints the hint
 * beside the message instead of a bare stack trace.
 */
export class MemoriaError extends AstroError {
	readonly id: ErrorId;
	readonly file: string | undefined;
	readonly field: string | undefined;
	/** The message without the id and place, for reports that show those apart. */
	readonly text: string;

	constructor(id: ErrorId, message: string, hint: string, file?: string, field?: string, text = message) {
		super(message, hint);
		this.text = text;
		this.name = 'MemoriaError';
		this.id = id;
		this.file = file;
		this.field = field;
	}
}

interface Where {
	file?: string;
	field?: string;
}

/** Builds the error `id` in the writer's language, prefixed with where it happened. */
export function memoriaError<Id extends ErrorId>(
	id: Id,
	params: ErrorParams<Id>,
	where: Where = {},
	language: WriterLanguage = writerLanguage()
): MemoriaError {
	const spec = catalogue[id] as unknown as {
		message: (p: ErrorParams<Id>) => Record<WriterLanguage, string>;
		hint: (p: ErrorParams<Id>) => Record<WriterLanguage, string>;
	};
	const place = where.file ? `${where.file}${where.field ? ` → ${where.field}` : ''}: ` : '';
	const text = spec.message(params)[language];
	return new MemoriaError(id, `[memoria:${id}] ${place}${text}`, spec.hint(params)[language], where.file, where.field, text);
}
