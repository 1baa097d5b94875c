import type { WriterLanguage } from '../../errors/writer-language';
import { field, optional, renderFields, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/** An organisation, as a YAML file (no body). */
const text = {
	en: {
		heading: 'An organisation that projects, learnings and calls refer to by this file’s name.',
		name: 'The organisation’s name, as it presents itself.',
		shortName: 'A short name or acronym, shown where space is short.',
		country: 'Country of its headquarters, as a two-letter code, like MX or CO.',
		website: 'Its public website, starting with https://',
		description: 'One or two sentences about what it does, in the language of this file.',
		visibility: (fallback: string) =>
			`Delete the "# " to keep this organisation out of the public site. Without this line the site’s default applies (${fallback}).`,
		slug: 'A different last part for its page’s address, if you want one: lower-case words joined by hyphens.',
		aliases: 'Earlier addresses of its page that should keep working and lead here.',
		sourceChecked: 'Only in a translation: the day you compared it with the original.',
	},
	es: {
		heading: 'Una organización a la que los proyectos, aprendizajes y llamadas se refieren por el nombre de este archivo.',
		name: 'El nombre de la organización, tal como se presenta.',
		shortName: 'Un nombre corto o sigla, para donde falta espacio.',
		country: 'País de su sede, con el código de dos letras, por ejemplo MX o CO.',
		website: 'Su sitio web público, empezando por https://',
		description: 'Una o dos oraciones sobre lo que hace, en el idioma de este archivo.',
		visibility: (fallback: string) =>
			`Borra el "# " para dejar esta organización fuera del sitio público. Sin esta línea se aplica lo que el sitio tiene por defecto (${fallback}).`,
		slug: 'Una terminación distinta para la dirección de su página, si la quieres: palabras en minúsculas unidas con guiones.',
		aliases: 'Direcciones anteriores de su página que deben seguir funcionando y llevar aquí.',
		sourceChecked: 'Solo en una traducción: el día en que la comparaste con el original.',
	},
} satisfies Record<WriterLanguage, unknown>;

export function organisationTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		field('name', t.name, yamlValue(input.title)),
		optional(
			'shortName',
			t.shortName,
			yamlValue(
				input.title
					.split(/\s+/)
					.map((w) => w[0])
					.join('')
					.toUpperCase()
			)
		),
		optional('country', t.country, 'MX'),
		optional('website', t.website, 'https://'),
		field('description', t.description, '""'),
		optional('visibility', t.visibility(input.defaultVisibility), 'internal'),
		optional('slug', t.slug, slug),
		optional('aliases', t.aliases, '[]'),
		optional('sourceChecked', t.sourceChecked, input.date),
	];
	return renderFields(input.help, [t.heading], fields, schemaFields('organisations'));
}
