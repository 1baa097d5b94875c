import { z } from 'zod';
import { calendarDate, countryCode, languageCode, webUrl } from './shared';
import { said } from './schema-language';

/** An organisation that projects, learnings and calls refer to: a partner, funder or the team itself. */
export function organisationSchema() {
	return z.object({
		/** The organisation's name as it presents itself. */
		name: z.string().min(1, said({ en: 'An organisation needs a name.', es: 'Una organización necesita un nombre.' })),
		/** Short name or acronym, such as "ILSB"; shown where space is short. */
		shortName: z.string().optional(),
		/** Country of its headquarters, as a two-letter code. */
		country: countryCode.optional(),
		/** Its public website. */
		website: webUrl().optional(),
		/** One or two sentences about what it does, in the language of the file. */
		description: z.string().optional(),
		/** "public" or "internal": an internal organisation is left out of the public build. Default: the site's `defaultVisibility`. */
		visibility: z.enum(['public', 'internal']).optional(),
		/** true while the organisation's file is being written: `memoria dev` shows it with a "draft" banner, and no build publishes it. Default: false. */
		draft: z.boolean().default(false),
		/** The last part of this organisation's address, when it should differ from the file name. */
		slug: z
			.string()
			.regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				said({ en: 'Write the slug in lower-case words joined by hyphens.', es: 'Escribe el slug en palabras en minúscula unidas por guiones.' })
			)
			.optional(),
		/** Earlier slugs: their old addresses keep working and lead here. */
		aliases: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
		/** In a translation: the day a translator compared it with the original. */
		sourceChecked: calendarDate.optional(),
		/** In a translation whose original is not in the site's default language: the original's language code (for example "es"). */
		translatedFrom: languageCode.optional(),
	});
}

export type OrganisationInput = z.input<ReturnType<typeof organisationSchema>>;
export type Organisation = z.output<ReturnType<typeof organisationSchema>>;
