import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audienceLoader } from '../../src/model/audience-loader';
import { isPublic } from '../../src/model/visibility';

describe('isPublic: public only when provably public', () => {
	it.each([
		['says "public"', 'public', { visibility: 'public' }, 'public'],
		['says nothing while the default is public', 'public', { title: 'A' }, 'public'],
		['says "public" while the default is internal', 'public', { visibility: 'public' }, 'internal'],
		['says nothing while the default is internal', 'not public', { title: 'A' }, 'internal'],
		['says "internal"', 'not public', { visibility: 'internal' }, 'public'],
		['says "Internal"', 'not public', { visibility: 'Internal' }, 'public'],
		['says "Public" in another letter case', 'not public', { visibility: 'Public' }, 'public'],
		['says an empty string', 'not public', { visibility: '' }, 'public'],
		['says null', 'not public', { visibility: null }, 'public'],
		['says a number', 'not public', { visibility: 1 }, 'public'],
		['says true', 'not public', { visibility: true }, 'public'],
		['says a list', 'not public', { visibility: ['public'] }, 'public'],
		['is an array', 'not public', [{ visibility: 'public' }], 'public'],
		['is a string', 'not public', 'public', 'public'],
		['is null', 'not public', null, 'public'],
		['is undefined', 'not public', undefined, 'public'],
		['says nothing while the default is unknown', 'not public', { title: 'A' }, 'Public'],
		['says nothing while no default was given', 'not public', { title: 'A' }, undefined],
	])('an entry that %s is %s', (_, expected, data, defaultVisibility) => {
		expect(isPublic(data, defaultVisibility)).toBe(expected === 'public');
	});
});

/** A collection's store with the part of Astro's DataStore API the loaders use, over a Map. */
function fakeStore(initial: Record<string, Record<string, unknown>> = {}): DataStore & { map: Map<string, { id: string; data: Record<string, unknown> }> } {
	const map = new Map(Object.entries(initial).map(([id, data]) => [id, { id, data }]));
	return {
		map,
		get: ((id: string) => map.get(id)) as DataStore['get'],
		entries: () => [...map.entries()],
		set: (entry) => {
			map.set(entry.id, { id: entry.id, data: entry.data });
			return true;
		},
		values: () => [...map.values()],
		keys: () => [...map.keys()],
		delete: (id) => void map.delete(id),
		clear: () => map.clear(),
		has: (id) => map.has(id),
		addModuleImport: () => {},
	};
}

/** A loader that reads these entries into the store, as the glob loader would. */
const fakeLoader = (entries: Record<string, Record<string, unknown>>): Loader => ({
	name: 'fake-glob',
	load: async ({ store }) => {
		for (const [id, data] of Object.entries(entries)) store.set({ id, data, body: `The body of ${id}.` });
	},
});

const entries = {
	'says-public': { title: 'Public', visibility: 'public' },
	'says-internal': { title: 'Internal', visibility: 'internal' },
	'says-nothing': { title: 'Nothing' },
	'capital-internal': { title: 'Capital', visibility: 'Internal' },
};

async function load(mode?: 'placeholder' | 'drop', store = fakeStore()) {
	await audienceLoader(fakeLoader(entries), mode).load({ store, collection: 'learnings' } as unknown as LoaderContext);
	return Object.fromEntries([...store.map].map(([id, entry]) => [id, entry.data]));
}

describe('audienceLoader keeps what is not public out of a public build', () => {
	const saved = { audience: process.env.MEMORIA_AUDIENCE, visibility: process.env.MEMORIA_DEFAULT_VISIBILITY };
	const setEnv = (audience: string | undefined, visibility: string | undefined) => {
		for (const [key, value] of [
			['MEMORIA_AUDIENCE', audience],
			['MEMORIA_DEFAULT_VISIBILITY', visibility],
		] as const) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	};
	beforeEach(() => setEnv('public', 'public'));
	afterEach(() => setEnv(saved.audience, saved.visibility));

	it('replaces each non-public entry by a bare placeholder and keeps the public ones, in a public build', async () => {
		const data = await load();

		expect(data).toEqual({
			'says-public': entries['says-public'],
			'says-nothing': entries['says-nothing'],
			'says-internal': { memoriaInternal: true },
			'capital-internal': { memoriaInternal: true },
		});
	});

	it('keeps a translation out when its original is internal, even if the translation says nothing', async () => {
		process.env.MEMORIA_TRANSLATION_LANGUAGES = 'es';
		const store = fakeStore();
		const translations = { ...entries, 'es/says-internal': { title: 'Traducción que no dice nada' }, 'es/says-public': { title: 'Traducción pública' } };

		await audienceLoader(fakeLoader(translations), 'placeholder').load({ store, collection: 'learnings' } as unknown as LoaderContext);
		delete process.env.MEMORIA_TRANSLATION_LANGUAGES;

		expect(store.map.get('es/says-internal')?.data).toEqual({ memoriaInternal: true });
		expect(store.map.get('es/says-public')?.data).toEqual(translations['es/says-public']);
	});

	it('keeps an internal Spanish original out, and its English translation that says nothing, when English is the default', async () => {
		Object.assign(process.env, { MEMORIA_TRANSLATION_LANGUAGES: 'es', MEMORIA_DEFAULT_LANGUAGE: 'en' });
		const store = fakeStore();
		const files = {
			'es/secreto': { title: 'Secreto', visibility: 'internal' },
			secreto: { title: 'Secret', translatedFrom: 'es' },
			'es/abierto': { title: 'Abierto' },
		};

		await audienceLoader(fakeLoader(files), 'placeholder').load({ store, collection: 'learnings' } as unknown as LoaderContext);
		delete process.env.MEMORIA_TRANSLATION_LANGUAGES;
		delete process.env.MEMORIA_DEFAULT_LANGUAGE;

		expect(store.map.get('es/secreto')?.data).toEqual({ memoriaInternal: true });
		expect(store.map.get('secreto')?.data).toEqual({ memoriaInternal: true });
		expect(store.map.get('es/abierto')?.data).toEqual(files['es/abierto']);
	});

	it('keeps no text of a replaced entry: only its id and the placeholder', async () => {
		const store = fakeStore();

		await load('placeholder', store);

		expect(store.map.get('says-internal')).toEqual({ id: 'says-internal', data: { memoriaInternal: true } });
	});

	it("replaces entries that say nothing when the site's default is internal", async () => {
		setEnv('public', 'internal');

		const data = await load();

		expect(data).toEqual({
			'says-public': entries['says-public'],
			'says-nothing': { memoriaInternal: true },
			'says-internal': { memoriaInternal: true },
			'capital-internal': { memoriaInternal: true },
		});
	});

	it('drops non-public entries altogether in drop mode', async () => {
		const data = await load('drop');

		expect(data).toEqual({ 'says-public': entries['says-public'], 'says-nothing': entries['says-nothing'] });
	});

	it('filters an internal entry that was already in the store from an earlier build', async () => {
		const store = fakeStore({ 'cached-internal': { title: 'Cached', visibility: 'internal' } });

		const data = await load('drop', store);

		expect(Object.keys(data)).not.toContain('cached-internal');
	});

	it.each([
		['internal', 'public'],
		['internal', 'internal'],
		['internal', undefined],
	])('keeps every entry as it is in an %s build (default %s)', async (audience, visibility) => {
		setEnv(audience, visibility);

		const data = await load();

		expect(data).toEqual(entries);
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['unknown', 'Public'],
	])('stops a public build when MEMORIA_DEFAULT_VISIBILITY is %s', async (_, visibility) => {
		setEnv('public', visibility);

		await expect(load()).rejects.toThrow(/cannot tell which entries are internal/);
	});

	it('treats a build with no audience set as a public build', async () => {
		setEnv(undefined, 'public');

		const data = await load();

		expect(data['says-internal']).toEqual({ memoriaInternal: true });
	});
});
