import { join, resolve } from 'node:path';

/**
 * Where a site keeps its files. Every folder comes from the site's root (the command's --root,
 * or the folder it runs in; Astro's `root` in the integration), never from where Memoria itself
 * is installed: Memoria is a package in the site's node_modules, and a site is not inside it.
 * The integration gives Astro the same folders (src/integration.ts), and refuses an Astro
 * configuration that moves them, so the checks always read what Astro builds.
 */
export interface SiteLayout {
	root: string;
	/** The site's settings. */
	config: string;
	/** What writers touch: one folder per collection, themes.yaml, i18n/. */
	content: string;
	/** Files copied to the output as they are. */
	public: string;
	/** Where a public build and an internal build are written unless --out says otherwise. */
	output: { public: string; internal: string };
	/** Where Astro keeps what it parsed between builds (Astro's default `cacheDir`). */
	astroCache: string;
}

export function siteLayout(root: string): SiteLayout {
	const at = resolve(root);
	return {
		root: at,
		config: join(at, 'memoria.config.ts'),
		content: join(at, 'content'),
		public: join(at, 'public'),
		output: { public: join(at, 'dist'), internal: join(at, 'dist-internal') },
		astroCache: join(at, 'node_modules', '.astro'),
	};
}
