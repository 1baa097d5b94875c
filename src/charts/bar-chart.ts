import { em, formatNumber, niceTicks, pct, truncate } from './geometry';

/**
 * A horizontal bar chart, stacked when it has more than one series: one bar per category
 * (a theme, a project…), one segment per series (a year, a status…). Pure data in, a layout and
 * its text alternative out; `src/components/charts/BarChart.astro` draws it as inline SVG.
 *
 * The input is generic so any page can reuse it:
 *
 * ```ts
 * barChart(
 *   {
 *     categories: [{ id: 'lenses', label: 'Learning lenses', href: '/projects/lenses/' }],
 *     series: [{ id: 'holding', label: 'Holding', tone: 'positive' }, { id: 'dropped', label: 'Dropped', tone: 'negative' }],
 *     values: [[2, 1]], // values[category][series]
 *   },
 *   { language: 'en' }
 * );
 * ```
 */

/** Colours with a meaning, the same in every chart; each has a light, a dark and a print value (memoria.css). */
export const chartTones = ['neutral', 'positive', 'caution', 'negative', 'accent'] as const;
export type ChartTone = (typeof chartTones)[number];

/** Fills that tell series apart without colour (greyscale print, colour blindness). */
export const chartPatterns = ['solid', 'stripes', 'dots', 'cross', 'lines', 'grid'] as const;
export type ChartPattern = (typeof chartPatterns)[number];

export interface ChartCategory {
	id: string;
	/** What the reader sees, in their language. */
	label: string;
	/** A page about the category; the data table links to it. */
	href?: string | undefined;
	/** Language of the label when it differs from the page's (an untranslated title). */
	lang?: string | undefined;
}

export interface ChartSeries {
	id: string;
	label: string;
	/** A colour with a meaning; without one, series take the palette's colours in order. */
	tone?: ChartTone | undefined;
}

export interface BarChartData {
	categories: readonly ChartCategory[];
	series: readonly ChartSeries[];
	/** values[c][s]: the amount of series `s` in category `c`; a missing cell counts as 0. */
	values: readonly (readonly number[])[];
}

export interface BarChartOptions {
	/** The reader's language, for numbers. */
	language: string;
	/**
	 * `categorical` (default): series are kinds (statuses…), each with its own colour and pattern.
	 * `sequential`: series are ordered (years…), shades of one colour from light to dark.
	 */
	palette?: 'categorical' | 'sequential' | undefined;
	/** Draw only the first this many categories; the text alternative and the table keep them all. */
	maxCategories?: number | undefined;
	/** Longer category labels are cut with an ellipsis in the drawing (SVG text does not wrap). */
	maxLabelLength?: number | undefined;
}

export interface BarSegment {
	/** Index into the model's `series`. */
	series: number;
	value: number;
	x: string;
	width: string;
}

export interface BarRow {
	category: ChartCategory;
	/** The label as drawn, possibly cut. */
	label: string;
	total: number;
	totalText: string;
	labelY: string;
	barY: string;
	segments: BarSegment[];
}

export interface BarSeriesStyle {
	series: ChartSeries;
	total: number;
	/** CSS class that gives the series its colour. */
	fillClass: string;
	/** Categorical series also differ by pattern; sequential ones by shade alone. */
	pattern: ChartPattern;
}

export interface BarTick {
	value: number;
	text: string;
	x: string;
	anchor: 'start' | 'middle' | 'end';
}

export interface BarChartModel {
	/** Height of the drawing; its width is that of the column it sits in. */
	height: string;
	barHeight: string;
	rows: BarRow[];
	series: BarSeriesStyle[];
	ticks: BarTick[];
	/** Where the bars end and the axis labels begin. */
	axisY: string;
	tickLabelY: string;
	/** The sum of every value. */
	total: number;
	/** Categories left out of the drawing by `maxCategories` (still in the table). */
	hidden: number;
	/** The category with the largest total (the first one on a tie). */
	largest: { category: ChartCategory; total: number };
	/** Every category with its total and each of its non-zero values: the drawing's <desc>. */
	description: string;
	/** The input, with every cell filled in: what the data table shows. */
	table: { categories: ChartCategory[]; series: ChartSeries[]; values: number[][]; totals: number[] };
}

/** Layout in em, vertically: a label line above each bar. */
const rowHeight = 2.7;
const labelBaseline = 1.05;
const barOffset = 1.35;
const barHeight = 0.95;
const top = 0.2;
const axisGap = 0.35;
const axisLabel = 1.25;
const sequentialShades = 6;

/** The shade (1 lightest … 6 darkest) of series `index` of `count` ordered series, spread over the ramp. */
export function sequentialShade(index: number, count: number): number {
	if (count <= 1) return sequentialShades - 1;
	return 1 + Math.round((index * (sequentialShades - 1)) / (count - 1));
}

/**
 * The chart's layout and text alternative, or undefined when there is nothing to draw
 * (no category, no series, or every value 0): pages then show no chart at all.
 */
export function barChart(data: BarChartData, options: BarChartOptions): BarChartModel | undefined {
	const { language, palette = 'categorical', maxLabelLength = 40 } = options;
	const series = [...data.series];
	const values = data.categories.map((_, c) => series.map((_, s) => Math.max(0, data.values[c]?.[s] ?? 0)));
	const totals = values.map((row) => row.reduce((a, b) => a + b, 0));
	const total = totals.reduce((a, b) => a + b, 0);
	if (data.categories.length === 0 || series.length === 0 || total === 0) return undefined;

	const number = (n: number) => formatNumber(n, language);
	const styles: BarSeriesStyle[] = series.map((s, i) => ({
		series: s,
		total: values.reduce((sum, row) => sum + row[i]!, 0),
		fillClass:
			palette === 'sequential'
				? `memoria-chart-q${sequentialShade(i, series.length)}`
				: s.tone
					? `memoria-chart-${s.tone}`
					: `memoria-chart-c${i % chartPatterns.length}`,
		pattern: palette === 'sequential' ? 'solid' : chartPatterns[i % chartPatterns.length]!,
	}));

	const drawn = options.maxCategories && options.maxCategories > 0 ? Math.min(options.maxCategories, data.categories.length) : data.categories.length;
	const ticks = niceTicks(Math.max(...totals.slice(0, drawn)));
	const scale = ticks[ticks.length - 1]!;
	const rows: BarRow[] = data.categories.slice(0, drawn).map((category, c) => {
		const y = top + c * rowHeight;
		let x = 0;
		const segments: BarSegment[] = [];
		values[c]!.forEach((value, s) => {
			if (value <= 0) return;
			const width = (value / scale) * 100;
			segments.push({ series: s, value, x: pct(x), width: pct(width) });
			x += width;
		});
		return {
			category,
			label: truncate(category.label, maxLabelLength),
			total: totals[c]!,
			totalText: number(totals[c]!),
			labelY: em(y + labelBaseline),
			barY: em(y + barOffset),
			segments,
		};
	});
	const axis = top + drawn * rowHeight - (rowHeight - barOffset - barHeight) + axisGap;

	let largest = 0;
	totals.forEach((t, i) => {
		if (t > totals[largest]!) largest = i;
	});

	const describe = (c: number) => {
		const parts = series.length > 1 ? series.flatMap((s, i) => (values[c]![i]! > 0 ? [`${s.label}: ${number(values[c]![i]!)}`] : [])) : [];
		return `${data.categories[c]!.label}: ${number(totals[c]!)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
	};

	return {
		height: em(axis + axisLabel + 0.3),
		barHeight: em(barHeight),
		rows,
		series: styles,
		ticks: ticks.map((value, i) => ({
			value,
			text: number(value),
			x: pct((value / scale) * 100),
			anchor: i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
		})),
		axisY: em(axis),
		tickLabelY: em(axis + axisLabel),
		total,
		hidden: data.categories.length - drawn,
		largest: { category: data.categories[largest]!, total: totals[largest]! },
		description: `${data.categories.map((_, c) => describe(c)).join('; ')}.`,
		table: { categories: [...data.categories], series, values, totals },
	};
}
