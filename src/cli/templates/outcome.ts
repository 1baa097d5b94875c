import type { WriterLanguage } from '../../errors/writer-language';
import { settingsFields, summaryField, titleField } from './base-fields';
import { field, markdownFile, renderFields, someIds, yamlIds, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/**
 * An outcome, as outcome harvesting records it: a change someone outside the team made, what the
 * team contributed, and who can confirm it. The hints insist on contribution, not attribution,
 * and on groups and roles rather than private people, because an outcome often describes
 * people in a community or an institution who never agreed to be named.
 */
const text = {
	en: {
		heading:
			'An outcome: a change in what someone outside the team does (a group, an institution, a community), observed and written down. Say what the team contributed, not that it caused the change. Name groups and roles, not private people.',
		date: 'When the change was observed, or first noticed.',
		who: 'Who changed: a group, an institution or a role.',
		whoPlaceholder: '[Who changed: a group, an institution or a role]',
		change: 'What changed, and when, in one or two sentences.',
		changePlaceholder: '[What changed, in one or two sentences]',
		significance: 'Why the change matters, and for whom.',
		contribution: 'How our work contributed to it, directly or indirectly.',
		verifiedBy: 'Who confirmed the change independently (a partner, a group of participants, a role), if anyone.',
		projects: 'The projects whose work contributed, by their file name in content/projects/.',
		learnings: 'Learnings that explain this change or that it explains, by their file name in content/learnings/.',
		organisations: (ids: string) => `Organisations involved in the change, by their file name in content/organisations/${ids ? ` (${ids})` : ''}.`,
		body: `<!--
Tell how the change came about, in 80 to 200 words: what was there before, what is different now,
and what part our work played among everything else that happened. Say how you know: a document,
a decision, what the people involved said (as a group, never quoting someone who did not agree).
-->

## Before and after

<!-- What people did before, and what they do now. -->

## Our contribution

<!-- What we did that helped, and what others did too. -->`,
	},
	es: {
		heading:
			'Un alcance: un cambio en lo que hace alguien fuera del equipo (un grupo, una institución, una comunidad), observado y registrado. Cuenta cómo contribuyó el equipo, no que lo causó. Nombra grupos y roles, no a personas particulares.',
		date: 'Cuándo se observó el cambio, o cuándo se notó por primera vez.',
		who: 'Quién cambió: un grupo, una institución o un rol.',
		whoPlaceholder: '[Quién cambió: un grupo, una institución o un rol]',
		change: 'Qué cambió y cuándo, en una o dos oraciones.',
		changePlaceholder: '[Qué cambió, en una o dos oraciones]',
		significance: 'Por qué importa el cambio y para quién.',
		contribution: 'Cómo contribuyó nuestro trabajo, de forma directa o indirecta.',
		verifiedBy: 'Quién confirmó el cambio por su cuenta (una organización aliada, un grupo de participantes, un rol), si alguien lo hizo.',
		projects: 'Los proyectos cuyo trabajo contribuyó, por el nombre de su archivo en content/projects/.',
		learnings: 'Aprendizajes que explican este cambio o que él explica, por el nombre de su archivo en content/learnings/.',
		organisations: (ids: string) => `Organizaciones involucradas en el cambio, por el nombre de su archivo en content/organisations/${ids ? ` (${ids})` : ''}.`,
		body: `<!--
Cuenta cómo se dio el cambio, en 80 a 200 palabras: qué había antes, qué es distinto ahora y qué
papel tuvo nuestro trabajo entre todo lo demás que pasó. Di cómo lo sabes: un documento, una
decisión, lo que dijeron las personas involucradas (como grupo, sin citar a nadie que no lo haya aceptado).
-->

## Antes y después

<!-- Qué hacían antes y qué hacen ahora. -->

## Nuestra contribución

<!-- Qué hicimos que ayudó, y qué hicieron otras personas u organizaciones. -->`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function outcomeTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		summaryField(input),
		field('date', t.date, input.date),
		field('who', t.who, yamlValue(t.whoPlaceholder)),
		field('change', t.change, yamlValue(t.changePlaceholder)),
		field('significance', t.significance, '""'),
		field('contribution', t.contribution, '""'),
		field('verifiedBy', t.verifiedBy, '""'),
		field('projects', t.projects, yamlIds(input.projects)),
		field('learnings', t.learnings, yamlIds([])),
		field('organisations', t.organisations(someIds(input.organisations)), yamlIds([])),
		...settingsFields(input, slug),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('outcomes')), t.body);
}
