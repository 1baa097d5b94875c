import type { WriterLanguage } from '../../errors/writer-language';
import { settingsFields, summaryField, titleField } from './base-fields';
import { block, daysAfter, field, markdownFile, renderFields, someIds, yamlIds, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/**
 * Notes of a community call, written to protect the people in it: participants are counts,
 * organisations are named only when they agreed, and the consent rule for names is the first
 * thing the writer reads. Action items are a checklist with an owner (a role or organisation)
 * and a due date (content/docs/guides/community-calls.md).
 */
const text = {
	en: {
		heading:
			'Notes of a community call. Consent rule: name a person only if they explicitly agreed to be named in these notes; otherwise write roles and organisations ("the coordinator of a partner organisation"). Count participants; do not list them.',
		date: 'The day of the call.',
		participants: 'Who took part, as numbers: how many people, and from how many organisations. Count them; do not name them.',
		people: 'how many people',
		organisationCount: 'how many organisations they came from',
		organisations: (ids: string) =>
			`Only the organisations that agreed to be named, by their file name in content/organisations/${ids ? ` (${ids})` : ''}. The others are counted above.`,
		facilitator: 'Who facilitated: a role or an organisation.',
		agenda: 'The agenda, one item per line.',
		agendaItems: ['[First topic]', '[Second topic]'],
		projects: 'Projects discussed, by their file name in content/projects/.',
		learnings: 'Learnings discussed, by their file name in content/learnings/.',
		decisions: 'What was decided, one item per line.',
		decision: '[What was decided]',
		actions:
			'The action items, as a checklist: what will be done, who does it (a role or an organisation, never a person’s name without their consent), by when, and whether it is done. Copy the four lines for each action.',
		what: '[What will be done]',
		owner: '[A role or an organisation]',
		due: 'by when',
		done: 'true once it is done',
		body: `<!--
The consent rule applies here too: no names of people without their explicit consent, no e-mail
addresses or phone numbers, no quotes that could identify someone. If in doubt, leave it out.
-->

## Summary

<!-- Two or three sentences: why we met and what came out of it. -->

## Discussion

<!-- One short part per agenda item. Say what was said, not who said it. -->

## Next steps

<!-- Anything needed to understand the action items above. -->`,
	},
	es: {
		heading:
			'Notas de una llamada comunitaria. Regla de consentimiento: nombra a una persona solo si aceptó de forma explícita aparecer con su nombre en estas notas; si no, escribe roles y organizaciones («la coordinación de una organización aliada»). A quienes participaron se les cuenta; no se les enumera.',
		date: 'El día de la llamada.',
		participants: 'Quiénes participaron, en números: cuántas personas y de cuántas organizaciones. Se cuentan, no se nombran.',
		people: 'cuántas personas',
		organisationCount: 'de cuántas organizaciones venían',
		organisations: (ids: string) =>
			`Solo las organizaciones que aceptaron aparecer con su nombre, por el nombre de su archivo en content/organisations/${ids ? ` (${ids})` : ''}. Las demás se cuentan arriba.`,
		facilitator: 'Quién facilitó: un rol o una organización.',
		agenda: 'La agenda, un tema por línea.',
		agendaItems: ['[Primer tema]', '[Segundo tema]'],
		projects: 'Proyectos de los que se habló, por el nombre de su archivo en content/projects/.',
		learnings: 'Aprendizajes de los que se habló, por el nombre de su archivo en content/learnings/.',
		decisions: 'Lo que se acordó, un acuerdo por línea.',
		decision: '[Lo que se acordó]',
		actions:
			'Las tareas, como lista de pendientes: qué se hará, quién se encarga (un rol o una organización, nunca el nombre de una persona sin su consentimiento), para cuándo y si ya está hecha. Copia las cuatro líneas para cada tarea.',
		what: '[Qué se hará]',
		owner: '[Un rol o una organización]',
		due: 'para cuándo',
		done: 'true cuando esté hecha',
		body: `<!--
La regla de consentimiento vale también aquí: ningún nombre de persona sin su consentimiento
explícito, ningún correo electrónico ni teléfono, ninguna cita que pueda identificar a alguien.
Ante la duda, mejor no incluirlo.
-->

## Resumen

<!-- Dos o tres oraciones: por qué nos reunimos y qué salió de la reunión. -->

## Conversación

<!-- Una parte breve por cada tema de la agenda. Cuenta qué se dijo, no quién lo dijo. -->

## Próximos pasos

<!-- Lo que haga falta para entender las tareas de arriba. -->`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function callTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		summaryField(input),
		field('date', t.date, input.date),
		block('participants', t.participants, [`people: 0             # ${t.people}`, `organisations: 0      # ${t.organisationCount}`]),
		field('organisations', t.organisations(someIds(input.organisations)), yamlIds([])),
		field('facilitator', t.facilitator, '""'),
		block(
			'agenda',
			t.agenda,
			t.agendaItems.map((item) => `- ${yamlValue(item)}`)
		),
		field('projects', t.projects, yamlIds(input.projects)),
		field('learnings', t.learnings, yamlIds([])),
		block('decisions', t.decisions, [`- ${yamlValue(t.decision)}`]),
		block('actions', t.actions, [
			`- what: ${yamlValue(t.what)}`,
			`  owner: ${yamlValue(t.owner)}`,
			`  due: ${daysAfter(input.date, 28)}       # ${t.due}`,
			`  done: false           # ${t.done}`,
		]),
		...settingsFields(input, slug),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('calls')), t.body);
}
