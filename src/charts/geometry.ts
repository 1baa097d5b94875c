/**
 * Small helpers shared by the chart builders. Charts are laid out with percentages across
 * (so they fill any width) and `em` down (so their text keeps the page's size on a phone and
 * grows with the reader's font setting) instead of a scaled viewBox, which would shrink the
 * labels of a chart drawn for a desktop column to a few pixels on a phone.
 */

/** A horizontal position as an SVG percentage, rounded to keep the markup short. */
export const pct = (value: number): string => `${round(value)}%`;

/** A vertical position or height in `em`, rounded. */
export const em = (value: number): string => `${round(value)}em`;

export const round = (value: number, digits = 2): number => {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
};

/** A label cut to `max` characters with an ellipsis; SVG text does not wrap. */
export function truncate(label: string, max: number): string {
	const chars = [...label];
	return chars.length <= max
		? label
		: `${chars
				.slice(0, Math.max(1, max - 1))
				.join('')
				.trimEnd()}…`;
}

/**
 * Round axis values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, no more
 * than `count` steps, always whole numbers (charts count things).
 */
export function niceTicks(max: number, count = 4): number[] {
	if (!(max > 0)) return [0];
	const rough = max / count;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
	const top = Math.ceil(max / step) * step;
	const ticks: number[] = [];
	for (let v = 0; v <= top + step / 2; v += step) ticks.push(round(v, 6));
	return ticks;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A whole number in the reader's language (1.234 in Spanish, 1,234 in English). */
export function formatNumber(value: number, language: string): string {
	let format = numberFormats.get(language);
	if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
	return format.format(value);
}
