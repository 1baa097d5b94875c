import { z } from 'zod';
import { baseFields, calendarDate, entryId, entryIds } from './shared';
import { said } from './schema-language';

/**
 * A blog post, possibly one part of a series. `image` is Astro's image() helper when the schema
 * runs inside the content layer (it checks the file exists and optimises it); tests pass nothing.
 */
export function postSchema({ image = () => z.string() }: { image?: () => z.ZodType } = {}) {
	return z.object({
		...baseFields,
		/** The publication date. */
		date: calendarDate,
		/** Who wrote it. */
		authors: z.array(z.string()).default([]),
		/** The series this post belongs to, and which part it is. */
		series: z
			.object({
				/** The series id, the same in every part and every language, like "learning-lenses". */
				id: entryId,
				/** The part number, starting at 1. */
				part: z.number().int().positive(),
				/** The series' title in this file's language; needed on one part at least. */
				title: z.string().optional(),
			})
			.optional(),
		/** An image shown at the top and in listings. */
		cover: z
			.object({
				/** Path of the image, relative to this file. */
				src: image(),
				/** What the image shows, for readers who cannot see it. Required. */
				alt: z.string().min(
					1,
					said({
						en: 'Describe the cover image in "alt" for readers who cannot see it.',
						es: 'Describe la imagen de portada en "alt" para quienes no pueden verla.',
					})
				),
			})
			.optional(),
		/** Projects the post is about (ids in content/projects/). */
		projects: entryIds,
	});
}

export type PostInput = z.input<ReturnType<typeof postSchema>>;
export type Post = z.output<ReturnType<typeof postSchema>>;
