import type { WriterLanguage } from '../../errors/writer-language';
import { settingsFields, summaryField, titleField } from './base-fields';
import { block, field, markdownFile, optional, renderFields, someIds, yamlIds, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/** A project, with The Engine Room's three questions (why technology, how, which tools). */
const text = {
	en: {
		heading: 'A project: the unit of work that learnings, calls and posts belong to.',
		status: 'Where the project stands: planned, active, paused, completed or archived.',
		start: 'The day it started.',
		end: 'The day it ended. Leave the "# " while the project runs.',
		countries: 'Countries it works in, as two-letter codes, like [MX, CO].',
		organisations: (ids: string) => `Organisations involved, by their file name in content/organisations/${ids ? ` (${ids})` : ''}.`,
		communities: 'The communities it serves, in the language of this file, like [Youth networks in Oaxaca, Community radio stations].',
		objectives: 'What the project sets out to achieve, one item per line.',
		objective: '[What the project sets out to achieve]',
		tools: 'Tools and technologies used. To add one, delete the [] and the "# " of the three lines below; copy them for more.',
		toolName: '[Name of the tool]',
		toolPurpose: '[What it was used for, and why it was chosen]',
		openSource: 'true or false',
		questions: 'The three questions to ask of any use of technology: why technology at all, how it is done and with whom, and which tools.',
		why: 'Why use technology here at all, rather than another approach?',
		how: 'How is it designed and carried out, and with whom?',
		which: 'Which tools, and why these ones?',
		body: `<!-- The story of the project in your own words: 150 to 300 words. Delete any heading you do not need. -->

## Why we started

<!-- The problem, and the people it affects. -->

## What we did

<!-- The main steps, with whom, and what changed along the way. -->

## What came out of it

<!-- Results so far, including what did not work. Each lesson goes in a learning of its own (npx memoria new, then "Learning"). -->`,
	},
	es: {
		heading: 'Un proyecto: la unidad de trabajo a la que pertenecen los aprendizajes, las llamadas y las entradas del blog.',
		status: 'En qué punto está: planned (planeado), active (activo), paused (en pausa), completed (terminado) o archived (archivado).',
		start: 'El día en que empezó.',
		end: 'El día en que terminó. Deja el "# " mientras el proyecto siga.',
		countries: 'Países donde trabaja, con códigos de dos letras, por ejemplo [MX, CO].',
		organisations: (ids: string) => `Organizaciones que participan, por el nombre de su archivo en content/organisations/${ids ? ` (${ids})` : ''}.`,
		communities: 'Las comunidades con las que trabaja, en el idioma de este archivo, por ejemplo [Redes juveniles de Oaxaca, Radios comunitarias].',
		objectives: 'Lo que el proyecto se propone lograr, un objetivo por línea.',
		objective: '[Lo que el proyecto se propone lograr]',
		tools: 'Herramientas y tecnologías que usa. Para agregar una, borra el [] y el "# " de las tres líneas de abajo; cópialas para agregar más.',
		toolName: '[Nombre de la herramienta]',
		toolPurpose: '[Para qué se usó y por qué se eligió]',
		openSource: 'true (sí) o false (no)',
		questions: 'Las tres preguntas para cualquier uso de tecnología: por qué usar tecnología, cómo se hace y con quién, y con qué herramientas.',
		why: '¿Por qué usar tecnología aquí, y no otro camino?',
		how: '¿Cómo se diseña y se lleva a cabo, y con quién?',
		which: '¿Qué herramientas, y por qué esas?',
		body: `<!-- La historia del proyecto con tus palabras: de 150 a 300 palabras. Borra los títulos que no necesites. -->

## Por qué empezamos

<!-- El problema y las personas a las que afecta. -->

## Qué hicimos

<!-- Los pasos principales, con quién, y qué cambió en el camino. -->

## Qué resultó

<!-- Los resultados hasta ahora, incluido lo que no funcionó. Cada lección va en su propio aprendizaje (npx memoria new y después "Aprendizaje"). -->`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function projectTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		summaryField(input),
		field('status', t.status, 'active'),
		field('start', t.start, input.date),
		optional('end', t.end, input.date),
		field('countries', t.countries, '[]'),
		field('organisations', t.organisations(someIds(input.organisations)), yamlIds([])),
		field('communities', t.communities, '[]'),
		block('objectives', t.objectives, [`- ${yamlValue(t.objective)}`]),
		{
			key: 'tools',
			help: t.tools,
			lines: [
				'tools: []',
				`#   - name: ${yamlValue(t.toolName)}`,
				`#     purpose: ${yamlValue(t.toolPurpose)}`,
				`#     openSource: true        # ${t.openSource}`,
			],
		},
		block('questions', t.questions, [`why: ""       # ${t.why}`, `how: ""       # ${t.how}`, `which: ""     # ${t.which}`]),
		...settingsFields(input, slug),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('projects')), t.body);
}
