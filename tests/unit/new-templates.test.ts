import { docsSchema } from '@astrojs/starlight/schema';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { KindName } from '../../src/cli/new-text';
import { templates, type TemplateInput } from '../../src/cli/templates';
import { registryEntries } from '../../src/model/registry';

/** The zod schema each template must satisfy: its collection's in the registry; guides are Starlight pages. */
const schemas = Object.fromEntries(
	registryEntries().map(([, spec]) => [spec.kind, spec.schema ? () => spec.schema!({}) : () => docsSchema()({ image: () => z.string() } as never)])
) as Record<KindName, () => z.ZodType>;
/** The kinds whose schema is Memoria's own zod object (not Starlight's), so every field can be listed. */
const kindsWithShape = registryEntries().flatMap(([, spec]) => (spec.schema ? [spec.kind as KindName] : []));

const input = (overrides: Partial<TemplateInput> = {}): TemplateInput => ({
	title: 'Listen to the communities: before choosing a tool',
	date: '2024-02-29',
	language: 'en',
	projects: ['learning-lenses'],
	help: 'en',
	themes: ['open-data', 'partnerships'],
	organisations: ['ilsb'],
	defaultVisibility: 'public',
	...overrides,
});

/** The frontmatter of a generated file, read the way a YAML tool reads it. */
function frontmatterOf(kind: KindName, text: string): Record<string, unknown> {
	const yaml = kind === 'organisation' ? text : /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
	return parse(yaml) as Record<string, unknown>;
}

/** Comment lines joined back into sentences, so a phrase cut by line wrapping still matches. */
const prose = (text: string) => text.replace(/\n# ?/g, ' ');

describe('templates of npm run new', () => {
	for (const kind of Object.keys(templates) as KindName[]) {
		for (const help of ['en', 'es'] as const) {
			it(`writes a ${kind} whose frontmatter passes its schema as it stands (help in ${help})`, () => {
				const text = templates[kind](input({ help, language: help, projects: kind === 'learning' ? ['learning-lenses'] : [] }), 'listen-first');

				const result = schemas[kind]().safeParse(frontmatterOf(kind, text));

				expect(result.error?.issues ?? []).toEqual([]);
			});
		}
	}

	for (const kind of kindsWithShape) {
		it(`lists every field of the ${kind} schema, filled in or commented out`, () => {
			const keys = Object.keys((schemas[kind]() as z.ZodObject).shape);

			const text = templates[kind](input(), 'listen-first');

			const missing = keys.filter((key) => !new RegExp(`^(# )?${key}:`, 'm').test(text));
			expect(missing).toEqual([]);
		});
	}

	it('puts the title into the frontmatter exactly, quoting it when YAML needs quotes', () => {
		const text = templates.learning(input({ title: 'Call 3: "yes" or no? #1' }), 'call-3');

		expect(frontmatterOf('learning', text).title).toBe('Call 3: "yes" or no? #1');
	});

	it('fills in the project a learning comes from and the projects a call discussed', () => {
		const learning = frontmatterOf('learning', templates.learning(input({ projects: ['memory-practice'] }), 'x'));
		const call = frontmatterOf('call', templates.call(input({ projects: ['learning-lenses', 'memory-practice'] }), 'x'));

		expect(learning.project).toBe('memory-practice');
		expect(call.projects).toEqual(['learning-lenses', 'memory-practice']);
	});

	it('dates the entry with the given day and suggests a due date after it', () => {
		const call = frontmatterOf('call', templates.call(input({ date: '2024-03-15' }), 'x'));

		expect(call.date).toBe('2024-03-15');
		expect((call.actions as { due: string }[])[0]!.due).toBe('2024-04-12');
	});

	it('asks the after-action review questions in the body of a learning, in the language of the file', () => {
		const english = templates.learning(input(), 'x');
		const spanish = templates.learning(input({ help: 'es', language: 'es' }), 'x');

		expect(english.match(/^## .*$/gm)).toEqual([
			'## What did we expect?',
			'## What happened?',
			'## Why was there a difference?',
			'## What will we do differently?',
		]);
		expect(spanish.match(/^## .*$/gm)).toEqual(['## ¿Qué esperábamos?', '## ¿Qué pasó?', '## ¿Por qué hubo una diferencia?', '## ¿Qué haremos diferente?']);
	});

	it('writes a learning so that nobody is blamed and ten minutes are enough', () => {
		const text = prose(templates.learning(input(), 'x'));

		expect(text).toMatch(/nobody is blamed/);
		expect(text).toMatch(/not people’s mistakes/);
		expect(text).toMatch(/Ten minutes are enough/);
	});

	it('records call participants as counts and names no organisation by default', () => {
		const call = frontmatterOf('call', templates.call(input(), 'x'));

		expect(call.participants).toEqual({ people: 0, organisations: 0 });
		expect(call.organisations).toEqual([]);
	});

	it('reminds the writer of call notes of the consent rule for names, in both languages', () => {
		expect(prose(templates.call(input(), 'x'))).toMatch(/Consent rule: name a person only if they explicitly agreed/);
		expect(prose(templates.call(input({ help: 'es' }), 'x'))).toMatch(/Regla de consentimiento: nombra a una persona solo si aceptó de forma explícita/);
	});

	it('writes call action items as a checklist with an owner that is a role or organisation and a due date', () => {
		const text = templates.call(input(), 'x');

		const [action] = frontmatterOf('call', text).actions as Record<string, unknown>[];

		expect(Object.keys(action!)).toEqual(['what', 'owner', 'due', 'done']);
		expect(action!.done).toBe(false);
		expect(action!.owner).toMatch(/role or an organisation/);
	});

	it('writes help comments in Spanish for a Spanish file', () => {
		const text = templates.project(input({ help: 'es', language: 'es' }), 'x');

		expect(text).toContain('# El título, en el idioma de este archivo.');
		expect(text).not.toContain('# The title');
	});

	it('lists the themes and organisations writers may use in the help', () => {
		const text = templates.learning(input(), 'x');

		expect(text).toMatch(/^# .*content\/themes\.yaml: open-data, partnerships/m);
		expect(text).toMatch(/^# .*content\/organisations\/ \(ilsb\)/m);
	});

	it('keeps an entry public by default, leaving visibility to the site unless the writer opts in', () => {
		const data = frontmatterOf('project', templates.project(input(), 'x'));

		expect(data.visibility).toBeUndefined();
		expect(templates.project(input(), 'x')).toMatch(/^# visibility: internal$/m);
	});
});
