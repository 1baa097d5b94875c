import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/checks/content-files';
import { checkPersonalData, type PersonalDataOptions } from '../../src/checks/personal-data';
import { allowedDomain, checkAllowList, isMailService, readAllowList } from '../../src/checks/personal-data-allow';
import { isRoleAddress } from '../../src/checks/role-addresses';

/**
 * The personal-data check and organisations: an organisation's role addresses (info@, prensa@)
 * and its own domain ("@example.org" in personalData.allow) pass; a person's address, at the
 * organisation's domain or elsewhere, is still reported.
 */

const countries = ['MX', 'AR', 'CO', 'ES', 'US'];
const entry = (body: string): ContentFile => ({
	path: 'content/docs/guides/contact.md',
	collection: 'docs',
	language: 'es',
	key: 'guides/contact',
	data: { title: 'Contacto' },
	fieldLines: new Map(),
	raw: `---\ntitle: Contacto\n---\n${body}\n`,
	body: `${body}\n`,
	bodyLine: 4,
	problems: [],
});
/** The values reported in a public entry holding `body`, with the site's allow list. */
const reported = (body: string, allow: string[] = [], more: Partial<PersonalDataOptions> = {}) =>
	checkPersonalData(entry(body), { allow, countries, ...more }, 'en').map((f) => f.message.match(/"([^"]+)"/)?.[1]);

describe('e-mail addresses: a person’s are reported, an organisation’s roles and allowed domains are not', () => {
	it.each([
		// A person's address, in any case, with a "+tag", or at the organisation's own domain.
		['a first and last name', 'Escribe a maria.perez@example.org.', [], ['maria.perez@example.org']],
		['a first name', 'jose@example.org', [], ['jose@example.org']],
		['a name in capitals', 'MARIA.PEREZ@EXAMPLE.ORG', [], ['MARIA.PEREZ@EXAMPLE.ORG']],
		['a name with a +tag', 'ana+boletin@example.org', [], ['ana+boletin@example.org']],
		['a name beside a role word', 'info.maria@example.org', [], ['info.maria@example.org']],
		['a role word beside a name', 'maria.prensa@example.org', [], ['maria.prensa@example.org']],
		['a name run into a role word', 'infomaria@example.org', [], ['infomaria@example.org']],
		['a team and a name', 'equipo-jose@example.org', [], ['equipo-jose@example.org']],
		['a name written "[at]"', 'maria [at] example [dot] org', [], ['maria [at] example [dot] org']],
		['a programme’s address, not a role word', 'bridges@example.org', [], ['bridges@example.org']],
		// Role and service addresses, in English and Spanish.
		['info@', 'info@example.org', [], []],
		['contact@ and contacto@', 'contact@example.org, contacto@example.org', [], []],
		['press@ and prensa@', 'press@example.org y prensa@example.org', [], []],
		['hello@ and hola@', 'hello@example.org, hola@example.org', [], []],
		['support@ and soporte@', 'support@example.org, soporte@example.org', [], []],
		['security@ and seguridad@', 'security@example.org, seguridad@example.org', [], []],
		['admin@, office@ and oficina@', 'admin@example.org, office@example.org, oficina@example.org', [], []],
		['general@, team@ and equipo@', 'general@example.org, team@example.org, equipo@example.org', [], []],
		['noreply@ in its spellings', 'noreply@example.org, no-reply@example.org, do_not_reply@example.org', [], []],
		['webmaster@', 'webmaster@example.org', [], []],
		['privacy@ and privacidad@', 'privacy@example.org, privacidad@example.org', [], []],
		['comunicaciones@, with or without an accent', 'comunicaciones@example.org, comunicación@example.org', [], []],
		['a role in capitals', 'INFO@Example.ORG', [], []],
		['a role with a +tag', 'info+eventos@example.org', [], []],
		['a role and a country code', 'prensa.mx@example.org, soporte-es@example.org', [], []],
		['a role written "[at]"', 'info [at] example [dot] org', [], []],
		['a role written with an entity', 'soporte&#64;example.org', [], []],
		// Whole domains in personalData.allow: exactly that domain.
		['an address at an allowed domain', 'bridges@example.org, maria.perez@example.org', ['@example.org'], []],
		['an allowed domain written without "@"', 'bridges@example.org', ['example.org'], []],
		['an allowed domain in capitals', 'Bridges@Example.org', ['@EXAMPLE.ORG'], []],
		['a subdomain of an allowed domain', 'maria@lists.example.org', ['@example.org'], ['maria@lists.example.org']],
		['a longer domain ending like an allowed one', 'maria@otherexample.org', ['@example.org'], ['maria@otherexample.org']],
		['an allowed domain followed by a country', 'maria@example.org.mx', ['@example.org'], ['maria@example.org.mx']],
		['a phone number, which no domain allows', 'maria@example.org, 55 1234 5678', ['@example.org'], ['55 1234 5678']],
		['an address at a mail service the allow list tries to allow', 'maria.perez@gmail.com', ['@gmail.com'], ['maria.perez@gmail.com']],
		// Exact addresses in personalData.allow, as before; a "+tag" reaches the same mailbox.
		['an allowed address', 'bridges@example.org', ['bridges@example.org'], []],
		['an allowed address with a +tag', 'bridges+2024@example.org', ['bridges@example.org'], []],
		['another address at the same domain', 'maria@example.org', ['bridges@example.org'], ['maria@example.org']],
	])('%s', (_, body, allow, expected) => {
		expect(reported(body, allow)).toEqual(expected);
	});

	it('reports role addresses too when the site says roleAddresses: false', () => {
		expect(reported('info@example.org, prensa@example.org', [], { roleAddresses: false })).toEqual(['info@example.org', 'prensa@example.org']);
	});

	it('still honours a public entry’s consent for one address, and only that one', () => {
		const file = entry('ana@example.org, beto@example.org');
		const found = checkPersonalData({ ...file, data: { title: 'Contacto', consent: ['ana@example.org'] } }, { allow: [], countries }, 'en');

		expect(found.map((f) => f.message)).toEqual(['Possible personal data (e-mail address): "beto@example.org".']);
	});

	it('offers to allow the organisation’s domain in the hint, in English and Spanish, but never a mail service’s', () => {
		const [en] = checkPersonalData(entry('bridges@example.org'), { allow: [], countries }, 'en');
		const [es] = checkPersonalData(entry('bridges@example.org'), { allow: [], countries }, 'es');
		const [gmail] = checkPersonalData(entry('colectivo@gmail.com'), { allow: [], countries }, 'en');

		expect(en!.hint).toContain('If every address at example.org is the organisation\'s to publish, add "@example.org" to personalData.allow instead.');
		expect(es!.hint).toContain(
			'Si todas las direcciones de example.org son de la organización y se pueden publicar, agrega "@example.org" a personalData.allow.'
		);
		expect(gmail!.hint).not.toContain('"@gmail.com"');
	});
});

describe('role addresses', () => {
	it.each([
		['info@example.org', true],
		['Info@Example.org', true],
		['contacto+web@example.org', true],
		['no.reply@example.org', true],
		['soporte_ayuda@example.org', true],
		['prensa.mx@example.org', true],
		['maria@example.org', false],
		['info.ana@example.org', false],
		['ana.es@example.org', false],
		['mx@example.org', false],
		['@example.org', false],
	])('%s → %s', (address, expected) => {
		expect(isRoleAddress(address)).toBe(expected);
	});
});

describe('personalData.allow: values and whole domains', () => {
	it.each([
		['@example.org', 'example.org'],
		['example.org', 'example.org'],
		[' @Example.ORG ', 'example.org'],
		['@ejemplo.com.mx.', 'ejemplo.com.mx'],
		['@organización.org', 'organización.org'],
		['@org', undefined],
		['1.234.567', undefined],
		['+52 55 1234 5678', undefined],
		['@', undefined],
	])('%j is the domain %j', (entry, domain) => {
		expect(allowedDomain(entry)).toBe(domain);
	});

	it('keeps addresses and numbers as values and domains apart, and leaves out mail services', () => {
		const list = readAllowList(['bridges@example.org', '@example.net', 'example.com', '+52 55 1234 5678', '@gmail.com', 'hotmail.es']);

		expect(list.values).toEqual(['bridges@example.org', '+52 55 1234 5678']);
		expect([...list.domains]).toEqual(['example.net', 'example.com']);
	});

	it.each([
		['gmail.com', true],
		['hotmail.es', true],
		['yahoo.com.mx', true],
		['hotmail.co.uk', true],
		['outlook.com.br', true],
		['proton.me', true],
		['riseup.net', true],
		['disroot.org', true],
		['terra.com.br', true],
		['terra.org.br', false],
		['terra.or.cr', false],
		['example.org', false],
		['mail.example.org', false],
	])('%s is a mail service: %s', (domain, expected) => {
		expect(isMailService(domain)).toBe(expected);
	});

	const root = mkdtempSync(join(tmpdir(), 'memoria-allow-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reports a mail service in the allow list at its line of memoria.config.ts, in the writer’s language', () => {
		writeFileSync(
			join(root, 'memoria.config.ts'),
			"export default {\n\torganisation: 'Colectivo',\n\tpersonalData: {\n\t\tallow: ['@colectivo.org', '@gmail.com'],\n\t},\n};\n"
		);
		const [en, ...others] = checkAllowList(root, ['@colectivo.org', '@gmail.com'], 'en');
		const [es] = checkAllowList(root, ['@colectivo.org', '@gmail.com'], 'es');

		expect(others).toEqual([]);
		expect(en).toMatchObject({ severity: 'error', id: 'allowed-mail-service', file: 'memoria.config.ts', line: 4, field: 'personalData.allow' });
		expect(en!.message).toBe(
			'personalData.allow lists "@gmail.com", the domain of a mail service anyone can have an address at: it would let every personal address at gmail.com into the public site, so it is not applied.'
		);
		expect(es!.message).toBe(
			'personalData.allow incluye "@gmail.com", el dominio de un servicio de correo donde cualquiera puede tener una dirección: dejaría pasar al sitio público todas las direcciones personales de gmail.com, así que no se aplica.'
		);
		expect(checkAllowList(root, ['@colectivo.org', 'bridges@gmail.com'], 'en')).toEqual([]);
	});
});
