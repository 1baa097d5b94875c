import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchBundles } from '../../src/search/search-bundles';

const work = mkdtempSync(join(tmpdir(), 'memoria-search-bundles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (language: string, title: string, words: string) =>
	`<!DOCTYPE html><html lang="${language}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="type">${language === 'en' ? 'learning' : 'aprendizaje'}</p><p>${words}</p></main></body></html>`;

/** A small built site: current pages in English and Spanish, and a page without search text. */
function site(root: string) {
	const pages: Record<string, string> = {
		'learnings/river/index.html': page('en', 'River survey', 'Families along the river asked for the report before anyone published it.'),
		'learnings/budget/index.html': page('en', 'Budget lines', 'A small budget line for connectivity kept the community radio running.'),
		'es/aprendizajes/river/index.html': page('es', 'Encuesta del río', 'Las familias ribereñas pidieron el informe antes de cualquier publicación.'),
		'es/aprendizajes/budget/index.html': page('es', 'Líneas de presupuesto', 'Una pequeña partida para la conectividad mantuvo la radio comunitaria.'),
		'learnings/index.html': '<!DOCTYPE html><html lang="en"><head><title>Learnings</title></head><body><main>A list</main></body></html>',
	};
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), html);
	}
}

const filesOf = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
		.sort();

describe('the current search bundle, indexed one language at a time', () => {
	it('is the bundle one Pagefind run over every page writes, file for file', async () => {
		const apart = join(work, 'apart');
		site(apart);
		await writeSearchBundles(apart, { languagesApart: true });

		// The same pages, indexed together in one run, as before.
		const together = join(work, 'together');
		site(together);
		rmSync(join(together, 'learnings/index.html'));
		const { index } = await pagefind.createIndex({});
		await index!.addDirectory({ path: together });
		await index!.writeFiles({ outputPath: join(together, 'pagefind') });
		await pagefind.close();

		const expected = filesOf(join(together, 'pagefind'));
		expect(filesOf(join(apart, 'pagefind'))).toEqual(expected);
		for (const file of expected) {
			const [a, b] = [readFileSync(join(apart, 'pagefind', file)), readFileSync(join(together, 'pagefind', file))];
			if (file === 'pagefind-entry.json') expect(JSON.parse(a.toString())).toEqual(JSON.parse(b.toString()));
			else expect(a.equals(b), `${file} is the same bytes`).toBe(true);
		}
		expect(Object.keys(JSON.parse(readFileSync(join(apart, 'pagefind/pagefind-entry.json'), 'utf8')).languages).sort()).toEqual(['en', 'es']);
	}, 60_000);
});
