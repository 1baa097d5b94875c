import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/checks/content-files';
import { checkPersonalData, findPersonalData, type PersonalDataOptions } from '../../src/checks/personal-data';

/** The site default: Latin America, Spain and the United States. */
const countries = ['MX', 'CO', 'PE', 'CL', 'AR', 'BR', 'EC', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BO', 'PY', 'UY', 'VE', 'DO', 'CU', 'ES', 'US'];
const options: PersonalDataOptions = { allow: [], countries };

/** A Markdown entry as content-files.ts reads it: frontmatter field lines, body and its first line. */
function entry(raw: string, data: Record<string, unknown> = {}): ContentFile {
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(raw);
	const fieldLines = new Map<string, number>();
	(frontmatter?.[1] ?? '').split('\n').forEach((line, i) => {
		const field = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
		if (field && !fieldLines.has(field)) fieldLines.set(field, i + 2);
	});
	return {
		path: 'content/learnings/a.md',
		collection: 'learnings',
		language: 'es',
		key: 'a',
		data,
		fieldLines,
		raw,
		body: frontmatter ? raw.slice(frontmatter[0].length) : raw,
		bodyLine: frontmatter ? frontmatter[0].split('\n').length : 1,
		problems: [],
	};
}

/** Findings as "line: message". */
const rows = (file: ContentFile, opts: PersonalDataOptions = options, language: 'en' | 'es' = 'en') =>
	checkPersonalData(file, opts, language).map((f) => `${f.line}: ${f.message}`);

describe('findPersonalData: true positives', () => {
	// text, kind, value as written, decoded form
	it.each([
		// Phones, national and international, as the region writes them.
		['Llama al 55-1234-5678.', 'phone', '55-1234-5678', '+525512345678'],
		['Tel. (55) 1234-5678', 'phone', '(55) 1234-5678', '+525512345678'],
		['Celular: 987 654 321', 'phone', '987 654 321', '+51987654321'],
		['Desde el extranjero: 0052 55 1111 2222', 'phone', '0052 55 1111 2222', '+525511112222'],
		['Móvil +34 612 34 56 78', 'phone', '+34 612 34 56 78', '+34612345678'],
		['WhatsApp +52 1 55 1234 5678', 'phone', '+52 1 55 1234 5678', '+525512345678'],
		['+57 301 234 5678', 'phone', '+57 301 234 5678', '+573012345678'],
		['+56 9 1234 5678', 'phone', '+56 9 1234 5678', '+56912345678'],
		// 555-01xx is a fictional US range, but a valid number to libphonenumber: reported, like any example number.
		['+1 (202) 555-0143', 'phone', '+1 (202) 555-0143', '+12025550143'],
		['Oficina en Buenos Aires: 11 4321-8765', 'phone', '11 4321-8765', '+541143218765'],
		['(0351) 423-4567', 'phone', '(0351) 423-4567', '+543514234567'],
		['+55 11 98765-4321', 'phone', '+55 11 98765-4321', '+5511987654321'],
		['+502 2345 6789', 'phone', '+502 2345 6789', '+50223456789'],
		['Tel. +54 11 4321-5678', 'phone', '+54 11 4321-5678', '+541143215678'],
		['(011) 4321-5678', 'phone', '(011) 4321-5678', '+541143215678'],
		['+54 9 11 4321-5678', 'phone', '+54 9 11 4321-5678', '+5491143215678'],
		['+52 55 1234 5678', 'phone', '+52 55 1234 5678', '+525512345678'],
		['55.1234.5678', 'phone', '55.1234.5678', '+525512345678'],
		// Valid in Mexico and in the United States: reported once, in the first country that has it.
		['555-123-4567', 'phone', '555-123-4567', '+525551234567'],
		['Call (202) 555-0143', 'phone', '(202) 555-0143', '+12025550143'],
		['+34 91 123 45 67', 'phone', '+34 91 123 45 67', '+34911234567'],
		// Colombia's landlines before 2021 ("+57 1 …" for Bogotá), still in older documents: today's "+57 601 …".
		['+57 (1) 234 5678', 'phone', '+57 (1) 234 5678', '+576012345678'],
		['+57 4 444 5566', 'phone', '+57 4 444 5566', '+576044445566'],
		['Escríbenos: https://wa.me/5215512345678', 'phone', '5215512345678', '+525512345678'],
		['tel 55&nbsp;1234&nbsp;5678', 'phone', '55&nbsp;1234&nbsp;5678', '+525512345678'],
		['Oficina 3 55 1234 5678', 'phone', '55 1234 5678', '+525512345678'],
		['`const phone = "+52 55 1234 5678";`', 'phone', '+52 55 1234 5678', '+525512345678'],
		// E-mail addresses: plain, internationalised, entity-encoded, obfuscated.
		['Escribe a jose@example.org.', 'email', 'jose@example.org', 'jose@example.org'],
		['josé@ejemplo.mx', 'email', 'josé@ejemplo.mx', 'josé@ejemplo.mx'],
		['maría.pérez@correo.es', 'email', 'maría.pérez@correo.es', 'maría.pérez@correo.es'],
		['用户@例子.中国', 'email', '用户@例子.中国', '用户@例子.中国'],
		['Jose@Example.ORG', 'email', 'Jose@Example.ORG', 'jose@example.org'],
		['jose&#64;example.org', 'email', 'jose&#64;example.org', 'jose@example.org'],
		['jose&#x40;example.org', 'email', 'jose&#x40;example.org', 'jose@example.org'],
		['jose&commat;example&period;org', 'email', 'jose&commat;example&period;org', 'jose@example.org'],
		['jose&#64;example&#46;org', 'email', 'jose&#64;example&#46;org', 'jose@example.org'],
		['mailto:jose%40example.org', 'email', 'jose%40example.org', 'jose@example.org'],
		['jose＠example.org', 'email', 'jose＠example.org', 'jose@example.org'],
		['jose [at] example [dot] org', 'email', 'jose [at] example [dot] org', 'jose@example.org'],
		['jose(at)example(dot)org', 'email', 'jose(at)example(dot)org', 'jose@example.org'],
		['jose {at} example {dot} org', 'email', 'jose {at} example {dot} org', 'jose@example.org'],
		['jose arroba example punto org', 'email', 'jose arroba example punto org', 'jose@example.org'],
		['Escríbele: jose arroba gmail.com', 'email', 'jose arroba gmail.com', 'jose@gmail.com'],
		['Write to jose at example dot org', 'email', 'jose at example dot org', 'jose@example.org'],
		['jose.perez [dot] x [at] example [dot] org', 'email', 'jose.perez [dot] x [at] example [dot] org', 'jose.perez.x@example.org'],
		['jose @ example.org', 'email', 'jose @ example.org', 'jose@example.org'],
		['Escríbeme a jose@example.org punto y aparte', 'email', 'jose@example.org', 'jose@example.org'],
		// National ID numbers, with valid check digits.
		['CURP: HEGG560427MVZRRL04', 'national-id', 'HEGG560427MVZRRL04', 'HEGG560427MVZRRL04'],
		['RUT 12.345.678-5', 'national-id', '12.345.678-5', '123456785'],
		['RUN 12345678-5', 'national-id', '12345678-5', '123456785'],
		['RUT 10.000.013-K', 'national-id', '10.000.013-K', '10000013K'],
		['DNI 12345678Z', 'national-id', '12345678Z', '12345678Z'],
		['NIE X1234567L', 'national-id', 'X1234567L', 'X1234567L'],
		['CPF 123.456.789-09', 'national-id', '123.456.789-09', '12345678909'],
		['CPF: 52998224725', 'national-id', '52998224725', '52998224725'],
		['Ecuador: 1712345675', 'national-id', '1712345675', '1712345675'],
		// No check digit: only after a word that names the document.
		['C.C. 1.020.304.050', 'national-id', '1.020.304.050', '1020304050'],
		['CC 79123456', 'national-id', '79123456', '79123456'],
		['cédula de ciudadanía No. 52.123.456', 'national-id', '52.123.456', '52123456'],
		['DNI 30.123.456', 'national-id', '30.123.456', '30123456'],
		['DNI: 45678912', 'national-id', '45678912', '45678912'],
		['documento 1098765432', 'national-id', '1098765432', '1098765432'],
		// Written so a reader still sees the value, but a plain search would not: invisible
		// characters pasted from Word or a PDF (soft hyphen, zero-width space, non-joiner and joiner,
		// word joiner, BOM)…
		['jo\u00adse@exam\u00adple.org', 'email', 'jo\u00adse@exam\u00adple.org', 'jose@example.org'],
		['jose\u200b@example.org', 'email', 'jose\u200b@example.org', 'jose@example.org'],
		['jo\u200cse@exa\u200dmple\u2060.o\ufeffrg', 'email', 'jo\u200cse@exa\u200dmple\u2060.o\ufeffrg', 'jose@example.org'],
		['\u202a55\u200e 1234\u200f 5678\u202c', 'phone', '55\u200e 1234\u200f 5678', '+525512345678'],
		['Contacto: jose&shy;@example.org', 'email', 'jose&shy;@example.org', 'jose@example.org'],
		['55\u00ad1234\u00ad5678', 'phone', '55\u00ad1234\u00ad5678', '+525512345678'],
		['55\u200b1234\u200b5678', 'phone', '55\u200b1234\u200b5678', '+525512345678'],
		['55&#8203;1234&#8203;5678', 'phone', '55&#8203;1234&#8203;5678', '+525512345678'],
		// …inline HTML tags, which show nothing (a line break shows as one)…
		['jose<span>@</span>example.org', 'email', 'jose<span>@</span>example.org', 'jose@example.org'],
		['jose<b>@</b><em>example</em>.org', 'email', 'jose<b>@</b><em>example</em>.org', 'jose@example.org'],
		['<SPAN class="c1">jose</SPAN>@example.org', 'email', 'jose</SPAN>@example.org', 'jose@example.org'],
		['jose@example<wbr>.org', 'email', 'jose@example<wbr>.org', 'jose@example.org'],
		['jose<!-- nota -->@example.org', 'email', 'jose<!-- nota -->@example.org', 'jose@example.org'],
		['jose<br>@example.org', 'email', 'jose<br>@example.org', 'jose@example.org'],
		['<span class="x">55</span> 1234 5678', 'phone', '55</span> 1234 5678', '+525512345678'],
		// …and what is inside a tag or a comment is published too, so it is still searched.
		['<span title="Tel. 55 1234 5678">Ana</span>', 'phone', '55 1234 5678', '+525512345678'],
		['<!-- Ana: 55 1234 5678 -->', 'phone', '55 1234 5678', '+525512345678'],
		['<a href="mailto:jose&#64;example.org">Escríbenos</a>', 'email', 'jose&#64;example.org', 'jose@example.org'],
		// Markdown emphasis, code and escapes around part of a value.
		['jose@*example*.org', 'email', 'jose@*example*.org', 'jose@example.org'],
		['jo**se**@example.org', 'email', 'jo**se**@example.org', 'jose@example.org'],
		['jose~~@~~example.org', 'email', 'jose~~@~~example.org', 'jose@example.org'],
		['jose\\@example\\.org', 'email', 'jose\\@example\\.org', 'jose@example.org'],
		['jose_perez@example.org', 'email', 'jose_perez@example.org', 'jose_perez@example.org'],
		['Contacto: **55** 1234 5678', 'phone', '55** 1234 5678', '+525512345678'],
		['Contacto: _55_ 1234 5678', 'phone', '55_ 1234 5678', '+525512345678'],
		['`55` `1234` `5678`', 'phone', '55` `1234` `5678', '+525512345678'],
		// Thin, narrow no-break and no-break spaces, slashes, full-width forms (NFKC).
		['55\u20091234\u20095678', 'phone', '55\u20091234\u20095678', '+525512345678'],
		['55\u202f1234\u202f5678', 'phone', '55\u202f1234\u202f5678', '+525512345678'],
		['55\u00a01234\u00a05678', 'phone', '55\u00a01234\u00a05678', '+525512345678'],
		['55/1234/5678', 'phone', '55/1234/5678', '+525512345678'],
		['Tel: ５５ １２３４ ５６７８', 'phone', '５５ １２３４ ５６７８', '+525512345678'],
		['+５２ ５５ １２３４ ５６７８', 'phone', '+５２ ５５ １２３４ ５６７８', '+525512345678'],
		['ｊｏｓｅ＠ｅｘａｍｐｌｅ．ｏｒｇ', 'email', 'ｊｏｓｅ＠ｅｘａｍｐｌｅ．ｏｒｇ', 'jose@example.org'],
		['CURP ＨＥＧＧ５６０４２７ＭＶＺＲＲＬ０４', 'national-id', 'ＨＥＧＧ５６０４２７ＭＶＺＲＲＬ０４', 'HEGG560427MVZRRL04'],
		// Shapes that need a "+" or a word that names a phone (otherwise they are more often scores or codes).
		['Tel. 55 12 34 56 78', 'phone', '55 12 34 56 78', '+525512345678'],
		['**Tel.** 55 12 34 56 78', 'phone', '55 12 34 56 78', '+525512345678'],
		['+33 6 12 34 56 78', 'phone', '+33 6 12 34 56 78', '+33612345678'],
		['Teléfono: 2023 1145', 'phone', '2023 1145', '+50520231145'],
		['Tel:5512345678', 'phone', '5512345678', '+525512345678'],
		['<a href="tel:+525512345678">Llamar</a>', 'phone', '+525512345678', '+525512345678'],
		['Oficina en 2024: 55 1234 5678', 'phone', '55 1234 5678', '+525512345678'],
	])('%s', (text, kind, value, decoded) => {
		const found = findPersonalData(text, options);
		expect(found.map((m) => [m.kind, m.value, m.decoded])).toEqual([[kind, value, decoded]]);
		expect(text.slice(found[0]!.index, found[0]!.index + value.length)).toBe(value);
	});

	it('reports each of several values in one text, in order', () => {
		const text = 'Ana: ana@example.org, 55 1234 5678; Luis: luis [at] example [dot] org, +56 9 8765 4321, RUT 12.345.678-5';
		expect(findPersonalData(text, options).map((m) => m.value)).toEqual([
			'ana@example.org',
			'55 1234 5678',
			'luis [at] example [dot] org',
			'+56 9 8765 4321',
			'12.345.678-5',
		]);
	});

	it('reads national phone formats only of the configured countries', () => {
		expect(findPersonalData('Tel. 11 4321-8765', { allow: [], countries: ['MX'] })).toEqual([]);
		expect(findPersonalData('Tel. +54 11 4321-8765', { allow: [], countries: ['MX'] }).map((m) => m.decoded)).toEqual(['+541143218765']);
	});
});

describe('findPersonalData: false positives stay clean', () => {
	it.each([
		// Years, dates, times.
		'En 2024 trabajamos con 120 familias.',
		'entre 1998 y 2025',
		'durante 2019-2024',
		'durante 2019–2024',
		'en 1810-1821 y 1910-1920',
		'1998 2005 2010 2015',
		'el 2024-03-15',
		'el 15/03/2024',
		'el 15.03.2024',
		'del 2024-03-15 – 2024-04-01',
		'date: 20240315',
		'a las 10:30',
		'de 10:30-12:00',
		// Book numbers and page ranges.
		'ISBN 978-3-16-148410-0',
		'ISBN 9786071234567',
		'Ver 978-3-16-148410-0',
		'pp. 2345-2389',
		'págs. 112-145',
		// Amounts, quantities, measures.
		'MXN 1,250,000',
		'$1.234.567,89',
		'€12.50',
		'un 45 % más',
		'subió 12,5%',
		'127 504 125 habitantes',
		'45 376 763 habitantes',
		'1.234.567 personas',
		'30 000 000',
		'2 500 000 de pesos',
		'Año 2020: 1.500 familias, 2021: 2.300 familias',
		'pi = 3.1415926535',
		'1.234.567',
		'2019',
		'2019-2021',
		'-34.6037, -58.3816',
		'4.7110, -74.0721',
		// File sizes.
		'total 5512345678 bytes',
		'5512345678 MB',
		// Version numbers: no phone number has two short groups and a long one, or a group of one digit, between dots.
		'version 10.2.3456',
		'versión 3.14.1592',
		'Python 3.12.1234',
		'2.0.1234567',
		'Chrome 124.0.6367.91',
		// Book numbers without "ISBN" before them.
		'978 84 376 0494 7',
		'84-376-0494-X',
		// Identifiers and registrations, and organisations' tax numbers.
		'ID 5512345678',
		'id: 5512345678',
		'registro 5512345678',
		'Número de inscripción 55123456',
		'SKU 5512345678',
		'NIT 900123456-7',
		'RUC 20123456789',
		// Coordinates, versions, identifiers, addresses of pages.
		'19.4326, -99.1332',
		'19.4326 -99.1332',
		'v1.2.3',
		'IP 192.168.100.200',
		'123e4567-e89b-12d3-a456-426614174000',
		'sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
		'project: aprendizaje-2023-10-15-taller',
		'learning-2024-0001234',
		'https://example.org/items/12345678901234',
		'https://example.org/?id=2024031512',
		'ORCID 0000-0002-1825-0097',
		'Expediente 2945678',
		'Código postal 06700',
		'Ley 1448 de 2011',
		// Phone-like, but no valid number.
		'000 000 0000',
		'+1 (000) 000-0000',
		'+34 123 45 67 89',
		'+52 55 1234 567',
		'Tel. 1234567890',
		// Not e-mail addresses.
		'@username',
		'npm i @astrojs/starlight',
		'@scope/pkg@1.2.3 y astro@5.0.0',
		// No dot in the domain: a login or a package tag, not an address anyone writes to.
		'user@host',
		'logo@2x.png',
		'git clone git@github.com:org/repo.git',
		'Nos vemos @ 5pm',
		'look at the dot com bubble',
		'find it at memoria.org',
		// ID-shaped, with a wrong check digit or no keyword.
		'HEGG560427MVZRRL05',
		'12.345.678-4',
		'11.111.111-1',
		'12345678A',
		'X1234567A',
		'111.111.111-11',
		'123.456.789-00',
		'1712345678',
		'CC: todo el equipo',
		'documento 2024',
		// Small numbers in a row: survey scores, vote counts, a long line of ones. Phone numbers
		// have a group of three digits or more, or none at all ("5512345678").
		'Scores from ten participants: 4 5 3 4 5 4 3 5 4 4.',
		'Votes per option: 12 30 45 18 22.',
		'date: 2024-03-15\nScores: 4 5 3 4 5 4 3 5 4 4',
		'1 '.repeat(1000),
		'12 '.repeat(500),
		'1/2/3/4/5/6/7/8/9/10',
		// A year and more digits, or a word that names a document: a code or a reference.
		'2023 1145',
		'Workshop codes 2023 1145 7788.',
		'Invoice 2024-000123',
		'Factura nº 2024-000123',
		'Folio 5512345678',
		'Order no. 5512345678',
		'1920/1080',
		// A value right after "word:" (styles, code, YAML without a space); the largest 32-bit integers.
		'z-index:2147483647',
		'style="z-index: 2147483647"',
		'id:5512345678',
		// Any ISO date, real or not; dates and "number/year" references with slashes.
		'9999-12-31',
		'valid until: 9999-12-31',
		'0001-01-01',
		'el 2024/03/15',
		'03/15/2024',
		'Ley 1448/2011',
		'Lei 13.709/2018',
		'Resolución 0312/2019',
		// Placeholders and identifiers.
		'555 555 5555',
		'snake_case_55_1234_5678',
		'1234*5678',
		// Markdown and HTML that hide nothing.
		'**2024**: 120 familias, _2025_: 140',
		'<p>55</p><p>1234 5678</p>',
		'jose<br/>example.org',
	])('%s', (text) => {
		expect(findPersonalData(text, options)).toEqual([]);
	});
});

describe('checkPersonalData', () => {
	it('exempts a consented value, not the line: another address on the same line is reported', () => {
		const file = entry('---\ntitle: Taller\nconsent:\n  - ana@example.org\n---\nEscribe a ana@example.org o a luis@example.org.\n', {
			title: 'Taller',
			consent: ['ana@example.org'],
		});
		expect(rows(file)).toEqual(['6: Possible personal data (e-mail address): "luis@example.org".']);
	});

	it('matches the allow list by meaning: an address written with entities, a phone with other separators', () => {
		const body = 'Contacto: puentes&#64;organizacion&#46;org, PUENTES@Organizacion.org o (55) 1234-5678.\n';
		const file = entry(`---\ntitle: Contacto\n---\n${body}`, { title: 'Contacto' });
		expect(rows(file)).toEqual([
			'4: Possible personal data (e-mail address): "puentes&#64;organizacion&#46;org" (that is, "puentes@organizacion.org").',
			'4: Possible personal data (e-mail address): "PUENTES@Organizacion.org".',
			'4: Possible personal data (phone number): "(55) 1234-5678".',
		]);
		expect(rows(file, { allow: ['puentes@organizacion.org', '+52 55 1234 5678'], countries })).toEqual([]);
	});

	it('matches consent by meaning too: an obfuscated address, a phone written internationally', () => {
		const file = entry('---\ntitle: T\nconsent: ["ana@example.org", "+52 55 1234 5678"]\n---\nana [at] example [dot] org · 55-1234-5678 · 55-8765-4321\n', {
			title: 'T',
			consent: ['ana@example.org', '+52 55 1234 5678'],
		});
		expect(rows(file)).toEqual(['5: Possible personal data (phone number): "55-8765-4321".']);
	});

	it('gives the line of each finding, in the frontmatter and in the body, code blocks included', () => {
		const raw = [
			'---',
			'title: Visita',
			'summary: Coordinó María (55 1234 5678).',
			'---',
			'Primer párrafo sin datos, de 2019-2024.',
			'',
			'```yaml',
			'contact: maria@example.org',
			'```',
			'CURP HEGG560427MVZRRL04',
			'',
		].join('\n');
		expect(rows(entry(raw, { title: 'Visita' }))).toEqual([
			'3: Possible personal data (phone number): "55 1234 5678".',
			'8: Possible personal data (e-mail address): "maria@example.org".',
			'10: Possible personal data (national ID number (CURP)): "HEGG560427MVZRRL04".',
		]);
	});

	it('does not report the values of the consent field itself, but reports anything else on its lines', () => {
		const raw = [
			'---',
			'title: Entrevista',
			'consent:',
			'  - ana@example.org',
			'  - "+52 55 1234 5678" # luis@example.org pidió no aparecer',
			'---',
			'Cuerpo.',
			'',
		].join('\n');
		const file = entry(raw, { title: 'Entrevista', consent: ['ana@example.org', '+52 55 1234 5678'] });
		expect(rows(file)).toEqual(['5: Possible personal data (e-mail address): "luis@example.org".']);
	});

	it('exempts the values inside a consent entry that names the person ("Ana Pérez, ana@example.org"), and only them', () => {
		const raw = '---\ntitle: T\nconsent:\n  - "Ana Pérez, ana@example.org"\n---\nAna: ana@example.org; Beto: beto@example.org\n';
		const file = entry(raw, { title: 'T', consent: ['Ana Pérez, ana@example.org'] });
		expect(rows(file)).toEqual(['6: Possible personal data (e-mail address): "beto@example.org".']);
	});

	it('reports a value written around tags, emphasis or invisible characters with its line, as written and as read', () => {
		const raw = ['---', 'title: T', '---', 'Ana: jose<span>@</span>example.org', '', 'Luis: **55** 1234\u20095678', 'Eva: ma\u00adria@example.org', ''].join(
			'\n'
		);
		expect(rows(entry(raw, { title: 'T' }))).toEqual([
			'4: Possible personal data (e-mail address): "jose<span>@</span>example.org" (that is, "jose@example.org").',
			'6: Possible personal data (phone number): "55** 1234\u20095678".',
			'7: Possible personal data (e-mail address): "ma\u00adria@example.org" (that is, "maria@example.org").',
		]);
	});

	it('matches consent by meaning for such values too', () => {
		const raw = '---\ntitle: T\nconsent: ["+52 55 1234 5678", "jose@example.org"]\n---\n**55** 1234 5678, jose<b>@</b>example.org\n';
		expect(rows(entry(raw, { title: 'T', consent: ['+52 55 1234 5678', 'jose@example.org'] }))).toEqual([]);
	});

	it('stays quiet on the hostile tester’s survey page: scores, votes, codes', () => {
		const raw = [
			'---',
			'title: Survey scores',
			'date: 2022-04-01',
			'---',
			'Scores from ten participants: 4 5 3 4 5 4 3 5 4 4.',
			'',
			'Votes per option: 12 30 45 18 22.',
			'',
			'Workshop codes 2023 1145 7788.',
			'',
			'Room numbers 301 302 303 304.',
			'',
		].join('\n');
		expect(rows(entry(raw, { title: 'Survey scores' }))).toEqual([]);
	});

	it('lists at most 20 findings a line, the last saying how many more the line holds', () => {
		const numbers = Array.from({ length: 25 }, (_, k) => `55 1234 56${10 + k}`);
		const raw = `---\ntitle: T\n---\n${numbers.join(', ')}\nLuis: 55 8765 4321\n`;
		const found = rows(entry(raw, { title: 'T' }));
		expect(found).toHaveLength(21);
		expect(found.slice(0, 19).every((r) => r.startsWith('4: ') && r.endsWith('".'))).toBe(true);
		expect(found[19]).toBe('4: Possible personal data (phone number): "55 1234 5629". The same line holds 5 more, not listed.');
		expect(found[20]).toBe('5: Possible personal data (phone number): "55 8765 4321".');
		expect(checkPersonalData(entry(raw, { title: 'T' }), options, 'es')[19]!.message).toBe(
			'Posible dato personal (número de teléfono): "55 1234 5629". La misma línea tiene 5 más, que no se listan.'
		);
	});

	// A pattern that backtracks on such a line would take minutes: the test's time-out is the guard, with
	// room for a busy machine (its speed is the benchmark's to measure, not a unit test's).
	it('finds nothing in a long line of small numbers, and ends', { timeout: 30_000 }, () => {
		const raw = `---\ntitle: T\ndate: 2024-01-01\n---\n${'1 '.repeat(100_000)}\n`;
		expect(rows(entry(raw, { title: 'T' }))).toEqual([]);
	});

	it('names the kind in the writer’s language', () => {
		const file = entry('---\ntitle: T\n---\nRUT 12.345.678-5 y jose&#64;example.org\n', { title: 'T' });
		expect(rows(file, options, 'es')).toEqual([
			'4: Posible dato personal (número de identificación oficial (RUT/RUN chileno)): "12.345.678-5".',
			'4: Posible dato personal (correo electrónico): "jose&#64;example.org" (es decir, "jose@example.org").',
		]);
	});
});
