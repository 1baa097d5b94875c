import { plural } from '../../../translations/plural';
import type { CountStrings } from './search-strings';

/** "1 result", "31 results" or the sentence for none, in the page's language and each of its plural forms. */
export function resultCount(count: number, language: string, strings: CountStrings): string {
	return count === 0 ? strings.none : plural(strings.results, count, language);
}
