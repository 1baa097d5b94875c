import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks';
import { parseSiteConfig } from '../../src/config/parse-site-config';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** The checks' findings on a site whose guides are in folders, with one guide linking to `target`. */
function linkFindings(target: string) {
	root = mkdtempSync(join(tmpdir(), 'memoria-guide-links-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root!, path)), { recursive: true });
		writeFileSync(join(root!, path), text);
	};
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
	write('content/docs/handbook/Data Protection/retention.md', '---\ntitle: Retention\n---\nHow long.\n');
	write('content/docs/handbook/welcome.md', `---\ntitle: Welcome\n---\nSee [the section](${target}).\n`);
	const config = parseSiteConfig({ organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' });
	return runChecks({ root, config, audience: 'public', language: 'en', today: new Date('2025-01-01') }).map((f) => f.id);
}

describe('links to the index page of a folder of guides', () => {
	it.each(['/handbook/', '/handbook/data-protection/', '/es/handbook/data-protection/', '../data-protection/'])('lead somewhere: %s', (target) => {
		expect(linkFindings(target)).toEqual([]);
	});

	it('are still checked: a misspelt folder is a broken link', () => {
		expect(linkFindings('/handbook/data-protectoin/')).toEqual(['broken-link']);
	});
});
