/**
 * Messages with a number: the CLDR categories each catalogue is typed with are the ones Intl
 * gives, the page's forms come from the catalogue of its language, the count chooses among them
 * (Spanish `many` for a million), and the search core every search box uses (online and in the
 * offline copy) says the same as the server.
 */
import { describe, expect, it } from 'vitest';
import { resultCount } from '../../src/search/browser/core/result-count';
import type { CountStrings } from '../../src/search/browser/core/search-strings';
import { pluralCategories, type CatalogueLanguage, type PluralKey } from '../../src/translations/catalogue';
import { en } from '../../src/translations/en';
import { es } from '../../src/translations/es';
import { plural, type PluralForms } from '../../src/translations/plural';
import { pluralForms, type Messages } from '../../src/translations/plural-forms';

/** Starlight's `t()` for one language, reduced to what pluralForms() uses: a key missing is returned as it is, like i18next does. */
function messages(dictionary: Record<string, string>): Messages {
	return Object.assign((key: string) => dictionary[key] ?? key, { exists: (key: string) => key in dictionary });
}

const catalogues: Record<CatalogueLanguage, Record<string, string>> = { en, es };
const say = (language: CatalogueLanguage, key: PluralKey, count: number) => plural(pluralForms(messages(catalogues[language]), key, language), count, language);

describe('plural categories', () => {
	it.each(Object.entries(pluralCategories))('the catalogue of %s has the forms Intl gives the language: %s', (language, categories) => {
		expect(new Intl.PluralRules(language).resolvedOptions().pluralCategories.toSorted()).toEqual([...categories].toSorted());
	});
});

describe('messages with a number, from the catalogues', () => {
	it.each([
		['en', 0, '0 projects'],
		['en', 1, '1 project'],
		['en', 2, '2 projects'],
		['en', 1000000, '1000000 projects'],
		['es', 0, '0 proyectos'],
		['es', 1, '1 proyecto'],
		['es', 2, '2 proyectos'],
		// i18next's own plurals gave "1000000 projects" here: Spanish had no `_many`, so it fell back to English.
		['es', 1000000, '1000000 proyectos'],
	] as const)('in %s, %i is "%s"', (language, count, text) => {
		expect(say(language, 'memoria.count.projects', count)).toBe(text);
	});

	it.each([
		['en', 1, 'Answer the last question of this part to see its result.'],
		['en', 3, 'Answer the 3 remaining questions of this part to see its result.'],
		['es', 1, 'Responde la última pregunta de esta parte para ver su resultado.'],
		['es', 3, 'Responde las 3 preguntas que faltan en esta parte para ver su resultado.'],
	] as const)('in %s, a form without the number reads right too: %i is "%s"', (language, count, text) => {
		expect(say(language, 'memoria.assessment.remaining', count)).toBe(text);
	});

	it('hands a page every form of its language, placeholders kept for the script', () => {
		expect(pluralForms(messages(es), 'memoria.search.results', 'es')).toEqual({
			one: '{{count}} resultado',
			many: '{{count}} resultados',
			other: '{{count}} resultados',
		});
		expect(pluralForms(messages(en), 'memoria.search.results', 'en')).toEqual({ one: '{{count}} result', other: '{{count}} results' });
	});

	it('leaves out a form the language has but no catalogue does, so the text is `other`, never the key', () => {
		// A third language's content/i18n file with `one` and `other` only, English being the default.
		const portuguese = messages({ 'memoria.count.projects_one': '{{count}} projeto', 'memoria.count.projects_other': '{{count}} projetos' });
		const forms = pluralForms(portuguese, 'memoria.count.projects', 'pt');

		expect(forms).toEqual({ one: '{{count}} projeto', other: '{{count}} projetos' });
		expect(plural(forms, 1000000, 'pt')).toBe('1000000 projetos');
	});
});

describe('plural()', () => {
	const forms: PluralForms = { one: 'one: {{count}}', many: 'many: {{count}}', other: 'other: {{count}}, {{count}}' };

	it.each([
		['es', 0, 'other: 0, 0'],
		['es', 1, 'one: 1'],
		['es', 2, 'other: 2, 2'],
		['es', 1000000, 'many: 1000000'],
		['es', 1000001, 'other: 1000001, 1000001'],
		['en', 1, 'one: 1'],
		['en', 1000000, 'other: 1000000, 1000000'],
	] as const)('in %s, %i takes the form of its CLDR category: "%s"', (language, count, text) => {
		expect(plural(forms, count, language)).toBe(text);
	});

	it('uses `other` when the forms lack the count’s category', () => {
		expect(plural({ one: '{{count}} uno', other: '{{count}} otros' }, 1000000, 'es')).toBe('1000000 otros');
	});
});

describe('the count of search results in the browser', () => {
	const strings = (language: CatalogueLanguage): CountStrings => ({
		results: pluralForms(messages(catalogues[language]), 'memoria.search.results', language),
		none: catalogues[language]['memoria.search.none']!,
	});

	it.each([
		['en', 0, 'Nothing found. Try fewer words or fewer filters.'],
		['en', 1, '1 result'],
		['en', 2, '2 results'],
		['en', 1000000, '1000000 results'],
		['es', 0, 'No encontramos nada. Prueba con menos palabras o menos filtros.'],
		['es', 1, '1 resultado'],
		['es', 2, '2 resultados'],
		['es', 1000000, '1000000 resultados'],
	] as const)('in %s, %i is "%s" in every search box', (language, count, text) => {
		expect(resultCount(count, language, strings(language))).toBe(text);
	});

	it('chooses Spanish `many` and falls back to `other` like plural()', () => {
		const forms = { one: 'one {{count}}', many: 'many {{count}}', other: 'other {{count}}' };

		for (const count of [1, 2, 1000000]) {
			expect(resultCount(count, 'es', { results: forms, none: '' })).toBe(plural(forms, count, 'es'));
			expect(resultCount(count, 'en', { results: forms, none: '' })).toBe(plural(forms, count, 'en'));
		}
		expect(resultCount(1000000, 'es', { results: { one: 'one', other: 'other' }, none: '' })).toBe('other');
	});
});
