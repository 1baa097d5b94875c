/**
 * The loader of a content folder (src/model/folder-loader.ts): an empty or missing folder is an
 * empty collection, without a warning; on the dev server, a file the writer is in the middle of
 * editing stands as a placeholder instead of stopping every other file from loading.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { isInternalPlaceholder } from '../../src/model/audience-loader';
import { folderLoader, forgiving } from '../../src/model/folder-loader';

/** The part of Astro's loader context these loaders use, with a store that behaves as Astro's. */
function contextAt(root: string) {
	const collections = new Map<string, Map<string, unknown>>();
	const warnings: string[] = [];
	const entries = () => collections.get('outcomes');
	const store = {
		set: ({ id, data }: { id: string; data: unknown }) => {
			collections.set('outcomes', (entries() ?? new Map()).set(id, { id, data }));
			return true;
		},
		delete: (id: string) => void entries()?.delete(id),
		clear: () => void collections.delete('outcomes'),
		keys: () => [...(entries()?.keys() ?? [])],
		entries: () => [...(entries()?.entries() ?? [])],
	};
	const logger = { warn: (message: string) => warnings.push(message), info: () => undefined, error: (message: string) => warnings.push(message) };
	const context = { collection: 'outcomes', config: { root: pathToFileURL(`${root}/`) }, store, logger } as unknown as LoaderContext;
	return { context, warnings, exists: () => collections.has('outcomes'), size: () => entries()?.size ?? 0 };
}

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('a content folder’s loader', () => {
	it.each([
		['missing', false],
		['empty', true],
	])('keeps a %s folder as an empty collection, and says nothing', async (_, make) => {
		root = mkdtempSync(join(tmpdir(), 'memoria-folder-'));
		if (make) mkdirSync(join(root, 'content/outcomes'), { recursive: true });
		const { context, warnings, exists, size } = contextAt(root);
		context.store.set({ id: 'left-from-before', data: {} });

		await folderLoader({ base: './content/outcomes', pattern: '**/[^_]*.md' }).load(context);

		expect(exists()).toBe(true);
		expect(size()).toBe(0);
		expect(warnings).toEqual([]);
	});
});

describe('the dev server’s loader context', () => {
	const entryTypes = new Map([
		[
			'.md',
			{
				getEntryInfo: ({ contents }: { contents: string }) => {
					if (contents.includes('"unclosed')) throw new Error('Missing closing "quote');
					return { data: { title: contents }, body: '' };
				},
			},
		],
	]);
	const parseData = async ({ data }: { id: string; data: Record<string, unknown> }) => {
		if (typeof data.title !== 'string' || data.title === '') throw new Error('title: Required');
		return { ...data, checked: true };
	};
	const context = forgiving({ parseData, entryTypes } as unknown as LoaderContext, async (id) => ({ title: id, standIn: true }));
	const types = (context as unknown as { entryTypes: typeof entryTypes }).entryTypes;

	it('reads a file whose YAML cannot be read as a placeholder, which becomes the stand-in', async () => {
		const info = (await types.get('.md')!.getEntryInfo({ contents: 'title: "unclosed' })) as { data: Record<string, unknown> };

		expect(isInternalPlaceholder(info.data)).toBe(true);
		expect(await context.parseData({ id: 'a', data: info.data })).toEqual({ title: 'a', standIn: true });
	});

	it('stores the stand-in for fields that do not match the schema, and good fields as parsed', async () => {
		expect(await context.parseData({ id: 'b', data: { title: '' } })).toEqual({ title: 'b', standIn: true });
		expect(await context.parseData({ id: 'c', data: { title: 'Fine' } })).toEqual({ title: 'Fine', checked: true });
	});
});
