import type { WriterLanguage } from '../../errors/writer-language';
import { titleField } from './base-fields';
import { field, markdownFile, optional, renderFields, type TemplateInput } from './frontmatter';

/** A guide: a Starlight page in content/docs/ (title and description are Starlight's fields). */
const text = {
	en: {
		heading: 'A guide for the team or for readers. Its address is /guides/ followed by the file name.',
		description: 'One sentence on what the guide helps with; shown in search results.',
		visibility: 'Delete the "# " to keep this guide out of the public site.',
		sourceChecked: 'Only in a translation: the day you compared it with the original.',
		body: `<!-- Write for someone doing this for the first time: short steps, one idea per paragraph. Delete any heading you do not need. -->

## Who this guide is for

## Steps

<!-- One step per numbered line: 1. … 2. … -->

## If something goes wrong`,
	},
	es: {
		heading: 'Una guía para el equipo o para quien lee el sitio. Su dirección es /es/guides/ seguida del nombre del archivo.',
		description: 'Una oración sobre aquello en lo que ayuda la guía; aparece en los resultados de búsqueda.',
		visibility: 'Borra el "# " para dejar esta guía fuera del sitio público.',
		sourceChecked: 'Solo en una traducción: el día en que la comparaste con el original.',
		body: `<!-- Escribe para alguien que lo hace por primera vez: pasos cortos, una idea por párrafo. Borra los títulos que no necesites. -->

## Para quién es esta guía

## Pasos

<!-- Un paso por línea numerada: 1. … 2. … -->

## Si algo sale mal`,
	},
} satisfies Record<WriterLanguage, unknown>;

export function guideTemplate(input: TemplateInput): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		field('description', t.description, '""'),
		optional('visibility', t.visibility, 'internal'),
		optional('sourceChecked', t.sourceChecked, input.date),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields), t.body);
}
