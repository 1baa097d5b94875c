import { deployWorkflow } from './deploy-workflow';
import { examples, exampleText, themesYaml } from './examples';
import { siteReadme } from './site-readme';

/**
 * Every file of a new site (`memoria init`), as paths and texts: only what the organisation owns.
 * Memoria itself stays in node_modules, so updating it is `npm install memoria-ssg@latest`, and
 * nothing here is a copy of Memoria's code.
 */
export interface StarterAnswers {
	/** The organisation's name, the site's title. */
	organisation: string;
	languages: string[];
	defaultLanguage: string;
	/** No example entries: only themes.yaml, which every site needs, and each collection's empty folder. */
	empty: boolean;
	/** The npm package name, from the folder's name. */
	packageName: string;
}

/** What the new site's package.json pins: this Memoria, and Astro and Starlight at Memoria's peer ranges. */
export interface MemoriaManifest {
	version: string;
	peerDependencies: Record<string, string>;
	engines: { node: string };
}

/** A TypeScript string literal in single quotes; a name such as "O'Higgins" keeps its apostrophe. */
const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', ' ')}'`;

function packageJson(answers: StarterAnswers, memoria: MemoriaManifest): string {
	const manifest = {
		name: answers.packageName,
		private: true,
		type: 'module',
		scripts: { dev: 'memoria dev', build: 'memoria build', preview: 'memoria preview', check: 'memoria check', new: 'memoria new' },
		dependencies: {
			'@astrojs/starlight': memoria.peerDependencies['@astrojs/starlight'],
			astro: memoria.peerDependencies.astro,
			'memoria-ssg': `^${memoria.version}`,
		},
		engines: { node: memoria.engines.node },
		// npm 11 runs an install script only when allowed: esbuild's checks its binary (Memoria's package.json allows it too).
		allowScripts: { esbuild: true },
	};
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

function memoriaConfig({ organisation, languages, defaultLanguage }: StarterAnswers): string {
	const sentence = (language: string) =>
		language === 'es' ? `Lo que ${organisation} ha aprendido de sus proyectos.` : `What ${organisation} has learned from its projects.`;
	const description = languages.map((language) => `\t\t${/^[a-z]+$/.test(language) ? language : quote(language)}: ${quote(sentence(language))},`).join('\n');
	return `import { defineMemoriaConfig } from 'memoria-ssg/config';

/** The site's settings. Every option is described in Memoria's README, "Configure the site". */
export default defineMemoriaConfig({
	organisation: ${quote(organisation)},
	description: {
${description}
	},
	languages: [${languages.map(quote).join(', ')}],
	defaultLanguage: ${quote(defaultLanguage)},
	// The address the site is published at, for links, feeds and the sitemap. On GitHub Pages:
	// site: 'https://org.github.io',
	// base: '/repository-name',
});
`;
}

const astroConfig = `// @ts-check
// Astro's settings come from memoria.config.ts: change that file, not this one.
import { defineConfig } from 'astro/config';
import memoria from 'memoria-ssg';
import site from './memoria.config.ts';

export default defineConfig(memoria(site));
`;

const contentConfig = `// Astro reads the content collections from here; Memoria defines them.
export { collections } from 'memoria-ssg/content';
`;

const tsconfig = `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist', 'dist-internal'] }, null, 2)}\n`;

const gitignore = `node_modules/
dist/
dist-internal/
.astro/
.memoria-build/
*.log
`;

const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#1e3a8a"/><path d="M16 5l4 11-4 11-4-11z" fill="#fbbf24"/><circle cx="16" cy="16" r="2" fill="#1e3a8a"/></svg>
`;

/** The path of an entry in a language: the default language at the folder's root, others in a sub-folder. */
function localPath(path: string, language: string, defaultLanguage: string): string {
	if (language === defaultLanguage) return `content/${path}`;
	const [collection, ...rest] = path.split('/');
	return `content/${collection}/${language}/${rest.join('/')}`;
}

export function starterFiles(answers: StarterAnswers, memoria: MemoriaManifest): Map<string, string> {
	const files = new Map<string, string>([
		['package.json', packageJson(answers, memoria)],
		['astro.config.mjs', astroConfig],
		['memoria.config.ts', memoriaConfig(answers)],
		['content.config.ts', contentConfig],
		['tsconfig.json', tsconfig],
		['.gitignore', gitignore],
		['README.md', siteReadme(answers.organisation, answers.defaultLanguage)],
		['.github/workflows/deploy.yml', deployWorkflow],
		['public/favicon.svg', favicon],
		['content/themes.yaml', themesYaml],
	]);
	if (answers.empty) {
		// An empty folder per collection shows where entries go, and keeps Astro from warning that the folder is missing.
		for (const example of examples) files.set(`content/${example.path.split('/')[0]}/.gitkeep`, '');
	} else {
		for (const example of examples) {
			for (const language of answers.languages) files.set(localPath(example.path, language, answers.defaultLanguage), exampleText(example.text, language));
		}
	}
	return files;
}
