import type { WriterLanguage } from '../../errors/writer-language';
import { field, optional, section, someIds, yamlValue, type TemplateField, type TemplateInput } from './frontmatter';

/** The fields every entry shares (src/schemas/shared.ts), with their help in each language. */

const help = {
	en: {
		title: 'The title, in the language of this file.',
		summary: 'One or two sentences that say what this is about, for listings and search results.',
		themes: (ids: string) => `Themes that connect this entry with others, from content/themes.yaml${ids ? `: ${ids}` : ''}. Like [open-data, partnerships].`,
		visibility: (fallback: string) =>
			`Delete the "# " to keep this entry out of the public site ("internal"). Without this line the site’s default applies (${fallback}).`,
		reviewBy: 'When someone should check that this is still accurate; the checks remind you after that day.',
		retainUntil: 'If your retention policy sets one: until when this may stay public.',
		archived: 'Delete the "# " when this is out of date: it keeps its address, with a notice, but leaves the listings.',
		consent: 'Names or contact details that the people concerned agreed to publish, like [Ana Pérez]. The checks refuse other personal data.',
		slug: 'A different last part for this page’s address, if you want one: lower-case words joined by hyphens.',
		aliases: 'Earlier addresses of this page that should keep working and lead here.',
		sourceChecked: 'Only in a translation: the day you compared it with the original.',
		optionalHeading: 'Optional settings',
	},
	es: {
		title: 'El título, en el idioma de este archivo.',
		summary: 'Una o dos oraciones que digan de qué se trata, para los listados y los resultados de búsqueda.',
		themes: (ids: string) =>
			`Temas que conectan esta entrada con otras, de content/themes.yaml${ids ? `: ${ids}` : ''}. Por ejemplo [open-data, partnerships].`,
		visibility: (fallback: string) =>
			`Borra el "# " para dejar esta entrada fuera del sitio público ("internal"). Sin esta línea se aplica lo que el sitio tiene por defecto (${fallback}).`,
		reviewBy: 'Cuándo debería alguien comprobar que esto sigue siendo correcto; las revisiones te lo recuerdan después de esa fecha.',
		retainUntil: 'Si tu política de conservación lo pide: hasta cuándo puede seguir siendo público.',
		archived: 'Borra el "# " cuando esto ya no esté vigente: conserva su dirección, con un aviso, pero sale de los listados.',
		consent:
			'Nombres o datos de contacto que las personas involucradas aceptaron publicar, por ejemplo [Ana Pérez]. Las revisiones rechazan cualquier otro dato personal.',
		slug: 'Una terminación distinta para la dirección de esta página, si la quieres: palabras en minúsculas unidas con guiones.',
		aliases: 'Direcciones anteriores de esta página que deben seguir funcionando y llevar aquí.',
		sourceChecked: 'Solo en una traducción: el día en que la comparaste con el original.',
		optionalHeading: 'Ajustes opcionales',
	},
} satisfies Record<WriterLanguage, unknown>;

export const titleField = (input: TemplateInput) => field('title', help[input.help].title, yamlValue(input.title));
export const summaryField = (input: TemplateInput) => field('summary', help[input.help].summary, '""');

/** The shared fields a writer rarely needs, at the end of the frontmatter. */
export function settingsFields(input: TemplateInput, slug: string): TemplateField[] {
	const h = help[input.help];
	// A year after the entry's date (28 February for a 29th), as an example reminder.
	const nextYear = `${Number(input.date.slice(0, 4)) + 1}${input.date.slice(4).replace('-02-29', '-02-28')}`;
	return [
		section(h.optionalHeading),
		field('themes', h.themes(someIds(input.themes, 20)), '[]'),
		optional('visibility', h.visibility(input.defaultVisibility), 'internal'),
		optional('reviewBy', h.reviewBy, nextYear),
		optional('retainUntil', h.retainUntil, nextYear),
		optional('archived', h.archived, 'true'),
		field('consent', h.consent, '[]'),
		optional('slug', h.slug, slug),
		optional('aliases', h.aliases, '[]'),
		optional('sourceChecked', h.sourceChecked, input.date),
	];
}
