import type { TimelineEvent } from '../model/timeline';
import { em, pct, round } from './geometry';

/**
 * A project's life drawn along time: a bar from its start to its end and, below it, one lane
 * per kind of record (learnings, community calls, blog posts) with a mark on each one's date,
 * over year bands. Built from `projectTimeline` (the relation maps); drawn by
 * `src/components/charts/TimelineChart.astro`. The dated list beside it is its full data.
 */

export const timelineLanes = ['learnings', 'calls', 'posts'] as const;
export type TimelineLane = (typeof timelineLanes)[number];

export interface TimelineMark {
	key: string;
	date: Date;
	x: string;
}

export interface TimelineChartLane {
	kind: TimelineLane;
	labelY: string;
	markY: string;
	marks: TimelineMark[];
}

export interface TimelineYear {
	year: number;
	/** Where the year's label goes (the middle of its band), or undefined when there is no room for it. */
	labelX: string | undefined;
	/** The line at 1 January that starts the band, when it lies inside the chart. */
	lineX: string | undefined;
}

export interface TimelineChartModel {
	height: string;
	/** The bar from start to end (or to the latest record while the project runs), under its label. */
	span: { x: string; width: string; labelY: string; y: string; height: string; ongoing: boolean };
	lanes: TimelineChartLane[];
	years: TimelineYear[];
	axisY: string;
	yearLabelY: string;
	start: Date;
	/** The end date, or undefined while the project runs. */
	end: Date | undefined;
	/** The latest date drawn: the end, or the last record of an ongoing project. */
	last: Date;
	counts: Record<TimelineLane, number>;
}

const day = 86_400_000;
const year = 365.25 * day;
/** The drawing keeps a margin on both sides so marks at the first and last date are whole. */
const inset = 2;
/** Narrowest year band, in per cent of the width, that gets a label (a phone's column is ~360 px). */
const minLabelBand = 9;

/**
 * The chart of a timeline, or undefined when there is nothing to draw along time (only a start).
 * An ongoing project's bar runs to its latest record, so a build made on another day draws the
 * same chart.
 */
export function timelineChart(events: readonly TimelineEvent[]): TimelineChartModel | undefined {
	const startEvent = events.find((e) => e.kind === 'start');
	if (!startEvent || events.length < 2) return undefined;
	const endEvent = events.find((e) => e.kind === 'end');
	const times = events.map((e) => e.date.getTime());
	const from = Math.min(...times);
	let to = Math.max(...times);
	// A one-day project still gets a visible bar.
	if (to - from < 30 * day) to = from + 30 * day;
	const x = (t: number) => inset + ((t - from) / (to - from)) * (100 - 2 * inset);

	const spanEnd = endEvent ? endEvent.date.getTime() : Math.max(...times);
	const spanStartX = x(startEvent.date.getTime());
	const spanEndX = Math.max(x(spanEnd), spanStartX + 0.5);

	// The project's own lane first: its label, then its bar.
	const span = { x: pct(spanStartX), width: pct(spanEndX - spanStartX), labelY: em(1.05), y: em(1.45), height: em(0.75), ongoing: !endEvent };
	let y = 2.2;
	const lanes: TimelineChartLane[] = [];
	const counts = { learnings: 0, calls: 0, posts: 0 } as Record<TimelineLane, number>;
	for (const kind of timelineLanes) {
		const own = events.filter((e): e is TimelineEvent & { key: string } => e.kind === kind && e.key !== undefined);
		counts[kind] = own.length;
		if (own.length === 0) continue;
		lanes.push({
			kind,
			labelY: em(y + 1.25),
			markY: em(y + 1.95),
			marks: own.map((e) => ({ key: e.key, date: e.date, x: pct(x(e.date.getTime())) })),
		});
		y += 2.4;
	}
	const axisY = y + 0.5;

	// Year bands: a line at each 1 January inside the chart, a label in the middle of each band
	// wide enough for it; long projects label every second, fifth… year instead.
	const first = new Date(from).getUTCFullYear();
	const lastYear = new Date(to).getUTCFullYear();
	const fullBand = (year / (to - from)) * (100 - 2 * inset);
	const step = fullBand >= minLabelBand ? 1 : ([2, 5, 10, 20, 50].find((s) => s * fullBand >= minLabelBand) ?? 100);
	const years: TimelineYear[] = [];
	for (let y = first; y <= lastYear; y++) {
		const bandStart = Math.max(from, Date.UTC(y, 0, 1));
		const bandEnd = Math.min(to, Date.UTC(y + 1, 0, 1));
		const width = x(bandEnd) - x(bandStart);
		const labelled = step === 1 ? width >= minLabelBand * 0.6 : y % step === 0;
		years.push({
			year: y,
			labelX: labelled ? pct(step === 1 ? (x(bandStart) + x(bandEnd)) / 2 : x(Date.UTC(y, 0, 1))) : undefined,
			lineX: Date.UTC(y, 0, 1) > from ? pct(x(Date.UTC(y, 0, 1))) : undefined,
		});
	}
	// A label of a year that starts before the chart would sit past its left edge.
	for (const entry of years) {
		if (entry.labelX && (parseFloat(entry.labelX) < inset || parseFloat(entry.labelX) > 100 - inset)) entry.labelX = undefined;
	}

	return {
		height: em(round(axisY + 1.6)),
		span,
		lanes,
		years,
		axisY: em(axisY),
		yearLabelY: em(axisY + 1.2),
		start: startEvent.date,
		end: endEvent?.date,
		last: new Date(spanEnd),
		counts,
	};
}

export interface TimelineWords {
	/** A date in the reader's language. */
	date(date: Date): string;
	/** The name of a lane in the plural ("Learnings"); `project` names the bar of the project itself. */
	lane(kind: TimelineLane): string;
}

/**
 * The drawing's text alternative after its summary: every mark, lane by lane, with its date
 * ("Learnings: 30 May 2017, 14 September 2017. Community calls: …").
 */
export function describeTimeline(model: TimelineChartModel, words: TimelineWords): string {
	return model.lanes.map((lane) => `${words.lane(lane.kind)}: ${lane.marks.map((m) => words.date(m.date)).join(', ')}.`).join(' ');
}
