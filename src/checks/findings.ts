import { catalogue, type ErrorId, type ErrorParams } from '../errors/catalogue';
import type { WriterLanguage } from '../errors/writer-language';

/** One thing a check found: where, what, and how to fix it, in the writer's language. */
export interface Finding {
	severity: 'error' | 'warning';
	id: ErrorId;
	file: string;
	line?: number | undefined;
	field?: string | undefined;
	message: string;
	hint: string;
}

export function finding<Id extends ErrorId>(
	severity: Finding['severity'],
	id: Id,
	params: ErrorParams<Id>,
	where: { file: string; line?: number | undefined; field?: string | undefined },
	language: WriterLanguage
): Finding {
	const spec = catalogue[id] as unknown as {
		message: (p: ErrorParams<Id>) => Record<WriterLanguage, string>;
		hint: (p: ErrorParams<Id>) => Record<WriterLanguage, string>;
	};
	return { severity, id, ...where, message: spec.message(params)[language], hint: spec.hint(params)[language] };
}

/** "content/learnings/x.md:12 → project", the place a writer opens; a control character in a file name is shown as its code, on one line. */
export function place(f: Pick<Finding, 'file' | 'line' | 'field'>): string {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to show as codes
	const file = f.file.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `${file}${f.line ? `:${f.line}` : ''}${f.field ? ` → ${f.field}` : ''}`;
}
