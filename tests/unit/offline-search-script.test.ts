/**
 * The offline copy's search script (src/offline/offline-search-script.ts), built from the site's
 * TypeScript search: it must run as a plain script, because browsers refuse module scripts for
 * pages opened from disk, and carry MiniSearch's licence with MiniSearch's code.
 */
import { Script, runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { offlineSearchScript } from '../../src/offline/offline-search-script';

describe('the offline search script', () => {
	let script = '';
	beforeAll(async () => {
		script = await offlineSearchScript();
	});

	it('is a plain script: no import, no export, nothing left to load', () => {
		// Compiling as a classic script fails on an import or export statement.
		expect(() => new Script(script)).not.toThrow();
		expect(script).not.toMatch(/\bimport\s*\(|\bimport\.meta\b|\brequire\(/);
	});

	it('carries MiniSearch with its licence', () => {
		expect(script).toMatch(/^\/\*! Memoria's offline search/);
		expect(script).toContain('MiniSearch');
		expect(script).toContain('Permission is hereby granted');
	});

	it('does nothing on a page that is not the offline search page', () => {
		const asked: string[] = [];
		const document = { querySelector: (selector: string) => (asked.push(selector), null) };
		runInNewContext(script, { document, window: { document }, self: {} });
		expect(asked).toEqual(['memoria-search[data-offline-indexes]']);
	});

	it('stays small: the offline search page loads it whole', () => {
		expect(Buffer.byteLength(script)).toBeLessThan(40_000);
	});
});
