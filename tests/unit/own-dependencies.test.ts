/**
 * Memoria's own dependencies in a site's build (src/integrations/own-dependencies.ts): imported
 * from Memoria's files, a package its package.json lists is taken from Memoria's own place, by its
 * file's address, never looked up again from the build's folder (where a site may have another
 * version: found when a hub built from the packed tarball got Astro's Sätteri 0.10).
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownDependencies, packageName } from '../../src/integrations/own-dependencies';

const repository = resolve(import.meta.dirname, '../..');
const plugin = ownDependencies();
const resolveId = (source: string, importer: string | undefined) =>
	(plugin.resolveId as unknown as (source: string, importer: string | undefined) => unknown)(source, importer);
const ownFile = join(repository, 'src/network/copy-body.ts');

describe('Memoria’s own dependencies in a site’s build', () => {
	it('takes a listed package imported from Memoria’s code from Memoria’s place, outside the bundle', () => {
		const file = createRequire(join(repository, 'package.json')).resolve('satteri');
		expect(resolveId('satteri', ownFile)).toEqual({ id: pathToFileURL(file).href, external: true });
	});

	it('leaves alone what is not Memoria’s to decide', () => {
		// A site's own file, a peer dependency (the site's Astro), virtual and relative modules.
		expect(resolveId('satteri', join(repository, 'tests/fixtures/bilingual-basics/astro.config.mjs'))).toBeUndefined();
		expect(resolveId('satteri', join(repository, 'node_modules/astro/dist/index.js'))).toBeUndefined();
		expect(resolveId('astro/zod', ownFile)).toBeUndefined();
		expect(resolveId('astro:content', ownFile)).toBeUndefined();
		expect(resolveId('virtual:memoria/config', ownFile)).toBeUndefined();
		expect(resolveId('./copy-links', ownFile)).toBeUndefined();
		expect(resolveId('satteri', undefined)).toBeUndefined();
		// A stylesheet of a listed package is Vite's to bundle.
		expect(resolveId('@fontsource/noto-mono/400.css', ownFile)).toBeUndefined();
	});

	it('applies to the server’s bundle only, in a build', () => {
		expect(plugin.apply).toBe('build');
		const applies = plugin.applyToEnvironment as (environment: { config: { consumer: string } }) => boolean;
		expect(applies({ config: { consumer: 'server' } })).toBe(true);
		expect(applies({ config: { consumer: 'client' } })).toBe(false);
	});

	it('reads a package’s name from a bare import', () => {
		expect(packageName('satteri')).toBe('satteri');
		expect(packageName('hast-util-sanitize/lib/schema.js')).toBe('hast-util-sanitize');
		expect(packageName('@astrojs/rss')).toBe('@astrojs/rss');
		expect(packageName('@fontsource/noto-mono/400.css')).toBe('@fontsource/noto-mono');
		for (const path of ['./a', '../b', '/abs', 'node:fs', 'astro:content', '\0virtual']) expect(packageName(path)).toBeUndefined();
	});
});
