/**
 * What a writer reads when a field does not fit its schema: Memoria's words, in the writer's
 * language, never zod's developer messages ("Invalid input: expected string") nor its Spanish
 * ones ("Inválido URL").
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { schemaIssueMessage } from '../../src/errors/schema-messages';
import type { WriterLanguage } from '../../src/errors/writer-language';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { projectSchema } from '../../src/schemas/project';
import { inSchemaLanguage } from '../../src/schemas/schema-language';

const learning = { title: 'A lesson', date: '2021-02-01', project: 'river', phase: 'design', kind: 'worked', lesson: 'We learned.' };

/** The messages of a parse, by field, in a language. */
function messages(schema: z.ZodType, data: unknown, language: WriterLanguage): Record<string, string> {
	// zod words its messages when they are read, so they are read in the language too.
	return inSchemaLanguage(language, () =>
		Object.fromEntries((schema.safeParse(data).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
	);
}

describe('schema messages', () => {
	it.each([
		['en', 'Write one of: "anecdotal", "observed", "verified".'],
		['es', 'Escribe uno de estos: "anecdotal", "observed", "verified".'],
	] as const)('name the values a field takes (%s)', (language, expected) => {
		expect(messages(learningSchema(), { ...learning, confidence: 'sure' }, language).confidence).toBe(
			`"sure" ${language === 'en' ? 'is not one of the values this field takes' : 'no es uno de los valores de este campo'}. ${expected}`
		);
	});

	it.each(['en', 'es'] as const)('give a schema’s own message in the language asked for, over zod’s (%s)', (language) => {
		const website = messages(organisationSchema(), { name: 'Acme', website: 'acme.org' }, language).website;

		expect(website).toBe(
			language === 'en'
				? 'Write the full web address, starting with https://, like https://example.org.'
				: 'Escribe la dirección web completa, que empiece con https://, como https://ejemplo.org.'
		);
		expect(website).not.toMatch(/Inválid|Invalid/);
	});

	it('say that a missing field is needed, and what to write there', () => {
		const { lesson, ...withoutLesson } = learning;

		expect(messages(learningSchema(), withoutLesson, 'es').lesson).toBe('Este campo es obligatorio: escribe un texto.');
		expect(messages(learningSchema(), withoutLesson, 'en').lesson).toBe('This field is needed: write a text.');
	});

	it('say what was written instead of the kind of value a field needs', () => {
		expect(messages(learningSchema(), { ...learning, title: 3 }, 'es').title).toBe('Este campo necesita un texto, no el número 3.');
		expect(messages(learningSchema(), { ...learning, authors: 'Ana' }, 'en').authors).toBe(
			'This field needs a list, like [first, second], not the text "Ana".'
		);
	});

	it('give the schemas’ own refinements in the writer’s language', () => {
		const project = { title: 'River', status: 'active', start: '2021-05-01', end: '2021-01-01' };

		expect(messages(projectSchema(), project, 'es').end).toBe('La fecha de fin es anterior a la de inicio.');
		expect(messages(learningSchema(), { ...learning, title: '' }, 'es').title).toBe('Cada entrada necesita un título.');
		expect(messages(learningSchema(), { ...learning, date: '2024-02-31' }, 'es').date).toBe(
			'"2024-02-31" no es una fecha real. Escríbela como AAAA-MM-DD, por ejemplo 2024-03-15.'
		);
	});

	it('has a message in both languages for every kind of issue zod reports', () => {
		const issues = [
			{ code: 'invalid_type', expected: 'string', input: 3 },
			{ code: 'too_small', origin: 'array', minimum: 2, input: [] },
			{ code: 'too_big', origin: 'string', maximum: 5, input: 'abcdefg' },
			{ code: 'invalid_format', format: 'email', input: 'x' },
			{ code: 'not_multiple_of', divisor: 5, input: 3 },
			{ code: 'unrecognized_keys', keys: ['colour'], input: {} },
			{ code: 'invalid_union', errors: [], input: 3 },
			{ code: 'invalid_key', origin: 'record', issues: [], input: 'x' },
			{ code: 'invalid_element', origin: 'set', key: 'x', issues: [], input: 'x' },
			{ code: 'invalid_value', values: ['a', 'b'], input: 'c' },
			{ code: 'custom', input: 'x' },
		] as unknown as z.core.$ZodRawIssue[];
		for (const issue of issues) {
			const en = schemaIssueMessage(issue, 'en');
			const es = schemaIssueMessage(issue, 'es');
			expect(en, issue.code).toMatch(/\.$/);
			expect(es, issue.code).toMatch(/\.$/);
			expect(es, issue.code).not.toBe(en);
		}
	});
});
