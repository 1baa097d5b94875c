/**
 * The admin's configuration (src/admin/) is generated from the collection registry and the zod
 * schemas: every field of every collection has a form field, with words in both languages, and
 * the whole passes Sveltia CMS's own JSON Schema, which the package ships.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminEnabled, adminFiles } from '../../src/admin/admin-files';
import { cmsConfig, type CmsField } from '../../src/admin/cms-config';
import { fieldLabels, spanishPatternMessages } from '../../src/admin/field-text';
import { schemaFields, type FieldKind } from '../../src/admin/schema-fields';
import { sveltiaBundle } from '../../src/admin/sveltia-fonts';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import type { SiteConfigInput } from '../../src/config/site-config';
import { collectionRegistry, registryEntries, type CollectionSpec } from '../../src/model/registry';
import { shippedSchema, type JsonSchema } from '../../src/model/shipped-schemas';

const site = (admin: SiteConfigInput['admin'] = { backend: { name: 'github', repo: 'org/memory' } }, extra: Partial<SiteConfigInput> = {}) =>
	parseSiteConfig({ organisation: 'Org', site: 'https://memory.example.org', admin, ...extra }, 'en');

/** Every form field of a collection by its path ("recommendations.owner"), nested lists and objects included. */
function formFields(fields: CmsField[], prefix = ''): Map<string, CmsField> {
	const found = new Map<string, CmsField>();
	for (const field of fields) {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		found.set(path, field);
		for (const [sub, value] of formFields((field.fields as CmsField[] | undefined) ?? [], path)) found.set(sub, value);
	}
	return found;
}

/** Every property of a JSON Schema by its path, as the editors' schemas nest them. */
function schemaPaths(schema: JsonSchema, prefix = ''): Map<string, JsonSchema> {
	const paths = new Map<string, JsonSchema>();
	const visit = (node: JsonSchema, at: string) => {
		for (const [key, sub] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {})) {
			const path = at ? `${at}.${key}` : key;
			paths.set(path, sub);
			visit(sub, path);
		}
		if (node.items && typeof node.items === 'object') visit(node.items as JsonSchema, at);
		for (const branch of (node.anyOf as JsonSchema[] | undefined) ?? []) visit(branch, at);
	};
	visit(schema, prefix);
	return paths;
}

/** Whether `text` is a regular expression JavaScript can compile. */
function isRegex(text: string): boolean {
	try {
		new RegExp(text);
		return true;
	} catch {
		return false;
	}
}

const collectionsOf = (language: 'en' | 'es') =>
	new Map(cmsConfig(site(), language).collections.map((c) => [c.name as string, formFields(c.fields as CmsField[])]));

const withSchema = registryEntries().filter(([, spec]) => spec.schema);

describe('the admin’s configuration', () => {
	it.each(withSchema.map(([name]) => [name]))('gives every field of %s a form field', (name) => {
		const fields = collectionsOf('en').get(name)!;
		const properties = schemaPaths(shippedSchema(name)!);
		expect(properties.size).toBeGreaterThan(0);
		for (const path of properties.keys()) {
			expect(fields.get(path)?.widget, `${name}: ${path}`).toEqual(expect.any(String));
		}
	});

	it('gives every collection of the registry a collection, guides included', () => {
		expect(cmsConfig(site(), 'en').collections.map((c) => c.name)).toEqual(registryEntries().map(([name]) => name));
	});

	it('shows a field added to a schema without any other code', () => {
		const spec = collectionRegistry.learnings as CollectionSpec;
		const original = spec.schema!;
		spec.schema = (context) => (original(context) as z.ZodObject).extend({ /** Whether a partner read it. */ sharedWithPartner: z.boolean().default(false) });
		try {
			const field = collectionsOf('en').get('learnings')!.get('sharedWithPartner');
			expect(field).toMatchObject({ widget: 'boolean', required: false, default: false, label: 'Shared With Partner' });
		} finally {
			spec.schema = original;
		}
	});

	it.each(['en', 'es'] as const)('names and explains every field in its own words, in %s', (language) => {
		const missing: string[] = [];
		const english = collectionsOf('en');
		for (const [name, fields] of collectionsOf(language)) {
			for (const [path, field] of fields) {
				const labels = fieldLabels[language];
				if (!(labels[`${name}:${path}`] ?? labels[path] ?? labels[field.name])) missing.push(`${name}: ${path} (label)`);
				if (!field.hint) missing.push(`${name}: ${path} (help)`);
				// Spanish help falls back to the English description only when none is written.
				if (language === 'es' && field.hint === english.get(name)!.get(path)!.hint) missing.push(`${name}: ${path} (help in Spanish)`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('marks required fields as the schemas do', () => {
		for (const [name] of withSchema) {
			const fields = collectionsOf('en').get(name)!;
			const required = new Set((shippedSchema(name)!.required as string[] | undefined) ?? []);
			for (const [path, field] of fields) if (!path.includes('.') && path !== 'body') expect(field.required, `${name}: ${path}`).toBe(required.has(path));
		}
	});

	it('turns references into pickers of the right collection, dates into date pickers and choices into selects', () => {
		const learnings = collectionsOf('en').get('learnings')!;
		expect(learnings.get('project')).toMatchObject({ widget: 'relation', collection: 'projects', multiple: false, value_field: '{{slug}}' });
		expect(learnings.get('organisations')).toMatchObject({ widget: 'relation', collection: 'organisations', multiple: true, display_fields: ['name'] });
		expect(learnings.get('date')).toMatchObject({ widget: 'datetime', type: 'date', required: true });
		expect(learnings.get('phase')).toMatchObject({ widget: 'select', required: true });
		expect((learnings.get('phase')!.options as { value: string }[]).map((o) => o.value)).toEqual(['design', 'build', 'launch', 'operate', 'close']);
		expect(learnings.get('archived')).toMatchObject({ widget: 'boolean', default: false });
		expect(learnings.get('recommendations')).toMatchObject({ widget: 'list', summary: '{{fields.action}}' });
		const projects = collectionsOf('en').get('projects')!;
		// References inside a list of objects: the field is named after the collection it points into.
		expect(projects.get('assumptions.learnings')).toMatchObject({ widget: 'relation', collection: 'learnings', multiple: true });
		expect(projects.get('objectives.progress')).toMatchObject({ widget: 'number', value_type: 'float', min: 0, max: 100 });
		// A series' id names no entry: a text field that must look like an id.
		expect(collectionsOf('en').get('posts')!.get('series.id')).toMatchObject({ widget: 'string', pattern: [expect.any(String), expect.any(String)] });
		expect(collectionsOf('en').get('posts')!.get('cover.src')).toMatchObject({ widget: 'image' });
	});

	it('says what a value that does not fit a pattern needs in the schema’s own words, in English and in Spanish', () => {
		const entryIdMessage = 'Use the id of an entry: lower-case words joined by hyphens, like "open-budgets".';
		expect(collectionsOf('en').get('posts')!.get('series.id')?.pattern).toEqual([expect.any(String), entryIdMessage]);
		expect(collectionsOf('es').get('posts')!.get('series.id')?.pattern).toEqual([expect.any(String), spanishPatternMessages[entryIdMessage]]);
		expect(collectionsOf('es').get('organisations')!.get('country')?.pattern).toEqual([
			'^[A-Za-z]{2}$',
			'Usa el código de país de dos letras, como "MX" para México o "CO" para Colombia.',
		]);
		// Every message a schema gives with a pattern has its Spanish words, so a new one fails here until it is translated.
		const messages = new Set<string>();
		const collect = (type: FieldKind) => {
			if (type.kind === 'string' && type.patternMessage) messages.add(type.patternMessage);
			if (type.kind === 'list') collect(type.item);
			if (type.kind === 'object') for (const field of type.fields) collect(field.type);
		};
		for (const [name] of withSchema) for (const field of schemaFields(name)) collect(field.type);
		expect(messages.size).toBeGreaterThan(5);
		expect([...messages].filter((message) => !spanishPatternMessages[message])).toEqual([]);
		// And the Spanish forms show no English one.
		const english = collectionsOf('en');
		for (const [name, fields] of collectionsOf('es')) {
			for (const [path, field] of fields) {
				const pattern = (field.pattern ?? (field.field as CmsField | undefined)?.pattern) as [string, string] | undefined;
				if (pattern)
					expect(pattern[1], `${name}: ${path}`).not.toBe(
						((english.get(name)!.get(path)!.pattern ?? (english.get(name)!.get(path)!.field as CmsField).pattern) as [string, string])[1]
					);
			}
		}
	});

	it('lets each language write the fields a translation rewrites, and copies the others from the original', () => {
		const learnings = collectionsOf('en').get('learnings')!;
		expect(learnings.get('lesson')?.i18n).toBe(true);
		expect(learnings.get('recommendations')?.i18n).toBe(true);
		expect(learnings.get('recommendations.owner')?.i18n).toBe(true);
		expect(learnings.get('recommendations.due')?.i18n).toBe('duplicate');
		expect(learnings.get('project')?.i18n).toBe('duplicate');
		expect(learnings.get('slug')?.i18n).toBe(true);
		expect(learnings.get('body')?.i18n).toBe(true);
	});

	it('lets each language pick its own cover, saved next to that language’s file and named from it', () => {
		// A copied "./cover.jpg" would name a file beside the translation, in es/, that is not there.
		const posts = collectionsOf('en').get('posts')!;
		expect(posts.get('cover')?.i18n).toBe(true);
		expect(posts.get('cover.src')).toMatchObject({ widget: 'image', i18n: true });
		expect(posts.get('cover.alt')?.i18n).toBe(true);
		expect(cmsConfig(site(), 'en').collections.find((c) => c.name === 'posts')).toMatchObject({ media_folder: '', public_folder: '.' });
	});

	it('lays files out as Memoria reads them: the default language at the root of a folder, the others in a sub-folder', () => {
		const config = cmsConfig(site(undefined, { languages: ['es', 'en', 'pt'], defaultLanguage: 'es' }), 'es');
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['es', 'en', 'pt'], default_locale: 'es', omit_default_locale_from_file_path: true });
		const byName = new Map(config.collections.map((c) => [c.name, c]));
		expect(byName.get('learnings')).toMatchObject({ folder: 'content/learnings/{{locale}}', extension: 'md', format: 'frontmatter', label: 'Aprendizajes' });
		expect(byName.get('organisations')).toMatchObject({ folder: 'content/organisations/{{locale}}', extension: 'yaml', format: 'yaml' });
		expect(byName.get('docs')).toMatchObject({ folder: 'content/docs/{{locale}}/guides' });
	});

	it('uses the template’s prompt as a field’s hint, but not one that explains YAML', () => {
		const es = collectionsOf('es').get('learnings')!;
		expect(es.get('kind')?.hint).toMatch(/^¿Funcionó\?/);
		// The template says to delete the "# " of the line; a form has no such line.
		expect(es.get('visibility')?.hint).not.toContain('"# "');
		expect(cmsConfig(site(), 'es').collections.find((c) => c.name === 'learnings')?.description).toMatch(/^Una lección aprendida/);
	});

	const sveltiaSchema = JSON.parse(
		readFileSync(join(dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms'))), 'schema/sveltia-cms.json'), 'utf8')
	) as JsonSchema;
	// The formats the schema names: a "regex" must compile; a "uri" (its "$schema" address) is not checked.
	const formats = { regex: (text: string) => isRegex(text), uri: true as const };
	const validate = new Ajv({ allErrors: true, strict: false, formats }).compile(sveltiaSchema);

	it.each([
		['local', 'local' as const],
		['GitHub', { name: 'github' as const, repo: 'org/memory', authUrl: 'https://auth.example.org' }],
		['GitLab', { name: 'gitlab' as const, repo: 'group/memory', url: 'https://git.example.org', appId: 'abc123' }],
	])('passes Sveltia CMS’s own schema, with a %s backend, in both languages', (_, backend) => {
		for (const language of ['en', 'es'] as const) {
			const config = cmsConfig(site({ backend }), language);
			const valid = validate(config);
			expect(valid ? [] : validate.errors?.slice(0, 5)).toEqual([]);
		}
	});

	it('names the GitLab server’s API and the site’s repository and branch', () => {
		const config = cmsConfig(
			site({ backend: { name: 'gitlab', url: 'https://git.example.org' } }, { repository: { url: 'https://git.example.org/group/memory', branch: 'trunk' } }),
			'en'
		);
		expect(config.backend).toEqual({
			name: 'gitlab',
			repo: 'group/memory',
			branch: 'trunk',
			api_root: 'https://git.example.org/api/v4',
			base_url: 'https://git.example.org',
		});
	});
});

describe('the admin option', () => {
	it('is off unless memoria.config.ts sets it, and a local admin exists only in the dev server', () => {
		expect(adminEnabled(site(undefined, {}), 'build')).toBe(true);
		expect(adminEnabled(parseSiteConfig({ organisation: 'Org' }, 'en'), 'dev')).toBe(false);
		expect(adminEnabled(site({ enabled: false, backend: { name: 'github', repo: 'a/b' } }), 'build')).toBe(false);
		expect(adminEnabled(site({}), 'build')).toBe(false);
		expect(adminEnabled(site({}), 'dev')).toBe(true);
	});

	it('refuses a GitHub backend without a repository, naming the option', () => {
		expect(() => site({ backend: { name: 'github' } })).toThrow(/admin\.backend\.repo/);
		expect(cmsConfig(site({ backend: { name: 'github' } }, { repository: { url: 'https://github.com/org/memory' } }), 'en').backend).toMatchObject({
			repo: 'org/memory',
		});
	});

	it('gives the admin page a policy of its own: only its own scripts, and the chosen Git host', () => {
		const page = adminFiles(site())
			.find((f) => f.path === 'index.html')!
			.body()
			.toString();
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)![1]!.replaceAll('&#39;', "'");
		expect(policy).toContain("script-src 'self';");
		expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com;");
		expect(policy).toContain("font-src 'self';");
		expect(policy).not.toMatch(/unsafe-eval|unpkg|jsdelivr/);
		expect(page).not.toMatch(/<script>|<style/);
	});
});

describe('the fonts Sveltia CMS draws with', () => {
	const require = createRequire(import.meta.url);
	const files = new Map(adminFiles(site({ backend: { name: 'github', repo: 'org/memory' } }, { base: '/memory' })).map((f) => [f.path, f]));
	const script = files.get('sveltia-cms.js')!.body().toString();

	it('are served from the admin’s own folder: its copy of Sveltia names no other host in its styles', () => {
		expect(script).not.toMatch(/url\(\s*["']?https?:/);
		expect(script).not.toContain('cdn.jsdelivr.net');
		const named = [...script.matchAll(/url\((\/memory\/admin\/fonts\/[^)]+)\)/g)].map((m) => m[1]!);
		expect(named).toEqual(
			expect.arrayContaining([
				'/memory/admin/fonts/source-sans-3-latin-wght-normal.woff2',
				'/memory/admin/fonts/noto-mono-latin-400-normal.woff2',
				'/memory/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2',
			])
		);
	});

	it('are the files of the fontsource packages Memoria depends on, each with its licence', () => {
		const packages = {
			'source-sans-3-latin-wght-normal.woff2': '@fontsource-variable/source-sans-3',
			'noto-mono-latin-400-normal.woff2': '@fontsource/noto-mono',
			'material-symbols-outlined-latin-wght-normal.woff2': '@fontsource-variable/material-symbols-outlined',
		};
		for (const [name, packageName] of Object.entries(packages)) {
			const served = files.get(`fonts/${name}`);
			expect(served?.type, name).toBe('font/woff2');
			expect(Buffer.compare(served!.body() as Buffer, readFileSync(require.resolve(`${packageName}/files/${name}`))), name).toBe(0);
			expect(
				files
					.get(`fonts/${packageName.split('/')[1]}.LICENSE.txt`)
					?.body()
					.toString()
			).toContain('SIL Open Font License');
		}
	});

	it('stop the build when Sveltia would load a style from another host or a font Memoria does not have', () => {
		const folders: string[] = [];
		// A Sveltia package whose bundle holds one style rule.
		const bundleWith = (css: string) => {
			const folder = mkdtempSync(join(tmpdir(), 'sveltia-'));
			folders.push(folder);
			mkdirSync(join(folder, 'dist'));
			writeFileSync(join(folder, 'dist/sveltia-cms.js'), `var css = "@font-face{src:${css}}";`);
			return () => sveltiaBundle(folder, '/admin/fonts/');
		};
		try {
			expect(bundleWith("url('https://fonts.example.org/a.woff2')")).toThrow(/admin-asset-elsewhere.*https:\/\/fonts\.example\.org\/a\.woff2/);
			expect(bundleWith('url(https://cdn.jsdelivr.net/fontsource/fonts/not-a-font:vf@1.0.0/latin-wght-normal.woff2)')).toThrow(
				/@fontsource-variable\/not-a-font/
			);
			// Another version of a font Memoria has: the installed one serves.
			expect(bundleWith('url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@9.9.9/latin-400-normal.woff2)')().script).toBe(
				'var css = "@font-face{src:url(/admin/fonts/noto-mono-latin-400-normal.woff2)}";'
			);
		} finally {
			for (const folder of folders) rmSync(folder, { recursive: true, force: true });
		}
	});
});
