import { z } from 'zod';
import { said, saying } from './schema-language';

/**
 * Building blocks shared by every collection schema. References are plain ids here
 * (the file name without extension); `src/model/references.ts` checks that they exist once
 * all collections are loaded, so one message can name the file, the field and the id.
 */

/** An entry id: the file name without ".md", lower case words joined by hyphens. */
export const entryId = z.string().regex(
	/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/,
	said({
		en: 'Use the id of an entry: lower-case words joined by hyphens, like "open-budgets".',
		es: 'Usa el id de una entrada: palabras en minúscula unidas por guiones, como "open-budgets".',
	})
);

/** A list of entry ids; a single id is accepted and becomes a one-item list. */
export const entryIds = z
	.union([entryId, z.array(entryId)])
	.transform((v) => (Array.isArray(v) ? v : [v]))
	.default([]);

/** What is wrong with a date that is not on the calendar ("2024-02-31"), and how to write one. */
export const notARealDate = (written: string) =>
	saying({
		en: `"${written}" is not a real date. Write it as YYYY-MM-DD, for example 2024-03-15.`,
		es: `"${written}" no es una fecha real. Escríbela como AAAA-MM-DD, por ejemplo 2024-03-15.`,
	});

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns valid dates into Date objects;
 * a string such as "2024-13-45" is refused with a message instead of becoming "Invalid Date".
 */
export const calendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(value))) {
		ctx.addIssue({ code: 'custom', message: notARealDate(String(value)) });
		return z.NEVER;
	}
	if (typeof value === 'string') {
		// "2024-02-31" parses to 2 March; refuse it rather than move the date silently.
		const [y, m, d] = value.slice(0, 10).split('-').map(Number);
		if (date.getUTCFullYear() !== y || date.getUTCMonth() + 1 !== m || date.getUTCDate() !== d) {
			ctx.addIssue({ code: 'custom', message: notARealDate(value) });
			return z.NEVER;
		}
	}
	return date;
});

/** A theme: a lower-case keyword such as "open-data"; the same keyword in every language. */
export const theme = z.string().regex(
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	said({
		en: 'Write a theme as lower-case words joined by hyphens, like "open-data".',
		es: 'Escribe el tema en palabras en minúscula unidas por guiones, como "open-data".',
	})
);

/** A country as its ISO 3166-1 alpha-2 code ("MX", "CO"); pages show its name in the reader's language. */
export const countryCode = z
	.string()
	.transform((v) => v.toUpperCase())
	.pipe(
		z.string().regex(
			/^[A-Z]{2}$/,
			said({
				en: 'Use the two-letter country code, like "MX" for Mexico or "CO" for Colombia.',
				es: 'Usa el código de país de dos letras, como "MX" para México o "CO" para Colombia.',
			})
		)
	);

/**
 * A web address a page links to: http or https only, so a field can never hold a
 * `javascript:` or `data:` link that would run in readers' browsers.
 */
export const webUrl = () =>
	z.url({
		protocol: /^https?$/,
		...said({
			en: 'Write the full web address, starting with https://, like https://example.org.',
			es: 'Escribe la dirección web completa, que empiece con https://, como https://ejemplo.org.',
		}),
	});

/** Who may read an entry: everyone, or only the organisation's internal build. */
export const visibility = z.enum(['public', 'internal']);

/** A language code as the site's configuration writes it (src/config/site-config.ts): "es", "pt-BR". */
export const languageCode = z.string().regex(
	/^[a-z]{2,3}(-[A-Z]{2})?$/,
	said({
		en: 'Write the language code of one of the site\'s languages, such as "es" or "en".',
		es: 'Escribe el código de uno de los idiomas del sitio, como "es" o "en".',
	})
);

/** Fields every collection entry has, whatever its type. */
export const baseFields = {
	/** The entry's title, in the language of the file. */
	title: z.string().min(1, said({ en: 'Every entry needs a title.', es: 'Cada entrada necesita un título.' })),
	/** One or two sentences that say what the entry is about; shown in listings and search results. */
	summary: z.string().optional(),
	/** Themes from the organisation's vocabulary; they link entries across projects. Default: none. */
	themes: z.array(theme).default([]),
	/** "public" or "internal": internal entries are left out of the public build. Default: the site's `defaultVisibility`. */
	visibility: visibility.optional(),
	/** true while the entry is being written: `memoria dev` shows it with a "draft" banner, and no build (public or internal) publishes it. Default: false. */
	draft: z.boolean().default(false),
	/** When someone should check that this entry is still accurate; the checks warn after it. */
	reviewBy: calendarDate.optional(),
	/** Until when this entry may be kept public (retention policy); after it the public build stops until it is archived or removed. */
	retainUntil: calendarDate.optional(),
	/** An archived entry stays reachable by its address, with a notice, but leaves listings and ranks last in search. */
	archived: z.boolean().default(false),
	/** Values the people concerned agreed to publish (a name, an address); the personal-data check lets exactly these through. */
	consent: z.array(z.string()).default([]),
	/** The last part of this file's address, when it should differ from the file name (for example a Spanish slug). */
	slug: z
		.string()
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			said({
				en: 'Write the slug in lower-case words joined by hyphens, like "escuchar-primero".',
				es: 'Escribe el slug en palabras en minúscula unidas por guiones, como "escuchar-primero".',
			})
		)
		.optional(),
	/** Earlier slugs of this file: their old addresses keep working and lead here. */
	aliases: z
		.array(
			z.string().regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				said({
					en: 'Write each alias like a slug: lower-case words joined by hyphens.',
					es: 'Escribe cada alias como un slug: palabras en minúscula unidas por guiones.',
				})
			)
		)
		.default([]),
	/** In a translation: the day a translator compared it with the original; earlier changes to the original do not make it stale. */
	sourceChecked: calendarDate.optional(),
	/**
	 * In a translation whose original is not in the site's default language: the original's language code (for example "es").
	 * `memoria translate` writes it. Without it, the default-language file is the original.
	 */
	translatedFrom: languageCode.optional(),
};
