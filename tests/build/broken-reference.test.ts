import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './support/fixture';

const previousOutput = 'A page from the last good build.';
let english: FixtureBuild;
let spanish: FixtureBuild;

beforeAll(async () => {
	// A previous good build left this behind; the failed build must not touch it.
	const dist = join(import.meta.dirname, '../fixtures/broken-reference/dist');
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, 'index.html'), previousOutput);
	// The mark a Memoria build leaves in its output: only such a folder is ever replaced.
	writeFileSync(join(dist, '.memoria-output'), '');

	english = await buildFixture('broken-reference');
	spanish = await buildFixture('broken-reference', { LANG: 'es_MX.UTF-8' });
});

describe('a learning that names a project which does not exist', () => {
	it('fails the build', () => {
		expect(english.status).not.toBe(0);
	});

	it('names the file, the field, the missing id and the closest existing one', () => {
		expect(english.output).toContain('content/learnings/typo.md:4 → project');
		expect(english.output).toContain('Field "project" names project "open-budget", which does not exist.');
		expect(english.output).toContain('Did you mean "open-budgets"?');
	});

	it('speaks Spanish to a writer whose shell is in Spanish', () => {
		expect(spanish.output).toContain('El campo "project" menciona el proyecto "open-budget", que no existe.');
		expect(spanish.output).toContain('¿Quisiste poner "open-budgets"?');
	});

	it('leaves the previous output exactly as it was', () => {
		expect(readFileSync(join(english.dist, 'index.html'), 'utf8')).toBe(previousOutput);
		expect(english.files().sort()).toEqual(['.memoria-output', 'index.html']);
	});
});
