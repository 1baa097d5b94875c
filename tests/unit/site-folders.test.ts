import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSiteDependencies } from '../../src/integrations/site-dependencies';
import { checkSiteFolders } from '../../src/integrations/site-folders';

const site = pathToFileURL('/sites/brujula/');

describe('the folders of a site, as Astro is configured', () => {
	it('accepts the layout memoria() sets: the site root as srcDir, public/ beside content/', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: site, publicDir: new URL('public/', site) })).not.toThrow();
	});

	it('stops a configuration that moves public/, naming the option, the folder and where Memoria reads', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: site, publicDir: new URL('static/', site) })).toThrow(
			"astro.config.mjs sets publicDir to ./static, and Memoria reads a site's files from ./public."
		);
	});

	it('stops a configuration that moves srcDir', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: new URL('src/', site), publicDir: new URL('public/', site) })).toThrow('srcDir');
	});
});

describe("the site's package.json", () => {
	const site = (manifest: object | undefined) => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-site-'));
		if (manifest) writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
		return root;
	};

	it('must list Starlight, and is told the command that adds it', () => {
		const root = site({ dependencies: { astro: '7.4.1', 'memoria-ssg': '^0.1.0' } });

		expect(() => checkSiteDependencies(root)).toThrow('The site’s package.json does not list @astrojs/starlight');
		expect(() => checkSiteDependencies(root)).toThrow(expect.objectContaining({ hint: expect.stringMatching(/npm install @astrojs\/starlight@\^0\.42/) }));
		rmSync(root, { recursive: true });
	});

	it('passes with Starlight listed, and in a folder without a package.json (a fixture of these tests)', () => {
		const listed = site({ dependencies: { '@astrojs/starlight': '^0.42.4' } });
		const bare = site(undefined);

		expect(() => checkSiteDependencies(listed)).not.toThrow();
		expect(() => checkSiteDependencies(bare)).not.toThrow();
		rmSync(listed, { recursive: true });
		rmSync(bare, { recursive: true });
	});
});
