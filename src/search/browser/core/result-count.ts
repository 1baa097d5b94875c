import type { CountStrings } from './search-strings';

/** "1 result", "31 results" or the sentence for none, in the page's language. */
export function resultCount(count: number, language: string, strings: CountStrings): string {
	if (count === 0) return strings.none;
	return (new Intl.PluralRules(language).select(count) === 'one' ? strings.results_one : strings.results_other).replace('{{count}}', String(count));
}
