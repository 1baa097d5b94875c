// The vanilla Starlight site the benchmark compares Memoria with: plain Starlight, English at the
// root and Spanish under /es/, Starlight's default sidebar (every page listed). bench/corpus.mjs
// copies this folder into bench/work/vanilla-N/ and writes the pages into src/content/docs/.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Benchmark Collective',
			locales: {
				root: { label: 'English', lang: 'en' },
				es: { label: 'Español', lang: 'es' },
			},
		}),
	],
});
