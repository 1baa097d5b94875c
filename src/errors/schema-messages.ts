import type { z } from 'zod';
import type { WriterLanguage } from './writer-language';

/**
 * What zod says about a field that does not fit its schema, in words a writer can act on, in
 * English and Spanish: what the field needs and what to write instead. zod's own messages are
 * for developers ("Invalid input: expected string, received number") and its Spanish ones read
 * as translated word by word ("Inválido URL"). A schema's own message for a field (src/schemas/
 * schema-language.ts) comes before these; these come before zod's.
 *
 * Installed for every schema by src/schemas/schema-language.ts; the content checks, Astro's
 * content loaders and the dev server's error pages all show what it returns.
 */

type Issue = z.core.$ZodRawIssue;
type Text = Record<WriterLanguage, string>;

/** A value as a writer wrote it: text in quotes, a list as a list, anything else as YAML would show it. */
function shown(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '?' : value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
	if (value === null) return 'null';
	if (typeof value === 'object') return '{…}';
	return String(value);
}

/** What kind of value a field takes, as a writer would say it. */
function kindOf(expected: string): Text {
	switch (expected) {
		case 'string':
			return { en: 'a text', es: 'un texto' };
		case 'number':
		case 'int':
		case 'bigint':
			return { en: 'a number', es: 'un número' };
		case 'boolean':
			return { en: 'true or false', es: 'true o false' };
		case 'array':
			return { en: 'a list, like [first, second]', es: 'una lista, como [primero, segundo]' };
		case 'object':
		case 'record':
		case 'map':
			return { en: 'fields of its own, indented below it', es: 'campos propios, con sangría debajo de él' };
		case 'date':
			return { en: 'a date as YYYY-MM-DD, like 2024-03-15', es: 'una fecha como AAAA-MM-DD, por ejemplo 2024-03-15' };
		default:
			return { en: `a value of type ${expected}`, es: `un valor de tipo ${expected}` };
	}
}

/** What kind of value was written instead. */
function kindOfValue(value: unknown): Text {
	if (typeof value === 'string') return { en: `the text ${shown(value)}`, es: `el texto ${shown(value)}` };
	if (typeof value === 'number') return { en: `the number ${value}`, es: `el número ${value}` };
	if (typeof value === 'boolean') return { en: String(value), es: String(value) };
	if (value instanceof Date) return { en: `the date ${shown(value)}`, es: `la fecha ${shown(value)}` };
	if (Array.isArray(value)) return { en: 'a list', es: 'una lista' };
	if (value === null) return { en: 'an empty value', es: 'un valor vacío' };
	return { en: 'fields of their own', es: 'campos propios' };
}

/** "3 items" / "3 elementos", with the one-item form. */
const count = (n: number | bigint, one: Text, many: Text, language: WriterLanguage) => `${n} ${Number(n) === 1 ? one[language] : many[language]}`;
const characters = { one: { en: 'character', es: 'carácter' }, many: { en: 'characters', es: 'caracteres' } };
const items = { one: { en: 'item', es: 'elemento' }, many: { en: 'items', es: 'elementos' } };

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, language: WriterLanguage): string {
	const { minimum, origin } = issue;
	const inclusive = issue.inclusive !== false;
	if (origin === 'string') {
		if (Number(minimum) <= 1) return { en: 'This field cannot be empty: write its text.', es: 'Este campo no puede quedar vacío: escribe su texto.' }[language];
		return {
			en: `Write at least ${count(minimum, characters.one, characters.many, 'en')}.`,
			es: `Escribe al menos ${count(minimum, characters.one, characters.many, 'es')}.`,
		}[language];
	}
	if (origin === 'array' || origin === 'set') {
		return {
			en: `The list needs at least ${count(minimum, items.one, items.many, 'en')}.`,
			es: `La lista necesita al menos ${count(minimum, items.one, items.many, 'es')}.`,
		}[language];
	}
	if (origin === 'date') {
		const day = shown(new Date(Number(minimum)));
		return {
			en: `Write a date ${inclusive ? 'on or after' : 'after'} ${day}.`,
			es: `Escribe una fecha ${inclusive ? 'igual o posterior a' : 'posterior a'} ${day}.`,
		}[language];
	}
	return {
		en: `Write a number ${inclusive ? 'of at least' : 'greater than'} ${minimum}.`,
		es: `Escribe un número ${inclusive ? 'mayor o igual que' : 'mayor que'} ${minimum}.`,
	}[language];
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, language: WriterLanguage): string {
	const { maximum, origin } = issue;
	const inclusive = issue.inclusive !== false;
	if (origin === 'string') {
		return {
			en: `Write at most ${count(maximum, characters.one, characters.many, 'en')}.`,
			es: `Escribe como máximo ${count(maximum, characters.one, characters.many, 'es')}.`,
		}[language];
	}
	if (origin === 'array' || origin === 'set') {
		return {
			en: `The list can have at most ${count(maximum, items.one, items.many, 'en')}.`,
			es: `La lista puede tener como máximo ${count(maximum, items.one, items.many, 'es')}.`,
		}[language];
	}
	if (origin === 'date') {
		const day = shown(new Date(Number(maximum)));
		return {
			en: `Write a date ${inclusive ? 'on or before' : 'before'} ${day}.`,
			es: `Escribe una fecha ${inclusive ? 'igual o anterior a' : 'anterior a'} ${day}.`,
		}[language];
	}
	return {
		en: `Write a number ${inclusive ? 'of at most' : 'less than'} ${maximum}.`,
		es: `Escribe un número ${inclusive ? 'menor o igual que' : 'menor que'} ${maximum}.`,
	}[language];
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>, language: WriterLanguage): string {
	const written = typeof issue.input === 'string' ? ` ${shown(issue.input)}` : '';
	switch (issue.format) {
		case 'url':
			return {
				en: `${written ? `${written.trim()} is not a web address. ` : ''}Write the full address, starting with https://, like https://example.org/page.`,
				es: `${written ? `${written.trim()} no es una dirección web. ` : ''}Escribe la dirección completa, que empiece con https://, como https://ejemplo.org/pagina.`,
			}[language];
		case 'email':
			return { en: 'Write an e-mail address, like team@example.org.', es: 'Escribe una dirección de correo, como equipo@ejemplo.org.' }[language];
		case 'date':
		case 'datetime':
			return { en: 'Write a date as YYYY-MM-DD, like 2024-03-15.', es: 'Escribe una fecha como AAAA-MM-DD, por ejemplo 2024-03-15.' }[language];
		default:
			return {
				en: `${written ? `${written.trim()} is not written the way this field needs.` : 'This value is not written the way this field needs.'} The writers’ guide shows an example.`,
				es: `${written ? `${written.trim()} no está escrito como este campo lo necesita.` : 'Este valor no está escrito como este campo lo necesita.'} La guía de redacción muestra un ejemplo.`,
			}[language];
	}
}

/** A message for an issue zod found, in `language`; undefined leaves it to zod (an issue kind this map does not know). */
export function schemaIssueMessage(issue: Issue, language: WriterLanguage): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = kindOf(issue.expected)[language];
			if (issue.input === undefined) return { en: `This field is needed: write ${expected}.`, es: `Este campo es obligatorio: escribe ${expected}.` }[language];
			return {
				en: `This field needs ${expected}, not ${kindOfValue(issue.input).en}.`,
				es: `Este campo necesita ${expected}, no ${kindOfValue(issue.input).es}.`,
			}[language];
		}
		case 'invalid_value': {
			const values = issue.values.map(shown);
			if (values.length === 1) return { en: `Write ${values[0]} here.`, es: `Escribe aquí ${values[0]}.` }[language];
			const written = issue.input === undefined ? '' : shown(issue.input);
			return {
				en: `${written ? `${written} is not one of the values this field takes. ` : ''}Write one of: ${values.join(', ')}.`,
				es: `${written ? `${written} no es uno de los valores de este campo. ` : ''}Escribe uno de estos: ${values.join(', ')}.`,
			}[language];
		}
		case 'too_small':
			return tooSmall(issue, language);
		case 'too_big':
			return tooBig(issue, language);
		case 'invalid_format':
			return invalidFormat(issue, language);
		case 'not_multiple_of':
			return { en: `Write a multiple of ${issue.divisor}.`, es: `Escribe un múltiplo de ${issue.divisor}.` }[language];
		case 'unrecognized_keys': {
			const keys = issue.keys.map((k) => `"${k}"`).join(', ');
			return {
				en: `${issue.keys.length === 1 ? 'This field is' : 'These fields are'} not known here: ${keys}. Check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`,
				es: `${issue.keys.length === 1 ? 'Este campo no existe' : 'Estos campos no existen'} aquí: ${keys}. Revisa cómo se ${issue.keys.length === 1 ? 'escribe, o quítalo' : 'escriben, o quítalos'}.`,
			}[language];
		}
		case 'invalid_union':
			return {
				en: `${issue.input === undefined ? 'This field is needed. ' : ''}The writers’ guide shows the forms this field takes.`,
				es: `${issue.input === undefined ? 'Este campo es obligatorio. ' : ''}La guía de redacción muestra las formas que acepta este campo.`,
			}[language];
		case 'invalid_key':
		case 'invalid_element':
			return { en: 'One of the names or values listed here is not valid.', es: 'Uno de los nombres o valores de esta lista no es válido.' }[language];
		case 'custom':
			return { en: 'This value is not valid here.', es: 'Este valor no es válido aquí.' }[language];
		default:
			return undefined;
	}
}
