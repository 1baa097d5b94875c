import { z } from 'zod';
import { calendarDate, countryCode } from './shared';

/** An organisation that projects, learnings and calls refer to: a partner, funder or the team itself. */
export function organisationSchema() {
	return z.object({
		/** The organisation's name as it presents itself. */
		name: z.string().min(1, 'An organisation needs a name.'),
		/** Short name or acronym, such as "ILSB"; shown where space is short. */
		shortName: z.string().optional(),
		/** Country of its headquarters, as a two-letter code. */
		country: countryCode.optional(),
		/** Its public website. */
		website: z.url('Write the full address, starting with https://').optional(),
		/** One or two sentences about what it does, in the language of the file. */
		description: z.string().optional(),
		/** In a translation: the day a translator compared it with the original. */
		sourceChecked: calendarDate.optional(),
	});
}

export type OrganisationInput = z.input<ReturnType<typeof organisationSchema>>;
export type Organisation = z.output<ReturnType<typeof organisationSchema>>;
