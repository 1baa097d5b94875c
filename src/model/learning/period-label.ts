import type { Period } from './reviews';

/** A review period as readers say it: "2024", or the language's words for a quarter ("Q3 2024"). */
export function periodLabel(period: Period, quarter: (quarter: number, year: number) => string): string {
	return period.quarter ? quarter(period.quarter, period.year) : String(period.year);
}
