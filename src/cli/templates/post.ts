import type { WriterLanguage } from '../../errors/writer-language';
import { settingsFields, summaryField, titleField } from './base-fields';
import { field, markdownFile, renderFields, yamlIds, yamlValue, type TemplateInput } from './frontmatter';
import { schemaFields } from './schema-fields';

/** A blog post, possibly one part of a series. */
const text = {
	en: {
		heading: 'A blog post. Write for readers outside the organisation: explain names and abbreviations the first time you use them.',
		date: 'The publication date.',
		authors: 'Who wrote it: roles, or names only with each person’s consent, like [Communications team].',
		projects: 'Projects the post is about, by their file name in content/projects/.',
		series: 'If the post is one part of a series, delete the "# " of these four lines.',
		seriesId: 'the same in every part and every language',
		part: 'which part this is, starting at 1',
		seriesTitle: '[Name of the series]',
		seriesTitleHelp: 'in the language of this file; needed on one part at least',
		cover: 'An image at the top and in listings: put the image next to this file and delete the "# " of these three lines.',
		src: 'the image file, next to this one',
		alt: '[What the image shows]',
		altHelp: 'for readers who cannot see it',
		body: '<!-- Write the post here. Short paragraphs and headings (## A heading) help people who read on a phone. -->',
	},
	es: {
		heading: 'Una entrada de blog. Escribe para personas de fuera de la organización: explica los nombres y las siglas la primera vez que aparezcan.',
		date: 'La fecha de publicación.',
		authors: 'Quién la escribió: roles, o nombres solo si cada persona está de acuerdo, por ejemplo [Equipo de comunicación].',
		projects: 'Proyectos de los que trata, por el nombre de su archivo en content/projects/.',
		series: 'Si la entrada es parte de una serie, borra el "# " de estas cuatro líneas.',
		seriesId: 'el mismo en todas las partes y en todos los idiomas',
		part: 'qué parte es, empezando por 1',
		seriesTitle: '[Nombre de la serie]',
		seriesTitleHelp: 'en el idioma de este archivo; hace falta al menos en una parte',
		cover: 'Una imagen arriba y en los listados: pon la imagen junto a este archivo y borra el "# " de estas tres líneas.',
		src: 'el archivo de la imagen, junto a este',
		alt: '[Qué muestra la imagen]',
		altHelp: 'para quien no puede verla',
		body: '<!-- Escribe aquí la entrada. Los párrafos cortos y los subtítulos (## Un subtítulo) ayudan a quien lee en el teléfono. -->',
	},
} satisfies Record<WriterLanguage, unknown>;

export function postTemplate(input: TemplateInput, slug: string): string {
	const t = text[input.help];
	const fields = [
		titleField(input),
		summaryField(input),
		field('date', t.date, input.date),
		field('authors', t.authors, '[]'),
		field('projects', t.projects, yamlIds(input.projects)),
		{
			key: 'series',
			help: t.series,
			lines: [
				'# series:',
				`#   id: ${slug}        # ${t.seriesId}`,
				`#   part: 1            # ${t.part}`,
				`#   title: ${yamlValue(t.seriesTitle)}        # ${t.seriesTitleHelp}`,
			],
		},
		{
			key: 'cover',
			help: t.cover,
			lines: ['# cover:', `#   src: ./${slug}.jpg        # ${t.src}`, `#   alt: ${yamlValue(t.alt)}        # ${t.altHelp}`],
		},
		...settingsFields(input, slug),
	];
	return markdownFile(renderFields(input.help, [t.heading], fields, schemaFields('posts')), t.body);
}
