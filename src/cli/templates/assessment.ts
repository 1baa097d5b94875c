import type { WriterLanguage } from '../../errors/writer-language';
import { titleField } from './base-fields';
import { block, field, markdownFile, optional, renderFields, section, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/**
 * A self-assessment: one dimension with two questions and three result bands that already cover
 * every score they can add up to, so the file is valid as it stands and shows the pattern to copy.
 * The help says what happens to readers' answers, since writers are asked about it.
 */
const text = {
	en: {
		heading:
			'A self-assessment: a short questionnaire readers fill in on the site. Their answers stay in their own browser; nothing is sent anywhere. Questions are grouped in dimensions; each option has a score, and result bands say what each range of a dimension’s score means.',
		description: 'One sentence on what the assessment helps decide; shown in listings and search results.',
		descriptionPlaceholder: '[What this assessment helps a team decide, in one sentence]',
		intro: 'What readers read before the questions: who should answer together, how long it takes. A blank line starts a new paragraph.',
		introPlaceholder: '[Who should answer these questions together, and how long it takes.]',
		dimensions:
			'The parts the questions are grouped by, such as fit with goals, staff time, connection, skills. Each has an id (lower-case words joined by hyphens), a label and its bands. The bands must cover every score the dimension’s questions can add up to, without gaps or overlaps: here two questions scored 0 to 2 add up to 0 to 4. Copy the block for each dimension.',
		label: '[Name of this part, like “Staff time”]',
		bands: [
			{ title: 'Not yet', message: '[What this result means for the team]', next: '[A first step to take]' },
			{ title: 'Almost', message: '[What this result means for the team]' },
			{ title: 'Ready', message: '[What this result means for the team]' },
		],
		questions:
			'The questions, each with its dimension’s id and at least two options. A score is a whole number, 0 or more; readers do not see it. Copy the block for each question; questions are shown grouped by dimension, in this order.',
		question: '[The question, as readers will read it?]',
		help: '[Optional: what to think about when answering]',
		options: ['Yes', 'Partly', 'No'],
		overall:
			'Optional bands for the sum of every answer, shown first. Write them like a dimension’s bands; they must cover every total score. [] shows no overall result.',
		optionalHeading: 'Optional settings',
		visibility: (fallback: string) =>
			`Delete the "# " to keep this assessment out of the public site. Without this line the site’s default applies (${fallback}).`,
		reviewBy: 'When someone should check that the questions still make sense; the checks remind you after that day.',
		retainUntil: 'If your retention policy sets one: until when this may stay public.',
		archived: 'Delete the "# " when this is out of date: it keeps its address, with a notice, but leaves the listing.',
		consent: 'Names or contact details that the people concerned agreed to publish. Better: ask about readiness, never about people.',
		slug: 'A different last part for this page’s address, if you want one: lower-case words joined by hyphens.',
		aliases: 'Earlier addresses of this page that should keep working and lead here.',
		sourceChecked:
			'Only in a translation: the day you compared it with the original. A translation changes only the words: keep every id, score, "from" and "to".',
		body: `<!--
Optional: where these questions come from, or what to read next. This text appears at the end of
the page, after the questions and the results. Delete this comment if you write nothing here.
-->`,
	},
	es: {
		heading:
			'Una autoevaluación: un cuestionario breve que se responde en el sitio. Las respuestas se quedan en el navegador de cada persona; no se envía nada a ningún lado. Las preguntas se agrupan en dimensiones; cada opción tiene un puntaje, y las franjas de resultado dicen qué significa cada rango de puntaje de una dimensión.',
		description: 'Una oración sobre lo que la autoevaluación ayuda a decidir; aparece en los listados y en los resultados de búsqueda.',
		descriptionPlaceholder: '[Lo que esta autoevaluación ayuda a decidir a un equipo, en una oración]',
		intro: 'Lo que se lee antes de las preguntas: quiénes deberían responder juntos y cuánto toma. Una línea en blanco empieza un párrafo nuevo.',
		introPlaceholder: '[Quiénes deberían responder juntos estas preguntas y cuánto toma.]',
		dimensions:
			'Las partes en que se agrupan las preguntas, como el encaje con los objetivos, el tiempo del equipo, la conexión o las habilidades. Cada una tiene un id (palabras en minúsculas unidas con guiones), un nombre (label) y sus franjas (bands). Las franjas tienen que cubrir todos los puntajes que pueden sumar las preguntas de la dimensión, sin huecos ni superposiciones: aquí, dos preguntas de 0 a 2 puntos suman de 0 a 4. Copia el bloque para cada dimensión.',
		label: '[Nombre de esta parte, como «Tiempo del equipo»]',
		bands: [
			{ title: 'Todavía no', message: '[Qué significa este resultado para el equipo]', next: '[Un primer paso a dar]' },
			{ title: 'Casi', message: '[Qué significa este resultado para el equipo]' },
			{ title: 'Todo listo', message: '[Qué significa este resultado para el equipo]' },
		],
		questions:
			'Las preguntas, cada una con el id de su dimensión y al menos dos opciones. El puntaje (score) es un número entero, 0 o más; quien responde no lo ve. Copia el bloque para cada pregunta; las preguntas se muestran agrupadas por dimensión, en este orden.',
		question: '[¿La pregunta, tal como se va a leer?]',
		help: '[Opcional: en qué pensar al responder]',
		options: ['Sí', 'En parte', 'No'],
		overall:
			'Franjas opcionales para la suma de todas las respuestas, que se muestran primero. Se escriben como las de una dimensión y tienen que cubrir todos los puntajes totales. Con [] no se muestra un resultado general.',
		optionalHeading: 'Ajustes opcionales',
		visibility: (fallback: string) =>
			`Borra el "# " para dejar esta autoevaluación fuera del sitio público. Sin esta línea se aplica lo que el sitio tiene por defecto (${fallback}).`,
		reviewBy: 'Cuándo debería alguien comprobar que las preguntas siguen teniendo sentido; las revisiones te lo recuerdan después de esa fecha.',
		retainUntil: 'Si tu política de conservación lo pide: hasta cuándo puede seguir siendo pública.',
		archived: 'Borra el "# " cuando ya no esté vigente: conserva su dirección, con un aviso, pero sale del listado.',
		consent: 'Nombres o datos de contacto que las personas involucradas aceptaron publicar. Mejor aún: pregunta por la preparación, nunca por las personas.',
		slug: 'Una terminación distinta para la dirección de esta página, si la quieres: palabras en minúsculas unidas con guiones.',
		aliases: 'Direcciones anteriores de esta página que deben seguir funcionando y llevar aquí.',
		sourceChecked:
			'Solo en una traducción: el día en que la comparaste con el original. Una traducción solo cambia las palabras: deja igual cada id, puntaje, "from" y "to".',
		body: `<!--
Opcional: de dónde salen estas preguntas o qué leer después. Este texto aparece al final de la
página, después de las preguntas y los resultados. Borra este comentario si no escribes nada aquí.
-->`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function assessmentTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const ranges = [
		[0, 1],
		[2, 3],
		[4, 4],
	] as const;
	const bandLines = t.bands.flatMap((b, i) => [
		`    - from: ${ranges[i]![0]}`,
		`      to: ${ranges[i]![1]}`,
		`      title: ${yamlValue(b.title)}`,
		`      message: ${yamlValue(b.message)}`,
		...('next' in b ? ['      next:', `        - ${yamlValue(b.next)}`] : []),
	]);
	const question = (id: string, withHelp: boolean) => [
		`- id: ${id}`,
		'  dimension: first-part',
		`  text: ${yamlValue(t.question)}`,
		...(withHelp ? [`  help: ${yamlValue(t.help)}`] : []),
		'  options:',
		...t.options.flatMap((label, i) => [`    - label: ${yamlValue(label)}`, `      score: ${2 - i}`]),
	];
	const fields = [
		titleField(input),
		field('description', t.description, yamlValue(t.descriptionPlaceholder)),
		field('intro', t.intro, yamlValue(t.introPlaceholder)),
		block('dimensions', t.dimensions, ['- id: first-part', `  label: ${yamlValue(t.label)}`, '  bands:', ...bandLines]),
		block('questions', t.questions, [...question('first-question', true), ...question('second-question', false)]),
		field('overall', t.overall, '[]'),
		section(t.optionalHeading),
		optional('visibility', t.visibility(input.defaultVisibility), 'internal'),
		optional('reviewBy', t.reviewBy, `${Number(input.date.slice(0, 4)) + 1}${input.date.slice(4).replace('-02-29', '-02-28')}`),
		optional('retainUntil', t.retainUntil, `${Number(input.date.slice(0, 4)) + 3}${input.date.slice(4).replace('-02-29', '-02-28')}`),
		optional('archived', t.archived, 'true'),
		field('consent', t.consent, '[]'),
		optional('slug', t.slug, slug),
		optional('aliases', t.aliases, '[]'),
		optional('sourceChecked', t.sourceChecked, input.date),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('assessments')), t.body);
}
