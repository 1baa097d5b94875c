import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/checks/content-files';
import { checkPersonalDataElsewhere } from '../../src/checks/personal-data-elsewhere';

const root = mkdtempSync(join(tmpdir(), 'memoria-pd-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
const entry = (key: string): ContentFile => ({
	path: `content/learnings/${key}.md`,
	collection: 'learnings',
	language: 'en',
	key,
	data: {},
	fieldLines: new Map(),
	raw: '',
	body: '',
	bodyLine: 1,
	problems: [],
});
const options = { allow: ['puentes@collective.example.org'], countries: ['MX', 'ES'] };
const rows = (files: ContentFile[]) => checkPersonalDataElsewhere(root, files, options, 'en').map((f) => `${f.file} ${f.message.match(/"([^"]+)"/)?.[1]}`);

describe('personal data outside the text of entries', () => {
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n  description: Ask ana.perez@example.org\n');
	write('content/i18n/es.json', '{ "memoria.footer": "Llama al 55 1234 5678" }');
	write(
		'memoria.config.ts',
		"export default { organisation: 'Collective', description: { en: 'Write to puentes@collective.example.org or to jose@example.org' } };\n"
	);

	it('is found in the theme vocabulary, interface text and the site configuration, except what the site allows', () => {
		expect(rows([])).toEqual(['content/themes.yaml ana.perez@example.org', 'memoria.config.ts jose@example.org', 'content/i18n/es.json 55 1234 5678']);
	});

	it.each([
		['a phone number', 'llamar-a-ana-55-1234-5678', '55 1234 5678'],
		['a CURP written in lower case', 'gode561231hdfrrn00', 'gode561231hdfrrn00'],
	])("is found in a published entry's file name: %s", (_, key, value) => {
		const found = rows([entry(key)]).filter((row) => row.startsWith('content/learnings/'));

		expect(found).toEqual([`content/learnings/${key}.md ${value}`]);
	});

	it('finds nothing in an ordinary file name with a year', () => {
		expect(rows([entry('budget-review-2024')]).filter((row) => row.startsWith('content/learnings/'))).toEqual([]);
	});
});
