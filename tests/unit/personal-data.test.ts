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
	frontmatter?.[1]!.split('\n').forEach((line, i) => {
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
const rows = (file: ContentFile, opts: PersonalDataOptions = options, language: 'en' | 'es' = 'en') => checkPersonalData(file, opts, language).map((f) => `${f.line}: ${f.message}`);

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
	])('%s', (text, kind, value, decoded) => {
		const found = findPersonalData(text, options);
		expect(found.map((m) => [m.kind, m.value, m.decoded])).toEqual([[kind, value, decoded]]);
		expect(text.slice(found[0]!.index, found[0]!.index + value.length)).toBe(value);
	});

	it('reports each of several values in one text, in order', () => {
		const text = 'Ana: ana@example.org, 55 1234 5678; Luis: luis [at] example [dot] org, +56 9 8765 4321, RUT 12.345.678-5';
		expect(findPersonalData(text, options).map((m) => m.value)).toEqual(['ana@example.org', '55 1234 5678', 'luis [at] example [dot] org', '+56 9 8765 4321', '12.345.678-5']);
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
		const body = 'Contacto: info&#64;organizacion&#46;org, INFO@Organizacion.org o (55) 1234-5678.\n';
		const file = entry(`---\ntitle: Contacto\n---\n${body}`, { title: 'Contacto' });
		expect(rows(file)).toEqual([
			'4: Possible personal data (e-mail address): "info&#64;organizacion&#46;org" (that is, "info@organizacion.org").',
			'4: Possible personal data (e-mail address): "INFO@Organizacion.org".',
			'4: Possible personal data (phone number): "(55) 1234-5678".',
		]);
		expect(rows(file, { allow: ['info@organizacion.org', '+52 55 1234 5678'], countries })).toEqual([]);
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
		const raw = ['---', 'title: Entrevista', 'consent:', '  - ana@example.org', '  - "+52 55 1234 5678" # luis@example.org pidió no aparecer', '---', 'Cuerpo.', ''].join('\n');
		const file = entry(raw, { title: 'Entrevista', consent: ['ana@example.org', '+52 55 1234 5678'] });
		expect(rows(file)).toEqual(['5: Possible personal data (e-mail address): "luis@example.org".']);
	});

	it('exempts the values inside a consent entry that names the person ("Ana Pérez, ana@example.org"), and only them', () => {
		const raw = '---\ntitle: T\nconsent:\n  - "Ana Pérez, ana@example.org"\n---\nAna: ana@example.org; Beto: beto@example.org\n';
		const file = entry(raw, { title: 'T', consent: ['Ana Pérez, ana@example.org'] });
		expect(rows(file)).toEqual(['6: Possible personal data (e-mail address): "beto@example.org".']);
	});

	it('names the kind in the writer’s language', () => {
		const file = entry('---\ntitle: T\n---\nRUT 12.345.678-5 y jose&#64;example.org\n', { title: 'T' });
		expect(rows(file, options, 'es')).toEqual([
			'4: Posible dato personal (número de identificación oficial (RUT/RUN chileno)): "12.345.678-5".',
			'4: Posible dato personal (correo electrónico): "jose&#64;example.org" (es decir, "jose@example.org").',
		]);
	});
});
