import { decodeHTML } from 'entities';
// The core functions with the full metadata passed in: the CommonJS build of 'libphonenumber-js/max' has no Metadata class.
import { isSupportedCountry, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadataMax from 'libphonenumber-js/metadata.max.json';
import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';

/**
 * Personal data a public page must not carry by mistake: e-mail addresses (also written with
 * HTML entities or "[at]"/"arroba"), phone numbers, and the region's national ID numbers. The
 * whole file is scanned, frontmatter and body, code blocks included: all of it is published.
 * A value passes only when it, compared in a normalised form, is in the site's allow list or in
 * the entry's "consent" list; consent exempts that value, never the line it is on.
 */

export interface PersonalDataOptions {
	/** Values the public build may contain (the organisation's own public address). */
	allow: readonly string[];
	/** ISO 3166-1 alpha-2 codes whose national phone formats are recognised. */
	countries: readonly string[];
}

type IdName = 'curp' | 'rut' | 'dni-es' | 'cpf' | 'cedula-ec' | 'document';
export interface PersonalDataMatch {
	kind: 'email' | 'phone' | 'national-id';
	/** As written, so the writer can search for it. */
	value: string;
	/** Offset of `value` in the text. */
	index: number;
	/** Decoded, normalised form: the plain lower-case address, the E.164 number, the ID in capitals. */
	decoded: string;
	/** Forms compared with the allow and consent lists. */
	keys: string[];
	id?: IdName;
}

type Add = (m: Omit<PersonalDataMatch, 'value' | 'index'>, start: number, end: number) => void;

const names: Record<'email' | 'phone' | IdName, Record<WriterLanguage, string>> = {
	email: { en: 'e-mail address', es: 'correo electrónico' },
	phone: { en: 'phone number', es: 'número de teléfono' },
	curp: { en: 'national ID number (CURP)', es: 'número de identificación oficial (CURP)' },
	rut: { en: 'national ID number (Chilean RUT/RUN)', es: 'número de identificación oficial (RUT/RUN chileno)' },
	'dni-es': { en: 'national ID number (Spanish DNI/NIE)', es: 'número de identificación oficial (DNI/NIE español)' },
	cpf: { en: 'national ID number (Brazilian CPF)', es: 'número de identificación oficial (CPF brasileño)' },
	'cedula-ec': { en: 'national ID number (Ecuadorian cédula)', es: 'número de identificación oficial (cédula ecuatoriana)' },
	document: { en: 'ID document number', es: 'número de documento de identidad' },
};

// ---------------------------------------------------------------------------------------------
// E-mail addresses

const W = '\\p{L}\\p{M}\\p{N}';
const open = '\\s*[\\[({<]\\s*';
const close = '\\s*[\\])}>]\\s*';
const local = `[${W}_%+\\-]+`;
const localDot = `(?:\\.|${open}(?:dot|punto|\\.)${close})`;
const dot = `(?:\\.|${open}(?:dot|punto|\\.)${close}|\\s+(?:dot|punto)\\s+)`;
const label = `[${W}](?:[${W}\\-]*[${W}])?`;
/**
 * The search starts at the "at", which is rare, rather than at every word: "@", its full-width
 * form, "%40" (mailto links), "[at]", "(arroba)", "{at}", or the bare words "at" and "arroba".
 * (No "u" flag here: it makes this scan of every file four times slower.)
 */
const atSign = /@|\uFF20|%40|[[({<]\s*(?:at|arroba|@)\s*[\])}>]|\s(?:at|arroba)(?=\s)/gi;
const userBefore = new RegExp(`(?<![${W}_%+.\\-])${local}(?:${localDot}${local})*(\\s*)$`, 'iu');
/** A domain needs a dot: "user@host" is a login or a package tag, not an address to write to. */
const tld = `(\\p{L}[\\p{L}\\p{M}]+|xn--[a-z\\d\\-]+)(?![${W}\\-])`;
const domainAfter = new RegExp(`(\\s*)((?:${label}${dot})+)${tld}`, 'iuy');
/** After a plain "@", plain dots first: "jose@example.org punto final" ends at "org". */
const domainPlain = new RegExp(`()((?:${label}\\.)+)${tld}`, 'iuy');
const anyDot = new RegExp(dot, 'giu');
const bracketDot = new RegExp(`${open}(?:dot|punto|\\.)${close}`, 'giu');
/** With a bare "at", English prose ("look at the dot com bubble") must not read as an address. */
const knownTlds = new Set([
	...'com org net edu gov int info biz io co ai app dev me tv eu lat ong ngo online site'.split(' '),
	...'mx pe cl ar br ec gt sv hn ni cr pa bo py uy ve do cu es us uk de fr it pt ca nl be ch se no dk fi at au nz jp cn'.split(' '),
]);
const stopwords = new Set('the a an this that these those my our your his her their el la los las lo un una uno este esta ese esa mi tu su'.split(' '));
/** "logo@2x.png" is an image, not an address. */
const fileExtensions = new Set('png jpg jpeg gif svg webp avif pdf'.split(' '));

function findEmails(text: string, add: Add) {
	atSign.lastIndex = 0;
	for (let m = atSign.exec(text); m; m = atSign.exec(text)) {
		const sign = m[0].trimStart();
		const at = m.index + m[0].length - sign.length;
		const bare = /^(?:at|arroba)$/i.test(sign) ? sign.toLowerCase() : undefined;
		let d: RegExpExecArray | null = null;
		for (const pattern of /^[@\uFF20%]/.test(sign) ? [domainPlain, domainAfter] : [domainAfter]) {
			pattern.lastIndex = at + sign.length;
			if ((d = pattern.exec(text))) break;
		}
		const u = d && userBefore.exec(text.slice(Math.max(0, at - 80), at));
		if (!d || !u) continue;
		const [, spaceAfter = '', domain = '', topLevel = ''] = d;
		const spaceBefore = u[1] ?? '';
		const user = u[0].slice(0, u[0].length - spaceBefore.length);
		// Bare words need their spaces ("jose at example", not "jose atexample"); "jose @ example.org" counts too.
		if (bare && (!spaceBefore || !spaceAfter)) continue;
		const start = at - u[0].length;
		const end = d.index + d[0].length;
		if (fileExtensions.has(topLevel.toLowerCase())) continue;
		// git@github.com:org/repo is a Git remote.
		if (user === 'git' && text[end] === ':') continue;
		if (bare) {
			const labels = domain.replace(anyDot, '.').split('.');
			if (!knownTlds.has(topLevel.toLowerCase()) || labels.some((l) => stopwords.has(l.toLowerCase()))) continue;
			// "find it at memoria.org" is a website; "jose at example dot org" hides an address.
			if (bare === 'at' && domain.replace(bracketDot, '').includes('.')) continue;
		}
		const decoded = `${user.replace(anyDot, '.')}@${domain.replace(anyDot, '.')}${topLevel}`.normalize('NFC').toLowerCase();
		add({ kind: 'email', decoded, keys: [`email:${decoded}`] }, start, end);
		atSign.lastIndex = end;
	}
}

// ---------------------------------------------------------------------------------------------
// Phone numbers, validated by libphonenumber's full ("max") metadata, which knows each country's
// allocated ranges: with the smaller default metadata most 8-digit numbers would be "valid"
// somewhere in Central America, and years, page ranges or amounts would be reported.

const metadata = new Metadata(metadataMax);
type Plan = Partial<Record<'nationalNumberPattern' | 'nationalPrefixForParsing' | 'nationalPrefixTransformRule', () => string | undefined>>;
const gates = new Map<string, RegExp | null>();
/**
 * A country's general number pattern, after an optional national prefix ("MX"), or a calling
 * code's ("+52"). Every valid number matches it, so as a gate before parsing it never hides a
 * number. Countries whose prefix rewrites the number (Argentina's "15", Brazil's carrier codes)
 * have no gate. These metadata methods exist at run time but are not typed; without them, no gate.
 */
function gate(key: string): RegExp | null {
	if (gates.has(key)) return gates.get(key)!;
	let pattern: RegExp | null = null;
	try {
		const callingCode = key.startsWith('+');
		(metadata as unknown as { selectNumberingPlan(key: string): void }).selectNumberingPlan(callingCode ? key.slice(1) : key);
		const plan = metadata.numberingPlan as unknown as Plan;
		const national = plan.nationalNumberPattern?.();
		const prefix = callingCode ? '' : `(?:${plan.nationalPrefixForParsing?.() ?? ''})?`;
		if (national && (callingCode || !plan.nationalPrefixTransformRule?.())) pattern = new RegExp(`^${prefix}(?:${national})$`);
	} catch {
		pattern = null;
	}
	gates.set(key, pattern);
	return pattern;
}

const validCache = new Map<string, string[]>();
/** E.164 forms of the digits under every country where they make a valid number ([] if none). */
function validNumbers(digits: string, international: boolean, countries: readonly CountryCode[]): string[] {
	const cacheKey = `${international ? '+' : ''}${digits}|${countries.join()}`;
	const cached = validCache.get(cacheKey);
	if (cached) return cached;
	const found = new Set<string>();
	if (international) {
		// "+52 1 55 …": the mobile "1" Mexico dropped in 2019 is still widely written.
		const e164 = `+${/^521\d{10}$/.test(digits) ? `52${digits.slice(3)}` : digits}`;
		const number = parsePhoneNumberFromString(e164, metadataMax);
		// A "+" and a country code show the writer meant a phone number: a possible length and the
		// country's general pattern are enough ("+56 9 1234 5678" is in a range not yet allocated).
		if (number && (number.isValid() || (number.isPossible() && gate(`+${number.countryCallingCode}`)?.test(number.nationalNumber) !== false))) found.add(number.number);
	} else {
		for (const country of countries) {
			if (gate(country)?.test(digits) === false) continue;
			const number = parsePhoneNumberFromString(digits, country, metadataMax);
			if (number?.isValid()) found.add(number.number);
		}
	}
	if (validCache.size > 20000) validCache.clear();
	const result = [...found];
	validCache.set(cacheKey, result);
	return result;
}

/** Digits with the separators people write between them; a prefilter keeps runs of 7+ digits. */
const phoneRun = /\+?\(?\d(?:[ \t\u00a0\u202f.\-\u2010-\u2014()]{0,3}\d)*/g;
/** Amounts, books and pages: a currency or a reference word just before, a unit or a count just after. */
const currencyBefore =
	/(?:[$€£¥₡₲₱₹]|\b(?:ISBN(?:-1[03])?|ISSN|DOI|pp?|p[áa]gs?|p[áa]ginas|pages?|MXN|USD|EUR|COP|PEN|CLP|ARS|BRL|GTQ|UYU|PYG|DOP|CRC|HNL|NIO|BOB|VES|CUP|GBP|US\$|R\$|S\/|Bs)\.?)[\s:]*$/iu;
const unitAfter =
	/^\s*(?:%|‰|(?:habitantes|hab|personas|people|persons|inhabitants|residents|pesos|d[óo]lares|dollars|euros?|soles|reales|bolivianos|quetzales|colones|lempiras|c[óo]rdobas|guaran[íi]es|km|m²|m2|hect[áa]reas|hectares|toneladas|tonnes|tons|kg|votos|votes|ejemplares|copies|visitas|visits|views|descargas|downloads|millones|millions|mil|MXN|USD|EUR|COP|PEN|CLP|ARS|BRL|GTQ|UYU|PYG|DOP|CRC|HNL|NIO|BOB|VES|CUP|GBP)\b)/iu;
/** Shapes that are something else: quantities grouped by thousands, RUT or CPF with a wrong check digit, coordinates, IP addresses. */
const notAPhoneRun = [
	/^\d{1,2}([ .\u00a0\u202f])\d{3}(?:\1\d{3})+$/,
	/^\d{1,3}(?:\.\d{3}){2}-[\dkK]{1,2}$/,
	/^\d{1,3}([ .\u00a0\u202f])\d{3}(?:\1\d{3}){2,}$/,
	/^\d{1,3}\.\d{3,}\s+-?\d{1,3}\.\d{3,}$/,
	/^\d{1,3}(?:\.\d{1,3}){3}$/,
];
/** Shapes of a part of a run: decimals, thousands, years and year ranges, dates with a four-digit year. */
const notAPhone = [
	/^\d{7}$/, // bare seven digits are more often a file or case number than a phone
	/^\d+[.,]\d+$/,
	/^\d{1,2}([ .\u00a0\u202f])\d{3}(?:\1\d{3})+$/,
	/^(?:1[5-9]|20)\d\d(?:\s*[-.\u2010-\u2014]?\s*(?:1[5-9]|20)\d\d)+$/,
	// Any ISO-shaped date, real or not: "2024-13-45" is a mistyped date (the schema reports it), not a phone.
	/^(?:19|20)\d\d-\d\d-\d\d$/,
	/^(?:19|20)\d\d([-. ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/,
	/^(?:0?[1-9]|[12]\d|3[01])([-. ])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d\d$/,
	/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/,
];
/** ISBN-13 check digit (ISO 2108): weights 1,3,1,3… make the sum a multiple of 10. */
const isIsbn13 = (d: string) => /^97[89]\d{10}$/.test(d) && [...d].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10 === 0;

function findPhones(text: string, countries: readonly CountryCode[], add: Add) {
	for (const m of text.matchAll(phoneRun)) {
		const run = m[0];
		const groups = [...run.matchAll(/\d+/g)].map((g) => ({ start: g.index, end: g.index + g[0].length, digits: g[0] }));
		if (groups.reduce((n, g) => n + g.digits.length, 0) < 7) continue;
		const start = m.index;
		const end = start + run.length;
		// Inside a word, a URL, a slug or a longer number ("id=…", "/2024/…", "v1.2", "a456-4266…", "1,234.5678").
		const before = text[start - 1] ?? ' ';
		const before2 = text[start - 2] ?? ' ';
		// WhatsApp links carry the number in international form without its "+".
		const whatsApp = /(?:wa\.me\/|[?&]phone=)$/i.test(text.slice(Math.max(0, start - 16), start));
		if (!whatsApp && (/[\p{L}\p{N}_/=#@&%\\]/u.test(before) || (/[-.,]/.test(before) && /\p{N}/u.test(before2)) || (before === '-' && /\p{L}/u.test(before2)))) continue;
		if (/[\p{L}\p{N}_/=#@&%°]/u.test(text[end] ?? ' ') || /^[.,:]\d/.test(text.slice(end, end + 2))) continue;
		const lineBefore = text.slice(Math.max(0, start - 24), start);
		if (currencyBefore.test(lineBefore.slice(lineBefore.lastIndexOf('\n') + 1)) || unitAfter.test(text.slice(end, end + 24))) continue;
		if (notAPhoneRun.some((p) => p.test(run))) continue;
		// A stray number before or after ("Oficina 3 55 1234 5678") must not hide the phone number:
		// from left to right, take the longest valid stretch of digit groups starting within the
		// next few groups, cut only where the writer left a space. Bounded, so a long line of
		// numbers stays linear.
		const cut = (k: number) => k === 0 || k === groups.length || /\s/.test(run.slice(groups[k - 1]!.end, groups[k]!.start));
		// After "+52" the rest is no national number of another country: such a run starts at its start.
		const international = whatsApp || /^(?:\+|\(?00[1-9])/.test(run);
		for (let i = 0; i < groups.length;) {
			let best: { j: number; from: number; digits: string; numbers: string[] } | undefined;
			for (let first = i; first < Math.min(groups.length, i === 0 && international ? 1 : i + 4); first++) {
				if (!cut(first)) continue;
				let last = first - 1;
				for (let count = 0; last + 1 < groups.length && count + groups[last + 1]!.digits.length <= 17; last++) count += groups[last + 1]!.digits.length;
				for (let j = last; j >= first; j--) {
					const digits = groups.slice(first, j + 1).reduce((d, g) => d + g.digits, '');
					if (digits.length < 7 || (best && digits.length <= best.digits.length)) break;
					if (!cut(j + 1)) continue;
					let from = first === 0 ? 0 : groups[first]!.start - (run[groups[first]!.start - 1] === '(' ? 1 : 0);
					// "(55) 1234 5678" keeps its bracket; "(tel. 55 1234 5678)" does not.
					if (run[from] === '(' && !run.slice(from, groups[j]!.end).includes(')')) from++;
					const part = run.slice(from, groups[j]!.end);
					// Not across a spaced dash (a range), not another kind of number, not a placeholder like 1234567890.
					if (/\s[\u2013\u2014]\s/.test(part) || notAPhone.some((p) => p.test(part)) || isIsbn13(digits) || '01234567890123456789'.includes(digits)) continue;
					// "+52 …", "0052 …" (the international prefix of most of the region) or a WhatsApp link name the country.
					const named = first === 0 && international;
					const plain = named ? digits.replace(/^00/, '') : digits;
					let numbers = validNumbers(plain, named, countries);
					if (numbers.length === 0 && named && !part.startsWith('+')) numbers = validNumbers(digits, false, countries);
					if (numbers.length > 0) {
						best = { j, from, digits: plain, numbers };
						break;
					}
				}
			}
			if (!best) {
				if (i === 0 && international) break;
				i++;
				continue;
			}
			const keys = [best.digits, ...best.numbers.map((n) => n.slice(1))].map((d) => `phone:${d}`);
			add({ kind: 'phone', decoded: best.numbers[0]!, keys }, start + best.from, start + groups[best.j]!.end);
			i = best.j + 1;
		}
	}
}

// ---------------------------------------------------------------------------------------------
// National ID numbers. Where a number carries check digits it is validated, so an ordinary
// number of the same length almost never matches; Colombia's cédula and Argentina's and Peru's
// DNI have none, so they count only right after a word that names them.

const digitsOf = (s: string) => s.replace(/\D/g, '');
const sameDigit = (d: string) => /^(\d)\1*$/.test(d);

/** CURP check digit, per RENAPO's "Instructivo normativo para la asignación de la CURP": weights 18…2 over the first 17 characters, alphabet 0–9 A–N Ñ O–Z. */
function curpValid(curp: string) {
	const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
	const month = Number(curp.slice(6, 8));
	const day = Number(curp.slice(8, 10));
	if (month < 1 || month > 12 || day < 1 || day > 31) return false;
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += alphabet.indexOf(curp[i]!) * (18 - i);
	return (10 - (sum % 10)) % 10 === Number(curp[17]);
}

/** Chile's RUT/RUN "módulo 11" (Servicio de Registro Civil e Identificación): weights 2–7 from the right; 11 → 0, 10 → K. */
function rutValid(body: string, check: string) {
	if (sameDigit(body)) return false; // 11.111.111-1 is the usual placeholder.
	let sum = 0;
	for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
	const r = 11 - (sum % 11);
	return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === check.toUpperCase();
}

/** Spain's DNI/NIE letter (Ministerio del Interior): the number modulo 23 picks it; an NIE's X/Y/Z stands for 0/1/2. */
const dniLetter = (n: string) => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];

/** Brazil's CPF (Receita Federal): two mod-11 check digits, weights 10…2 then 11…2. */
function cpfValid(d: string) {
	if (d.length !== 11 || sameDigit(d)) return false;
	const check = (n: number) => (([...d.slice(0, n)].reduce((s, c, i) => s + Number(c) * (n + 1 - i), 0) * 10) % 11) % 10;
	return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

/** Ecuador's cédula (Registro Civil): province 01–24 or 30, third digit below 6, mod-10 check with weights 2,1,2,1… (products over 9 minus 9). */
function cedulaEcValid(d: string) {
	const province = Number(d.slice(0, 2));
	if (d.length !== 10 || !((province >= 1 && province <= 24) || province === 30) || Number(d[2]) >= 6) return false;
	let sum = 0;
	for (let i = 0; i < 9; i++) {
		const p = Number(d[i]) * (i % 2 ? 1 : 2);
		sum += p > 9 ? p - 9 : p;
	}
	return (10 - (sum % 10)) % 10 === Number(d[9]);
}

const idStart = '(?<![\\p{L}\\p{N}.\\-])';
const idEnd = '(?![\\p{L}\\p{N}]|[.,]\\d)';
/**
 * Each pattern with a cheap `hint` the text must contain first (a lookbehind tried at every
 * position is slow on 4,000 files). Where a keyword comes first, group 1 is the number itself.
 */
const idPatterns: { id: IdName; hint: RegExp; pattern: RegExp; valid: (m: RegExpExecArray) => boolean }[] = [
	{
		id: 'curp',
		hint: /\d{6}[HMX]/i,
		pattern: new RegExp(
			`${idStart}[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d${idEnd}`,
			'giu'
		),
		valid: (m) => curpValid(m[0].toUpperCase()),
	},
	{ id: 'rut', hint: /\d-[\dkK]/, pattern: new RegExp(`${idStart}(?:\\d{1,2}\\.\\d{3}\\.\\d{3}|\\d{7,8})-[\\dkK]${idEnd}`, 'gu'), valid: (m) => rutValid(digitsOf(m[0].slice(0, -2)), m[0].slice(-1)) },
	{
		id: 'dni-es',
		hint: /\d-?[A-Za-z]/,
		pattern: new RegExp(`${idStart}(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})-?[A-Za-z]${idEnd}`, 'gu'),
		valid: (m) => dniLetter(digitsOf(m[0])) === m[0].slice(-1).toUpperCase(),
	},
	{
		id: 'dni-es',
		hint: /[XYZ]-?\d{7}/,
		pattern: new RegExp(`${idStart}[XYZ]-?\\d{7}-?[A-Z]${idEnd}`, 'gu'),
		valid: (m) => dniLetter(`${'XYZ'.indexOf(m[0][0]!)}${digitsOf(m[0])}`) === m[0].slice(-1),
	},
	{ id: 'cpf', hint: /\d\.\d{3}-\d/, pattern: new RegExp(`${idStart}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${idEnd}`, 'gu'), valid: (m) => cpfValid(digitsOf(m[0])) },
	// Unformatted, eleven digits are as likely a phone number: only after "CPF".
	{ id: 'cpf', hint: /CPF/i, pattern: new RegExp(`\\bCPF\\b[\\s:.nº°#]{0,6}(\\d{11})${idEnd}`, 'giu'), valid: (m) => cpfValid(m[1]!) },
	{ id: 'cedula-ec', hint: /\d{9}/, pattern: new RegExp(`${idStart}\\d{9}-?\\d${idEnd}`, 'gu'), valid: (m) => cedulaEcValid(digitsOf(m[0])) },
	{
		id: 'document',
		hint: /c[ée]dula|C\.?\s?C|D\.?N\.?I|documento/i,
		pattern: new RegExp(
			`(?<![\\p{L}\\p{N}])(?:C\\.\\s?C\\.?|CC|c[ée]dula(?:\\s+de\\s+(?:ciudadan[íi]a|identidad))?|D\\.?N\\.?I\\.?|documento(?:\\s+(?:nacional\\s+)?de\\s+identidad)?)\\s*(?:(?:n[º°o]\\.?|nro\\.?|n[úu]m(?:ero)?\\.?|#)\\s*)?[:.]?\\s*(\\d{1,3}(?:[.\\s]\\d{3}){1,3}|\\d{6,10})${idEnd}`,
			'giu'
		),
		valid: (m) => digitsOf(m[1]!).length >= 6,
	},
];

function findIds(text: string, add: Add) {
	for (const { id, hint, pattern, valid } of idPatterns) {
		if (!hint.test(text)) continue;
		for (const m of text.matchAll(pattern)) {
			if (!valid(m)) continue;
			const value = m[1] ?? m[0];
			const start = m.index + m[0].length - value.length;
			const decoded = value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
			add({ kind: 'national-id', id, decoded, keys: [`id:${decoded}`] }, start, start + value.length);
		}
	}
}

// ---------------------------------------------------------------------------------------------

/** Decodes HTML entities ("jose&#64;example.org", "55&nbsp;1234…"), remembering where each decoded character came from. */
function decodeEntities(text: string) {
	if (!text.includes('&')) return { text, from: (i: number) => i, to: (i: number) => i };
	let decoded = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let last = 0;
	const push = (s: string, from: number, to: number, each: boolean) => {
		for (let k = 0; k < s.length; k++) {
			starts.push(each ? from + k : from);
			ends.push(each ? from + k + 1 : to);
		}
		decoded += s;
	};
	for (const m of text.matchAll(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi)) {
		push(text.slice(last, m.index), last, m.index, true);
		const value = decodeHTML(m[0]);
		push(value, m.index, m.index + m[0].length, value === m[0]);
		last = m.index + m[0].length;
	}
	push(text.slice(last), last, text.length, true);
	return { text: decoded, from: (i: number) => starts[i] ?? text.length, to: (i: number) => (i === 0 ? 0 : (ends[i - 1] ?? text.length)) };
}

/** Every e-mail address, phone number and national ID number in `text`, in order. */
export function findPersonalData(text: string, options: PersonalDataOptions): PersonalDataMatch[] {
	const countries = options.countries.filter((c): c is CountryCode => isSupportedCountry(c as CountryCode, metadataMax));
	const decoded = decodeEntities(text);
	const found: (PersonalDataMatch & { end: number; rank: number })[] = [];
	const adder = (rank: number) => (m: Omit<PersonalDataMatch, 'value' | 'index'>, s: number, e: number) => {
		const index = decoded.from(s);
		const end = decoded.to(e);
		found.push({ ...m, value: text.slice(index, end), index, end, rank });
	};
	findEmails(decoded.text, adder(0));
	findIds(decoded.text, adder(1));
	if (/\d{3}/.test(text)) findPhones(decoded.text, countries, adder(2));
	// Where two readings overlap (a CPF is also a valid US phone number), keep one: e-mail, then
	// ID, then phone, then the longer. Kept matches never overlap, so only the last few can.
	const better = (a: (typeof found)[number], b: (typeof found)[number]) => a.rank < b.rank || (a.rank === b.rank && a.end - a.index >= b.end - b.index);
	const kept: typeof found = [];
	for (const f of found.sort((a, b) => a.index - b.index)) {
		let overlapping = 0;
		while (overlapping < kept.length && kept[kept.length - 1 - overlapping]!.end > f.index) overlapping++;
		if (kept.slice(kept.length - overlapping).some((k) => better(k, f))) continue;
		kept.splice(kept.length - overlapping, overlapping, f);
	}
	return kept.map(({ end: _end, rank: _rank, ...m }) => m);
}

/** The normalised forms of allow or consent values: "JOSE@example.org", "+52 55 1234 5678" compare by meaning. */
function keysOf(values: readonly string[], options: PersonalDataOptions) {
	const keys = new Set<string>();
	for (const value of values) {
		keys.add(`raw:${value.trim().normalize('NFC').toLowerCase()}`);
		for (const m of findPersonalData(value, options)) for (const k of m.keys) keys.add(k);
	}
	return keys;
}
const allowCache = new WeakMap<readonly string[], Set<string>>();

export function checkPersonalData(file: ContentFile, options: PersonalDataOptions, language: WriterLanguage): Finding[] {
	const consentField = file.data?.consent;
	const consent = (Array.isArray(consentField) ? consentField : []).filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
	let allowed = allowCache.get(options.allow);
	if (!allowed) allowCache.set(options.allow, (allowed = keysOf(options.allow, options)));
	// Each consent entry is searched like text, so "Ana Pérez, ana@example.org" consents to the
	// address, and the values in the consent field itself pass; anything else on its lines does not.
	const consented = keysOf(consent, options);
	const exempt = (m: PersonalDataMatch) => [`raw:${m.value.trim().normalize('NFC').toLowerCase()}`, ...m.keys].some((k) => allowed.has(k) || consented.has(k));

	const findings: Finding[] = [];
	// Matches come in order: count the lines up to each one from the previous one.
	let line = 1;
	let counted = 0;
	for (const m of findPersonalData(file.raw, options)) {
		for (let i = file.raw.indexOf('\n', counted); i !== -1 && i < m.index; i = file.raw.indexOf('\n', i + 1)) line++;
		counted = m.index;
		if (exempt(m)) continue;
		const name = m.kind === 'national-id' ? m.id! : m.kind;
		const decoded = m.kind === 'email' && m.decoded !== m.value.toLowerCase() ? m.decoded : undefined;
		findings.push(finding('error', 'personal-data', { kind: names[name][language], text: m.value, decoded }, { file: file.path, line }, language));
	}
	return findings;
}
