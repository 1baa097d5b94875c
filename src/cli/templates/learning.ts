import type { WriterLanguage } from '../../errors/writer-language';
import { settingsFields, summaryField, titleField } from './base-fields';
import { block, daysAfter, field, markdownFile, renderFields, someIds, yamlIds, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/**
 * A lesson learned. The body asks the four after-action review questions (what did we expect,
 * what happened, why, what will we do differently) and every hint steers away from blame: fear
 * of blame and lack of time are why people stop recording lessons, so the template says that
 * ten minutes and three fields are enough.
 */
const text = {
	en: {
		heading:
			'A lesson learned. Ten minutes are enough: write the title, the lesson and what happened; the rest can wait. Write so that nobody is blamed: describe conditions and decisions, not people’s mistakes.',
		date: 'When the lesson was recorded.',
		project: 'The project it comes from: the file name of a project in content/projects/, without ".md".',
		organisations: (ids: string) => `Other organisations involved, by their file name in content/organisations/${ids ? ` (${ids})` : ''}.`,
		phase: 'When in the project it happened: design, build, launch, operate or close.',
		kind: 'Did it work? worked, did-not-work or mixed. What did not work is as worth recording as what did.',
		lesson: 'The lesson itself, in one or two sentences: what should the next team know?',
		lessonPlaceholder: '[The lesson in one or two sentences]',
		expected: 'What did we expect to happen? One or two sentences; the longer story goes below the frontmatter.',
		happened: 'What actually happened?',
		why: 'Why was there a difference? Describe conditions and decisions, not people’s mistakes.',
		recommendations: 'What will we do differently? One item per change. Delete the item if there is nothing to change, or copy its lines for another.',
		action: '[What we will do differently]',
		owner: 'a role or a team, not a person’s name',
		due: 'by when, if there is a date',
		state: 'open, done or dropped',
		evidence: 'What supports the lesson, if anything. To add evidence, delete the [] and the "# " of the two lines below.',
		evidenceKind: 'data, testimony, document or link',
		evidenceReference: '[Where to find it: a link, a document, a meeting]',
		confidence: 'How sure are we? anecdotal (one story), observed (seen more than once) or verified (checked with data).',
		status: 'draft until someone else has read it; then reviewed.',
		authors: 'Who wrote it: roles, or names only with each person’s consent. Like [Programme team].',
		body: `<!--
Tell the longer story here, in your own words: 80 to 200 words are enough. The short answers in
the fields above appear at the top of the page; delete any heading below that you do not need.
Write so that nobody is blamed: "renewing the server was nobody's task", not "the coordinator
forgot to renew it". Name roles, not people.
-->

## What did we expect?

<!-- What was the plan, and what did we think would happen? Say it honestly, even if it looks naive now. -->

## What happened?

<!-- The facts, in order. What did we see, hear or measure? -->

## Why was there a difference?

<!-- The conditions and decisions that led there: time, money, information, tools, how the work was organised. -->

## What will we do differently?

<!-- The change we will make next time, and which role or team takes it forward. -->`,
	},
	es: {
		heading:
			'Una lección aprendida. Bastan diez minutos: escribe el título, la lección y lo que pasó; lo demás puede esperar. Escribe de modo que nadie quede señalado: describe condiciones y decisiones, no errores de personas.',
		date: 'Cuándo se registró la lección.',
		project: 'El proyecto del que sale: el nombre del archivo de un proyecto en content/projects/, sin ".md".',
		organisations: (ids: string) => `Otras organizaciones involucradas, por el nombre de su archivo en content/organisations/${ids ? ` (${ids})` : ''}.`,
		phase: 'En qué etapa del proyecto pasó: design (diseño), build (desarrollo), launch (lanzamiento), operate (operación) o close (cierre).',
		kind: '¿Funcionó? worked (funcionó), did-not-work (no funcionó) o mixed (en parte). Lo que no funcionó vale tanto como lo que sí.',
		lesson: 'La lección misma, en una o dos oraciones: ¿qué debería saber el próximo equipo?',
		lessonPlaceholder: '[La lección en una o dos oraciones]',
		expected: '¿Qué esperábamos que pasara? Una o dos oraciones; la historia completa va debajo de los metadatos.',
		happened: '¿Qué pasó en realidad?',
		why: '¿Por qué hubo una diferencia? Describe condiciones y decisiones, no errores de personas.',
		recommendations: '¿Qué haremos diferente? Un elemento por cada cambio. Borra el elemento si no hay nada que cambiar, o copia sus líneas para agregar otro.',
		action: '[Lo que haremos diferente]',
		owner: 'un rol o un equipo, no el nombre de una persona',
		due: 'para cuándo, si hay fecha',
		state: 'open (abierta), done (hecha) o dropped (descartada)',
		evidence: 'Lo que respalda la lección, si hay algo. Para agregarlo, borra el [] y el "# " de las dos líneas de abajo.',
		evidenceKind: 'data (datos), testimony (testimonio), document (documento) o link (enlace)',
		evidenceReference: '[Dónde encontrarlo: un enlace, un documento, una reunión]',
		confidence: '¿Qué tan seguros estamos? anecdotal (una sola historia), observed (se vio más de una vez) o verified (se comprobó con datos).',
		status: 'draft (borrador) hasta que otra persona lo lea; después, reviewed (revisado).',
		authors: 'Quién lo escribió: roles, o nombres solo si cada persona está de acuerdo. Por ejemplo [Equipo del programa].',
		body: `<!--
Cuenta aquí la historia completa, con tus palabras: bastan de 80 a 200 palabras. Las respuestas
breves de los campos de arriba aparecen al principio de la página; borra los títulos de abajo que
no necesites. Escribe de modo que nadie quede señalado: «renovar el servidor no le tocaba a nadie»,
no «la coordinadora se olvidó de renovarlo». Nombra roles, no personas.
-->

## ¿Qué esperábamos?

<!-- ¿Cuál era el plan y qué creíamos que iba a pasar? Cuéntalo con honestidad, aunque ahora parezca ingenuo. -->

## ¿Qué pasó?

<!-- Los hechos, en orden. ¿Qué vimos, escuchamos o medimos? -->

## ¿Por qué hubo una diferencia?

<!-- Las condiciones y decisiones que llevaron a eso: tiempo, dinero, información, herramientas, cómo estaba organizado el trabajo. -->

## ¿Qué haremos diferente?

<!-- El cambio que haremos la próxima vez y qué rol o equipo lo impulsa. -->`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function learningTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		summaryField(input),
		field('date', t.date, input.date),
		field('project', t.project, input.projects[0] ?? ''),
		field('organisations', t.organisations(someIds(input.organisations)), yamlIds([])),
		field('phase', t.phase, 'design'),
		field('kind', t.kind, 'mixed'),
		field('lesson', t.lesson, yamlValue(t.lessonPlaceholder)),
		field('expected', t.expected, '""'),
		field('happened', t.happened, '""'),
		field('why', t.why, '""'),
		block('recommendations', t.recommendations, [
			`- action: ${yamlValue(t.action)}`,
			`  owner: ""                 # ${t.owner}`,
			`  # due: ${daysAfter(input.date, 90)}       # ${t.due}`,
			`  state: open               # ${t.state}`,
		]),
		{
			key: 'evidence',
			help: t.evidence,
			lines: ['evidence: []', `#   - kind: document         # ${t.evidenceKind}`, `#     reference: ${yamlValue(t.evidenceReference)}`],
		},
		field('confidence', t.confidence, 'anecdotal'),
		field('status', t.status, 'draft'),
		field('authors', t.authors, '[]'),
		...settingsFields(input, slug),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('learnings')), t.body);
}
