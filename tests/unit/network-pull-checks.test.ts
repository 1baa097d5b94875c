/**
 * What a hub checks in a member's manifest and exports before it keeps a byte of them
 * (src/network/pull/verify-manifest.ts, verify-export.ts): consent first, then the format's
 * version, its schema, and what the schema alone cannot say.
 */
import { describe, expect, it } from 'vitest';
import { memberLimits } from '../../src/network/format';
import { PullProblem } from '../../src/network/pull/pull-problem';
import { verifyExport } from '../../src/network/pull/verify-export';
import { verifyManifest, withdrawal } from '../../src/network/pull/verify-manifest';
import { bytesOf, exportOf, member } from './support/network-member';

/** The failure a check throws, or undefined when it passes. */
function failure(check: () => unknown) {
	try {
		check();
	} catch (error) {
		if (error instanceof PullProblem) return error.failure;
		throw error;
	}
	return undefined;
}
const manifest = () => member().manifest;

describe('consent, read before anything else', () => {
	it.each([
		[{ allowed: false, leaving: false }, 'copies-not-allowed'],
		[{ allowed: true, leaving: true }, 'leaving'],
		[{ allowed: false, leaving: true }, 'leaving'],
		[{ allowed: true, leaving: false }, undefined],
	])('reads copies %j as %s', (copies, expected) => {
		expect(withdrawal({ ...manifest(), copies })).toBe(expected);
	});

	it('reads it in a manifest it could not otherwise accept, but only in a Memoria manifest', () => {
		expect(withdrawal({ format: 'memoria-manifest', version: 7, copies: { leaving: true } })).toBe('leaving');
		expect(withdrawal({ format: 'something-else', copies: { allowed: false } })).toBeUndefined();
		expect(withdrawal({ format: 'memoria-manifest', copies: 'no' })).toBeUndefined();
		expect(withdrawal(['memoria-manifest'])).toBeUndefined();
	});
});

describe('a manifest', () => {
	const check = (change: (m: any) => void, limits: { files: number; totalBytes: number } = memberLimits) => {
		const m = manifest();
		change(m);
		return failure(() => verifyManifest(m, 'memoria.json', limits));
	};

	it('passes as the member side writes it', () => {
		expect(check(() => {})).toBeUndefined();
	});

	it.each([
		['no format', (m: any) => delete m.format, { id: 'network-member-refused', problem: 'format', found: 'missing' }],
		['a version as text', (m: any) => (m.version = '1'), { id: 'network-member-version', found: '1', supported: 1 }],
		['an older version', (m: any) => (m.version = 0), { id: 'network-member-version', found: '0' }],
		['an export in a language the site does not have', (m: any) => (m.exports[1].language = 'pt'), { problem: 'unlisted-language', language: 'pt' }],
		['two exports in one language', (m: any) => (m.exports[1].language = 'en'), { problem: 'duplicate-export', language: 'en' }],
		['two bundles of one kind', (m: any) => (m.search[1].kind = 'current'), { problem: 'duplicate-bundle', kind: 'current' }],
		['a bundle file listed twice', (m: any) => m.search[0].files.push(m.search[0].files[0]), { problem: 'duplicate-file', path: 'pagefind-entry.json' }],
		[
			'bundle files that differ only in capitals',
			(m: any) => m.search[0].files.push({ ...m.search[0].files[0], path: 'Pagefind-Entry.json' }),
			{ problem: 'duplicate-file', path: 'Pagefind-Entry.json' },
		],
		['a sha256 in capitals', (m: any) => (m.exports[0].sha256 = m.exports[0].sha256.toUpperCase()), { problem: 'schema' }],
		['a negative size', (m: any) => (m.exports[0].bytes = -1), { problem: 'schema' }],
		['a licence address that is not the web', (m: any) => (m.licence.url = 'javascript:alert(1)'), { problem: 'schema' }],
	])('refuses %s', (_, change, expected) => {
		expect(check(change)).toMatchObject(expected);
	});

	it('names the fields the schema refused, in English and Spanish', () => {
		const found = check((m) => delete m.organisation.name);

		expect(found).toMatchObject({
			problem: 'schema',
			detail: { en: expect.stringContaining('organisation.name: '), es: expect.stringContaining('organisation.name: ') },
		});
	});

	it('refuses more files, or more bytes, than a hub keeps for one member', () => {
		expect(check(() => {}, { ...memberLimits, files: 3 })).toMatchObject({ problem: 'file-count', count: 5, limit: 3 });
		expect(check(() => {}, { ...memberLimits, totalBytes: 100 })).toMatchObject({ problem: 'total', limit: 100 });
	});
});

describe('an export', () => {
	const check = (value: unknown, language = 'en') => failure(() => verifyExport(bytesOf(value), 'data/memory.en.json', language));

	it('counts its entries', () => {
		expect(verifyExport(bytesOf(exportOf('en', ['a', 'b', 'c'])), 'data/memory.en.json', 'en')).toBe(3);
	});

	it.each([
		['a body longer than a hub keeps', (e: any) => (e.learnings[0].body = 'x'.repeat(memberLimits.bodyCharacters + 1)), { problem: 'schema' }],
		['a type that is no section', (e: any) => (e.learnings[0].type = 'scripts'), { problem: 'schema' }],
		['a path with a control character', (e: any) => (e.learnings[0].path = 'learnings/a\u0000b/'), { problem: 'path', path: 'learnings/a\u0000b/' }],
		['an id that goes up', (e: any) => (e.learnings[0].id = 'a/../../b'), { problem: 'path', path: 'a/../../b' }],
	])('refuses %s', (_, change, expected) => {
		const value = exportOf('en', ['Listen first', 'Ask twice']);
		change(value);
		expect(check(value)).toMatchObject(expected);
	});

	it('refuses bytes that are not UTF-8 as not valid JSON', () => {
		expect(failure(() => verifyExport(new Uint8Array([0x7b, 0xff, 0x7d]), 'data/memory.en.json', 'en'))).toMatchObject({ problem: 'json' });
	});
});
