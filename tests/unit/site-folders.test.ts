import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSiteFolders } from '../../src/integrations/site-folders';

const site = pathToFileURL('/sites/brujula/');

describe('the folders of a site, as Astro is configured', () => {
	it('accepts the layout memoria() sets: the site root as srcDir, public/ beside content/', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: site, publicDir: new URL('public/', site) })).not.toThrow();
	});

	it('stops a configuration that moves public/, naming the option, the folder and where Memoria reads', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: site, publicDir: new URL('static/', site) })).toThrow(
			'astro.config.mjs sets publicDir to ./static, and Memoria reads a site\'s files from ./public.'
		);
	});

	it('stops a configuration that moves srcDir', () => {
		expect(() => checkSiteFolders({ root: site, srcDir: new URL('src/', site), publicDir: new URL('public/', site) })).toThrow('srcDir');
	});
});
