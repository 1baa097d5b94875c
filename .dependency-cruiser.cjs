/**
 * The boundaries of src/, checked in `npm test` (`npm run lint:boundaries`), so the layout that
 * ARCHITECTURE.md describes stays true:
 * - no import cycles, type-only imports included;
 * - code that runs in a reader's browser (any `browser/` folder) reaches nothing of the build:
 *   no Node built-ins, no Astro virtual modules, no content model, checks or CLI;
 * - schemas describe files and import no model, site or build code;
 * - build-time code never imports browser code (pages load it through their <script> tags).
 * .astro files are not read (dependency-cruiser has no Astro parser); their imports of browser
 * code are the one allowed way in.
 */
const buildFolders = '^src/(model|site|checks|cli|import|integrations|translation-status|routes|charts|offline/(?!browser/))';

module.exports = {
	forbidden: [
		{
			name: 'no-cycles',
			comment: 'An import cycle makes the load order matter and hides which module owns a concept.',
			severity: 'error',
			from: { path: '^(src|scripts)/' },
			to: { circular: true },
		},
		{
			name: 'browser-stays-in-the-browser',
			comment: "Code in a browser/ folder runs in a reader's browser: it may not reach Node, Astro's virtual modules or build-time code.",
			severity: 'error',
			from: { path: '/browser/' },
			to: {
				pathNot: '/browser/',
				path: [buildFolders, '^src/(config|errors|translations/(?!plural\\.ts)|schemas/(?!assessment-score))', '^(astro|virtual):', '^astro/'],
			},
		},
		{
			name: 'browser-has-no-node',
			comment: "A reader's browser has no Node built-ins.",
			severity: 'error',
			from: { path: '/browser/' },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'browser-code-is-not-imported-by-the-build',
			comment: 'Build-time code imports no browser code; a page loads it through a <script> tag in its component.',
			severity: 'error',
			from: { path: '^(src|scripts)/', pathNot: '/browser/' },
			to: { path: '/browser/', dependencyTypesNot: ['type-only'] },
		},
		{
			name: 'schemas-import-no-model',
			comment: 'A schema says what a file may contain; the model, the site and the checks read schemas, never the other way round.',
			severity: 'error',
			from: { path: '^src/schemas/' },
			to: { path: [buildFolders, '^src/(search|offline|components|lib/(?!(closest-id|edit-distance)\\.ts))'] },
		},
		{
			name: 'no-unresolvable',
			comment: 'An import that resolves to nothing fails at build time: say so earlier.',
			severity: 'error',
			from: { path: '^(src|scripts)/' },
			to: { couldNotResolve: true, pathNot: '^(astro:|virtual:)' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(node_modules|dist|\\.astro|\\.memoria-build)/' },
		// Type-only imports count: a cycle through types still ties two modules together.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.d.ts', '.mjs', '.js', '.json'],
			exportsFields: ['exports'],
			conditionNames: ['types', 'import', 'require', 'node', 'default'],
			mainFields: ['types', 'typings', 'module', 'main'],
		},
	},
};
