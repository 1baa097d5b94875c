/**
 * File names made from titles. The file name is the entry's id and part of its address, so it
 * is plain ASCII: lower-case words joined by hyphens, accents removed ("Qué aprendimos" →
 * "que-aprendimos"), the same rule the schemas check for slugs.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that Unicode does not decompose into a base letter and an accent.
const letters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** Longest file name made from a title; longer titles are cut at a word boundary. */
const maxLength = 60;

export function slugFromTitle(title: string): string {
	const words = title
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøđðþłı]/g, (c) => letters[c]!)
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxLength && slug) break;
		slug = next.slice(0, maxLength);
	}
	return slug;
}

export const isSlug = (value: string) => slugPattern.test(value);
