import { decodeHTML } from 'entities';
// The core functions with the full metadata passed in: the CommonJS build of 'libphonenumber-js/max' has no Metadata class.
import { isSupportedCountry, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadataMax from 'libphonenumber-js/metadata.max.json';
import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { isMailService, readAllowList } from './personal-data-allow';
import { isRoleAddress } from './role-addresses';

/**
 * Personal data a public page must not carry by mistake: e-mail addresses (also written with
 * HTML entities or "[at]"/"arroba"), phone numbers, and the region's national ID numbers. The
 * whole file is scanned, frontmatter and body, code blocks included: all of it is published.
 * A value passes only when it, compared in a normalised form, is in the site's allow list or in
 * the entry's "consent" list; consent exempts that value, never the line it is on. An e-mail
 * address also passes when the allow list names its whole domain ("@example.org",
 * personal-data-allow.ts), or when it is a role address such as info@ or prensa@ (role-addresses.ts).
 * The search reads the text as a reader of the page sees it (tags, Markdown emphasis, invisible
 * characters and full-width forms do not hide a value), and reports each value as written.
 */

export interface PersonalDataOptions {
	/** Values the public build may contain (the organisation's own public address), and whole e-mail domains ("@example.org"). */
	allow: readonly string[];
	/** Whether role and service addresses (info@, prensa@…) pass without being listed; true unless set to false. */
	roleAddresses?: boolean | undefined;
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
		// "ana+boletin@example.org" reaches the mailbox ana@example.org: consent to or allowing one is for both.
		add({ kind: 'email', decoded, keys: [`email:${decoded}`, `mailbox:${decoded.replace(/\+[^@]*@/, '@')}`] }, start, end);
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
		// Old forms still widely written, rewritten to today's: "+52 1 55 …", the mobile "1" Mexico
		// dropped in 2019; "+57 1 234 5678", a Colombian landline before 2021, now "+57 601 234 5678".
		const e164 = `+${digits.replace(/^521(\d{10})$/, '52$1').replace(/^57([1-8]\d{7})$/, '5760$1')}`;
		const number = parsePhoneNumberFromString(e164, metadataMax);
		// A "+" and a country code show the writer meant a phone number: a possible length and the
		// country's general pattern are enough ("+56 9 1234 5678" is in a range not yet allocated).
		if (number && (number.isValid() || (number.isPossible() && gate(`+${number.countryCallingCode}`)?.test(number.nationalNumber) !== false)))
			found.add(number.number);
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

/** Digits with the separators people write between them ("55/1234/5678" too); a prefilter keeps runs of 7+ digits. */
const phoneRun = /\+?\(?\d(?:[ \t\u00a0\u202f.\-\u2010-\u2014()/]{0,3}\d)*/g;
/** Amounts, books and pages: a currency or a reference word just before, a unit or a count just after. */
const currencyBefore =
	/(?:[$€£¥₡₲₱₹]|\b(?:ISBN(?:-1[03])?|ISSN|DOI|pp?|p[áa]gs?|p[áa]ginas|pages?|MXN|USD|EUR|COP|PEN|CLP|ARS|BRL|GTQ|UYU|PYG|DOP|CRC|HNL|NIO|BOB|VES|CUP|GBP|US\$|R\$|S\/|Bs)\.?)[\s:]*$/iu;
const unitAfter =
	/^\s*(?:%|‰|(?:habitantes|hab|personas|people|persons|inhabitants|residents|pesos|d[óo]lares|dollars|euros?|soles|reales|bolivianos|quetzales|colones|lempiras|c[óo]rdobas|guaran[íi]es|km|m²|m2|hect[áa]reas|hectares|toneladas|tonnes|tons|kg|votos|votes|ejemplares|copies|visitas|visits|views|descargas|downloads|millones|millions|mil|bytes|[KMGT]i?B|MXN|USD|EUR|COP|PEN|CLP|ARS|BRL|GTQ|UYU|PYG|DOP|CRC|HNL|NIO|BOB|VES|CUP|GBP)\b)/iu;
/**
 * A word that says a phone number follows ("Tel:", "WhatsApp", "llámanos al"). It lets through
 * shapes that are otherwise more often something else: a value right after "word:" ("tel:+52…",
 * "Tel:5512345678"), groups of one or two digits ("55 12 34 56 78"), a year-like first group ("2023 1145").
 */
const phoneWord =
	/\b(?:tel|telf|tfno|tel[ée]fonos?|telephone|phones?|cel|celular|cell|m[óo]vil|mobile|whats\s?app|fax|sms|signal|telegram|contact[a-z]*|ll[áa]m[a-z]*|call)\b[^\n\d]{0,20}$/i;
/**
 * A number that names a document, not a person: "Invoice 2024-000123", "Factura nº 2024-000123",
 * "Workshop codes 2023 1145 7788", "ID 5512345678", an organisation's tax number ("NIT 900123456-7").
 */
const referenceBefore =
	/\b(?:invoices?|factura|facturas|recibos?|receipts?|tickets?|orders?|pedidos?|folios?|expedientes?|case|casos?|files?|ref|refs|reference|referencia|contratos?|contracts?|oficios?|boletas?|c[óo]digos?|codes?|serial|serie|series|lotes?|batch|ids?|identificador(?:es)?|identifiers?|registros?|registrations?|inscripci[óo]n|sku|patentes?|patents?|timestamp|NIT|RUC|CUIT|RFC|CNPJ|RIF|RTN|NIF|CIF|tax\s+id)\b\.?(?:\s*(?:no\.?|n[º°o]\.?|nro\.?|num\.?|number|n[úu]mero|#))?[\s:#]*$/i;
/**
 * Shapes that are something else: quantities grouped by thousands, RUT or CPF with a wrong check
 * digit, coordinates, IP addresses, versions ("3.12.1234", "124.0.6367.91": no phone number is
 * written with dots around a group of one digit, or as two short groups and a long one).
 */
const notAPhoneRun = [
	/^\d{1,2}\.\d{1,2}\.\d+$/,
	/^\d+(?:\.\d+)*\.\d\.\d+(?:\.\d+)*$/,
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
	/^(?:1[5-9]|20)\d\d(?:\s*[-./\u2010-\u2014]?\s*(?:1[5-9]|20)\d\d)+$/,
	// Any ISO-shaped date, real or not: "2024-13-45" is a mistyped date (the schema reports it), "9999-12-31" a "never", not a phone.
	/^\d{4}-\d\d-\d\d$/,
	/^(?:19|20)\d\d([-. /])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/,
	/^(?:0?[1-9]|[12]\d|3[01])([-. /])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d\d$/,
	// A number and its year: "Ley 1448/2011", "Lei 13.709/2018", "Expediente 123/2024".
	/^[\d.-]{1,12}\/(?:19|20)\d\d$/,
	/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/,
];
/** The largest 32-bit integers, written as "no limit" in code and styles ("z-index: 2147483647"). */
const limits = new Set(['2147483647', '2147483648', '4294967295', '4294967296']);
/** ISBN-13 check digit (ISO 2108): weights 1,3,1,3… make the sum a multiple of 10. */
const isIsbn13 = (d: string) => /^97[89]\d{10}$/.test(d) && [...d].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10 === 0;
/** ISBN-10 whose check digit is X (10): nine digits weighted 10 to 2, plus 10, make a multiple of 11. */
const isIsbn10WithX = (d: string) => /^\d{9}$/.test(d) && ([...d].reduce((s, c, i) => s + Number(c) * (10 - i), 0) + 10) % 11 === 0;

/** Whether digit groups `first` to `last` include one of three digits or more. */
function long(groups: readonly { digits: string }[], first: number, last: number) {
	for (let k = first; k <= last; k++) if (groups[k]!.digits.length >= 3) return true;
	return false;
}
function allSame(digits: string) {
	for (let k = 1; k < digits.length; k++) if (digits.charCodeAt(k) !== digits.charCodeAt(0)) return false;
	return true;
}
/** 1900–2099. */
const yearLike = (d: string) => d.length === 4 && ((d[0] === '1' && d[1] === '9') || (d[0] === '2' && d[1] === '0'));

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
		if (!whatsApp && (/[\p{L}\p{N}_/=#@&%\\]/u.test(before) || (/[-.,]/.test(before) && /\p{N}/u.test(before2)) || (before === '-' && /\p{L}/u.test(before2))))
			continue;
		if (/[\p{L}\p{N}_/=#@&%°]/u.test(text[end] ?? ' ') || /^[.,:]\d/.test(text.slice(end, end + 2))) continue;
		const lineBefore = text.slice(Math.max(0, start - 32), start);
		const line = lineBefore.slice(lineBefore.lastIndexOf('\n') + 1);
		// Whether a word like "Tel." comes just before: looked at only when it matters.
		let said: boolean | undefined;
		// "z-index:2147483647", "id:5512345678": right after "word:" with no space is a value, not a phone.
		if (before === ':' && /\p{L}/u.test(before2) && !(said ??= phoneWord.test(line))) continue;
		if (currencyBefore.test(line) || unitAfter.test(text.slice(end, end + 24))) continue;
		if (notAPhoneRun.some((p) => p.test(run))) continue;
		// A book's number, without "ISBN" before it: "978 84 376 0494 7" would otherwise leave "84 376 0494 7", "84-376-0494-X" "84-376-0494".
		const runDigits = run.replace(/\D/g, '');
		if (isIsbn13(runDigits) || (/^[-\s]X\b/.test(text.slice(end, end + 3)) && isIsbn10WithX(runDigits))) continue;
		// A stray number before or after ("Oficina 3 55 1234 5678") must not hide the phone number:
		// from left to right, take the longest valid stretch of digit groups starting within the
		// next few groups, cut only where the writer left a space. Bounded, so a long line of
		// numbers stays linear.
		const cut = (k: number) => k === 0 || k === groups.length || /\s/.test(run.slice(groups[k - 1]!.end, groups[k]!.start));
		// After "+52" the rest is no national number of another country: such a run starts at its start.
		const international = whatsApp || /^(?:\+|\(?00[1-9])/.test(run);
		// Without a "+" or a word like "Tel.", a number needs a group of three digits or more (below): none, nothing to find.
		if (!international && !long(groups, 0, groups.length - 1) && !(said ??= phoneWord.test(line))) continue;
		// Looked at once a stretch is valid, as most runs have none.
		let referenced: boolean | undefined;
		for (let i = 0; i < groups.length; ) {
			let best: { j: number; from: number; digits: string; numbers: string[] } | undefined;
			for (let first = i; first < Math.min(groups.length, i === 0 && international ? 1 : i + 4); first++) {
				if (!cut(first)) continue;
				let last = first - 1;
				for (let count = 0; last + 1 < groups.length && count + groups[last + 1]!.digits.length <= 17; last++) count += groups[last + 1]!.digits.length;
				for (let j = last; j >= first; j--) {
					const digits = groups.slice(first, j + 1).reduce((d, g) => d + g.digits, '');
					if (digits.length < 7 || (best && digits.length <= best.digits.length)) break;
					if (!cut(j + 1)) continue;
					// "+52 …" or a word like "Tel." says this is a phone number; otherwise its shape must.
					const named = first === 0 && international;
					// Survey scores, vote counts, "1 1 1 1 …": phone numbers come in groups of three or four
					// digits, or unbroken; not only in groups of one or two ("55 12 34 56 78" needs "Tel.").
					// A year and more digits ("2023 1145", "2024-000123") is a dated code or a reference.
					if (j > first && !named && (!long(groups, first, j) || yearLike(groups[first]!.digits)) && !(said ??= phoneWord.test(line))) continue;
					// 555 555 5555, 1111111: a placeholder.
					if (allSame(digits)) continue;
					let from = first === 0 ? 0 : groups[first]!.start - (run[groups[first]!.start - 1] === '(' ? 1 : 0);
					// "(55) 1234 5678" keeps its bracket; "(tel. 55 1234 5678)" does not.
					if (run[from] === '(' && !run.slice(from, groups[j]!.end).includes(')')) from++;
					const part = run.slice(from, groups[j]!.end);
					// Not across a spaced dash (a range), not another kind of number, not a placeholder like 1234567890.
					if (
						/\s[\u2013\u2014]\s/.test(part) ||
						notAPhone.some((p) => p.test(part)) ||
						isIsbn13(digits) ||
						'01234567890123456789'.includes(digits) ||
						limits.has(digits)
					)
						continue;
					// "+52 …", "0052 …" (the international prefix of most of the region) or a WhatsApp link name the country.
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
			if ((referenced ??= referenceBefore.test(line) && !(said ??= phoneWord.test(line)))) break;
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
	{
		id: 'rut',
		hint: /\d-[\dkK]/,
		pattern: new RegExp(`${idStart}(?:\\d{1,2}\\.\\d{3}\\.\\d{3}|\\d{7,8})-[\\dkK]${idEnd}`, 'gu'),
		valid: (m) => rutValid(digitsOf(m[0].slice(0, -2)), m[0].slice(-1)),
	},
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
// What a reader sees. The search runs on a copy of the text as a reader of the page sees it, and
// every position in it maps back to the original, so a finding still shows the value as written
// ("jose<span>@</span>example.org", "**55** 1234 5678") and its line.

/**
 * Inline HTML elements: their tags show nothing, so "jose<span>@</span>example.org" reads as one
 * address. "<br>" shows as a line break; other tags ("<p>", "<td>") stay: what they separate is shown apart.
 */
const inlineTag =
	/^<\/?(?:a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?=[\s/>])/i;
/**
 * What a reader does not see as written: HTML comments and tags, entities, Markdown's backslash
 * escapes and emphasis marks ("jose@*example*.org", "**55** 1234 5678", "_55_ 1234 5678"),
 * invisible characters pasted from Word or a PDF (soft hyphen, zero-width spaces and joiners, word
 * joiner, BOM, direction marks), Unicode spaces (no-break, thin, narrow no-break, ideographic) and full-width
 * forms ("５５ １２３４", "jose＠example.org"), which NFKC folds to ASCII.
 */
const unseen =
	/<!--|<\/?[a-z][a-z\d]*(?=[\s/>])[^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?|\\[!-/:-@[-`{-~]|\*+|_+|`+|~~+|[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/gi;
const invisible = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const space = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const fullWidth = /[\uff01-\uff5e]/g;
/** One character or a decoded entity as seen: invisible ones dropped, spaces plain, full-width forms ASCII (their NFKC form). */
const seenAs = (s: string) =>
	s
		.replace(invisible, '')
		.replace(space, ' ')
		.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const nonAscii = /[\p{L}\p{N}]/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A letter or a digit, ASCII first (this runs for every "_" and "*" in the text). */
const isWordChar = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && nonAscii.test(String.fromCharCode(c)));
/**
 * Whether a run of "*", "_" or "`" is shown as written rather than as emphasis or code: "_" and
 * "`" inside a word ("jose_perez@…", "snake_case"), "*" between digits ("1234*5678").
 */
function shown(text: string, start: number, end: number) {
	const before = text.charCodeAt(start - 1);
	const after = text.charCodeAt(end);
	const mark = text[start];
	if (mark === '~') return false;
	if (mark === '*') return isDigit(before) && isDigit(after);
	return isWordChar(before) && isWordChar(after);
}

interface Seen {
	text: string;
	/** Where the character at `i` of the seen text comes from in the original. */
	from: (i: number) => number;
	/** Where the seen text up to `i` (exclusive) ends in the original. */
	to: (i: number) => number;
}

function seenText(text: string): Seen {
	unseen.lastIndex = 0;
	if (!unseen.test(text)) return { text, from: (i) => i, to: (i) => i };
	// Stretches of the seen text, three numbers each: where it starts in the seen text, where it
	// comes from in the original, and, for a replacement ("&#64;" → "@"), where that ends (-1 for a
	// copy, whose characters map one to one).
	const map: number[] = [];
	const pieces: string[] = [];
	let length = 0;
	let pending = 0;
	const stretch = (s: string, from: number, to: number) => {
		if (!s) return;
		map.push(length, from, to);
		pieces.push(s);
		length += s.length;
	};
	const flush = (to: number) => {
		if (to > pending) stretch(text.slice(pending, to), pending, -1);
		pending = to;
	};
	const replace = (s: string, from: number, to: number) => {
		flush(from);
		stretch(s, from, to);
		pending = to;
	};
	const tags: [number, number][] = [];
	/** Where the next "-->" is, once looked for: -1 if none (then no later comment closes either). */
	let commentEnd = 0;
	/** From `from` to `to`; `inTag` when reading a tag's or a comment's own text, whose tags are not tags. */
	const read = (from: number, to: number, inTag: boolean) => {
		pending = from;
		unseen.lastIndex = from;
		for (let m = unseen.exec(text); m && m.index < to; m = unseen.exec(text)) {
			const t = m[0];
			const start = m.index;
			const end = start + t.length;
			if (end > to) break;
			const c = t[0]!;
			if (c === '<' && t === '<!--') {
				if (commentEnd !== -1 && commentEnd < end) commentEnd = text.indexOf('-->', end);
				if (inTag || commentEnd === -1 || commentEnd + 3 > to) continue;
				replace('', start, commentEnd + 3);
				tags.push([start, commentEnd + 3]);
				unseen.lastIndex = commentEnd + 3;
			} else if (c === '<') {
				if (inTag) {
					unseen.lastIndex = start + 1;
				} else if (/^<br\s*\/?>$/i.test(t)) {
					// A line break: "jose<br>@example.org" reads as an address broken over two lines.
					replace('\n', start, end);
				} else if (inlineTag.test(t)) {
					replace('', start, end);
					// An attribute (a title, an href) is in the published HTML too: read after the text.
					if (/\s/.test(t)) tags.push([start, end]);
				} else {
					unseen.lastIndex = start + 1;
				}
			} else if (c === '&') {
				const value = decodeHTML(t);
				if (value !== t) replace(seenAs(value), start, end);
			} else if (c === '\\') {
				replace(t[1]!, start, end);
			} else if (c === '*' || c === '_' || c === '`' || c === '~') {
				if (!shown(text, start, end)) replace('', start, end);
			} else {
				replace(seenAs(t), start, end);
			}
		}
		flush(to);
	};
	read(0, text.length, false);
	for (const [start, end] of tags) {
		// "\0" matches no pattern: nothing found runs from the text into a tag, or from one tag into the next.
		stretch('\0', start, start);
		read(start + 1, end, true);
	}
	/** The first number of the stretch that holds seen character `i`. */
	const at = (i: number) => {
		let low = 0;
		let high = map.length / 3 - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (map[mid * 3]! <= i) low = mid;
			else high = mid - 1;
		}
		return low * 3;
	};
	return {
		text: pieces.join(''),
		from: (i) => {
			if (i >= length) return text.length;
			const k = at(i);
			return map[k + 2] === -1 ? map[k + 1]! + i - map[k]! : map[k + 1]!;
		},
		to: (i) => {
			if (i <= 0) return 0;
			const k = at(i - 1);
			return map[k + 2] === -1 ? map[k + 1]! + i - map[k]! : map[k + 2]!;
		},
	};
}

/** Every e-mail address, phone number and national ID number in `text`, in order. */
export function findPersonalData(text: string, options: PersonalDataOptions): PersonalDataMatch[] {
	const countries = options.countries.filter((c): c is CountryCode => isSupportedCountry(c as CountryCode, metadataMax));
	const seen = seenText(text);
	const found: (PersonalDataMatch & { end: number; rank: number })[] = [];
	const adder = (rank: number) => (m: Omit<PersonalDataMatch, 'value' | 'index'>, s: number, e: number) => {
		const index = seen.from(s);
		const end = seen.to(e);
		found.push({ ...m, value: text.slice(index, end), index, end, rank });
	};
	findEmails(seen.text, adder(0));
	findIds(seen.text, adder(1));
	// Seven digits with at most the separators a phone number has between them.
	if (/\d(?:\D{0,3}\d){6}/.test(seen.text)) findPhones(seen.text, countries, adder(2));
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
const perLine = 20;
const allowCache = new WeakMap<readonly string[], { keys: Set<string>; domains: ReadonlySet<string> }>();
const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);

export function checkPersonalData(file: ContentFile, options: PersonalDataOptions, language: WriterLanguage): Finding[] {
	const consentField = file.data?.consent;
	const consent = (Array.isArray(consentField) ? consentField : []).filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
	let allowed = allowCache.get(options.allow);
	if (!allowed) {
		const list = readAllowList(options.allow);
		allowCache.set(options.allow, (allowed = { keys: keysOf(list.values, options), domains: list.domains }));
	}
	const { keys: allowedKeys, domains } = allowed;
	// Each consent entry is searched like text, so "Ana Pérez, ana@example.org" consents to the
	// address, and the values in the consent field itself pass; anything else on its lines does not.
	// Consent is a person's, for their own values: it names no domains.
	const consented = keysOf(consent, options);
	const roles = options.roleAddresses !== false;
	const exempt = (m: PersonalDataMatch) =>
		(m.kind === 'email' && (domains.has(domainOf(m.decoded)) || (roles && isRoleAddress(m.decoded)))) ||
		[`raw:${m.value.trim().normalize('NFC').toLowerCase()}`, ...m.keys].some((k) => allowedKeys.has(k) || consented.has(k));

	const listed: { m: PersonalDataMatch; line: number; more: number }[] = [];
	// Matches come in order: count the lines up to each one from the previous one.
	let line = 1;
	let counted = 0;
	let onLine = 0;
	for (const m of findPersonalData(file.raw, options)) {
		for (let i = file.raw.indexOf('\n', counted); i !== -1 && i < m.index; i = file.raw.indexOf('\n', i + 1)) line++;
		counted = m.index;
		if (exempt(m)) continue;
		if (listed[listed.length - 1]?.line !== line) onLine = 0;
		// At most `perLine` findings a line: a line with more is a table or a dump (a CSV row, a
		// pasted list), twenty show the writer what is wrong, and a long line of numbers must not
		// become a report of thousands. The last one listed says how many more the line holds.
		if (++onLine > perLine) {
			listed[listed.length - 1]!.more++;
			continue;
		}
		listed.push({ m, line, more: 0 });
	}
	return listed.map(({ m, line, more }) => {
		const name = m.kind === 'national-id' ? m.id! : m.kind;
		const decoded = m.kind === 'email' && m.decoded !== m.value.toLowerCase() ? m.decoded : undefined;
		// The hint offers to allow an address's whole domain, unless anyone can have an address there.
		const domain = m.kind === 'email' && !isMailService(domainOf(m.decoded)) ? domainOf(m.decoded) : undefined;
		return finding(
			'error',
			'personal-data',
			{ kind: names[name][language], text: m.value, decoded, more: more || undefined, domain },
			{ file: file.path, line },
			language
		);
	});
}
