import { repoFromUrl, type SiteConfig } from '../config/site-config';
import type { WriterLanguage } from '../errors/writer-language';
import { collectionRegistry, registryEntries, type CollectionName, type CollectionSpec, type KindName } from '../model/registry';
import { shippedSchema, type JsonSchema } from '../model/shipped-schemas';
import { uiStrings } from '../translations';
import { adminText, englishHelp, fieldLabels, spanishHelp, spanishPatternMessages } from './field-text';
import { schemaFields, type FieldKind, type SchemaField } from './schema-fields';
import { templatePrompts, type TemplatePrompts } from './template-prompts';

/**
 * The configuration of Sveltia CMS for a site, generated from the collection registry and the zod
 * schemas (schema-fields.ts), in one language of the admin's words: every collection, every field
 * with its label, help and widget, both (or all) of the site's languages side by side. It is
 * written as /admin/config.<language>.yml; the admin page loads the one of the writer's language.
 *
 * Files are laid out as Memoria reads them: the default language at the root of a collection's
 * folder and every other language in a sub-folder named after it, the same file name in each
 * (`folder: content/learnings/{{locale}}` with the default locale left out of the path).
 */

export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };
/** A widget and its options, without the field's name and label. */
type Widget = { widget: string; [option: string]: unknown };
export type CmsConfig = { backend: Record<string, unknown>; collections: Record<string, unknown>[]; [option: string]: unknown };

/** The admin's languages: Memoria's words exist in these; any other falls back to English. */
export const adminLanguages: readonly WriterLanguage[] = ['en', 'es'];

/**
 * Fields that belong to one file rather than to the entry: each language's file has its own
 * address, earlier addresses and translation dates, so the admin lets each language set them.
 */
const perFileFields = new Set(['slug', 'aliases', 'sourceChecked', 'translatedFrom']);

/** The Git host the admin saves to, as Sveltia's `backend` option. */
export function cmsBackend(config: SiteConfig): Record<string, unknown> {
	const backend = config.admin?.backend ?? 'local';
	const branch = (backend !== 'local' && backend.branch) || config.repository?.branch || 'main';
	if (backend === 'local') {
		// Sveltia needs a Git backend even when a writer only works on a folder ("Work with Local
		// Repository"); the site's own repository when it names one on GitHub, else a name that
		// only marks the place (a local admin exists only under `memoria dev`).
		return { name: 'github', repo: repoFromUrl(config.repository?.url, 'https://github.com') ?? 'local/memoria', branch };
	}
	if (backend.name === 'github') {
		const repo = backend.repo ?? repoFromUrl(config.repository?.url, 'https://github.com')!;
		return { name: 'github', repo, branch, ...(backend.authUrl ? { base_url: backend.authUrl } : {}) };
	}
	const server = backend.url.replace(/\/+$/, '');
	const repo = backend.repo ?? repoFromUrl(config.repository?.url, server)!;
	return {
		name: 'gitlab',
		repo,
		branch,
		api_root: `${server}/api/v4`,
		base_url: server,
		...(backend.appId ? { auth_type: 'pkce', app_id: backend.appId } : {}),
	};
}

/** The whole configuration, with the admin's words in `language`. */
export function cmsConfig(config: SiteConfig, language: WriterLanguage): CmsConfig {
	const locales = [config.defaultLanguage, ...config.languages.filter((l) => l !== config.defaultLanguage)];
	const siteUrl = config.site ? new URL(config.base, config.site).href : undefined;
	return {
		backend: cmsBackend(config),
		app_title: `${config.organisation} · Memoria`,
		...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
		publish_mode: 'simple',
		// Pictures a guide's text uses; a post's cover sits next to the post (its collection says so).
		media_folder: 'public/images',
		public_folder: `${config.base}images`,
		// The other language beside the one being written, rather than a preview Sveltia cannot draw like the site.
		editor: { preview: false },
		// File names are entry ids: lower-case ASCII words joined by hyphens.
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
		// An optional field left empty is left out of the file: Memoria reads "" as a value (an empty date is refused).
		output: { omit_empty_optional_fields: true },
		i18n: { structure: 'multiple_folders', locales, default_locale: config.defaultLanguage, omit_default_locale_from_file_path: true },
		collections: registryEntries().map(([name]) => cmsCollection(name, language)),
	};
}

function cmsCollection(collection: CollectionName, language: WriterLanguage): Record<string, unknown> {
	const spec = collectionRegistry[collection] as CollectionSpec;
	const t = uiStrings[language] as Record<string, string>;
	const fields = spec.schema ? schemaFields(collection) : guideFields();
	const prompts = templatePrompts(
		spec.kind as KindName,
		language,
		fields.map((f) => f.name)
	);
	const descriptions = shippedSchema(collection);
	const context: Context = { collection, language, prompts, descriptions, translated: translatedPaths(spec) };
	const identifier = fields.some((f) => f.name === 'title') ? 'title' : 'name';
	const folder = spec.newFilesIn ? `content/${spec.folder}/{{locale}}/${spec.newFilesIn}` : `content/${spec.folder}/{{locale}}`;
	return {
		name: collection,
		label: t[spec.pages === 'starlight' ? 'memoria.section.guides' : `memoria.section.${collection}`] ?? collection,
		label_singular: t[spec.pages === 'starlight' ? 'memoria.type.guide' : `memoria.type.${collection}`] ?? spec.kind,
		description: prompts.heading ?? t[`memoria.section.${collection}.description`] ?? adminText[language].guidesDescription,
		folder,
		create: true,
		...(spec.format === 'data' ? { extension: 'yaml', format: 'yaml' } : { extension: 'md', format: 'frontmatter' }),
		i18n: true,
		identifier_field: identifier,
		slug: '{{slug}}',
		summary: `{{${identifier}}}`,
		// A cover image is read relative to its post (Astro's image()): saved next to the file of the
		// language it was picked in, and written "./name.jpg" as Memoria's templates write it.
		...(fields.some((f) => holdsImage(f.type)) ? { media_folder: '', public_folder: '.' } : {}),
		fields: [
			...fields.map((f) => cmsField(f, context)),
			...(spec.format === 'markdown'
				? [{ name: 'body', label: label('body', 'body', context), widget: 'markdown', required: false, i18n: true, hint: help('body', context) }]
				: []),
		],
	};
}

/** Guides are Starlight's pages, with Starlight's schema: the admin offers what writers write in them. */
function guideFields(): SchemaField[] {
	return [
		{ name: 'title', path: 'title', required: true, type: { kind: 'string', minLength: 1 } },
		{ name: 'description', path: 'description', required: false, type: { kind: 'string' } },
	];
}

interface Context {
	collection: CollectionName;
	language: WriterLanguage;
	prompts: TemplatePrompts;
	descriptions: JsonSchema | undefined;
	/** The registry's translated fields as paths ("recommendations.action"). */
	translated: Set<string>;
}

const translatedPaths = (spec: CollectionSpec) => new Set(spec.translatedFields.map((f) => f.replace(/\[\]/g, '')));

/** Whether a field is a picture or holds one (a list of them, an object with one). */
const holdsImage = (type: FieldKind): boolean =>
	type.kind === 'image' || (type.kind === 'list' && holdsImage(type.item)) || (type.kind === 'object' && type.fields.some((f) => holdsImage(f.type)));

/**
 * Whether each language writes its own value (true), or every language copies the original's ("duplicate").
 * A picture is named by its path relative to the file (Astro's image()), and each language's file
 * sits in a folder of its own: a copied "./cover.jpg" would name a file beside the translation that
 * is not there. So each language picks its own, which the admin saves next to that language's file.
 */
function i18nOf(path: string, type: FieldKind, context: Context): true | 'duplicate' {
	if (perFileFields.has(path) || holdsImage(type)) return true;
	for (const translated of context.translated) if (translated === path || translated.startsWith(`${path}.`)) return true;
	return 'duplicate';
}

export function label(path: string, name: string, context: Pick<Context, 'collection' | 'language'>): string {
	const labels = fieldLabels[context.language];
	return (
		labels[`${context.collection}:${path}`] ?? labels[path] ?? labels[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
	);
}

/** A field's help: the template's prompt for it, else its description in the admin's language. */
export function help(path: string, context: Pick<Context, 'collection' | 'language' | 'descriptions'> & { prompts?: TemplatePrompts }): string | undefined {
	const prompt = path.includes('.') ? undefined : context.prompts?.fields.get(path);
	if (prompt) return prompt;
	if (context.language === 'es') {
		const spanish = spanishHelp[`${context.collection}:${path}`] ?? spanishHelp[path];
		if (spanish) return spanish;
	}
	return schemaDescription(context.descriptions, path) ?? englishHelp[`${context.collection}:${path}`] ?? englishHelp[path];
}

/** The description the JSON Schema gives a field (its doc comment), found by its path. */
export function schemaDescription(schema: JsonSchema | undefined, path: string): string | undefined {
	let node: JsonSchema | undefined = schema;
	for (const key of path.split('.')) {
		node = node && propertyOf(node, key);
		if (!node) return undefined;
	}
	return typeof node?.description === 'string' ? node.description : undefined;
}

/** A property of an object schema, looking through arrays' items and unions' branches. */
function propertyOf(schema: JsonSchema, key: string): JsonSchema | undefined {
	const properties = schema.properties as Record<string, JsonSchema> | undefined;
	if (properties?.[key]) return properties[key];
	for (const sub of [schema.items, ...((schema.anyOf as JsonSchema[] | undefined) ?? [])]) {
		if (sub && typeof sub === 'object') {
			const found = propertyOf(sub as JsonSchema, key);
			if (found) return found;
		}
	}
	return undefined;
}

function cmsField(field: SchemaField, context: Context): CmsField {
	const hint = help(field.path, context);
	const base = {
		name: field.name,
		label: label(field.path, field.name, context),
		...(hint ? { hint } : {}),
		required: field.required,
		i18n: i18nOf(field.path, field.type, context),
	};
	const widget = widgetOf(field.type, field, context);
	const value = field.default;
	// Defaults the form can show: not empty lists or objects, which Sveltia writes as they are.
	const withDefault = value !== undefined && !(Array.isArray(value) && value.length === 0) && typeof value !== 'object' ? { default: value } : {};
	return { ...base, ...widget, ...withDefault };
}

/** The widget options for one kind of field. */
function widgetOf(type: FieldKind, field: SchemaField, context: Context): Widget {
	switch (type.kind) {
		case 'string': {
			const prose = context.translated.has(field.path) && field.name !== 'title';
			return {
				widget: prose ? 'text' : 'string',
				...(type.url ? { type: 'url' } : {}),
				...(type.pattern ? { pattern: [type.pattern.source, patternMessage(type.patternMessage, context.language)] } : {}),
			};
		}
		case 'number':
			return {
				widget: 'number',
				value_type: type.integer ? 'int' : 'float',
				...(type.min !== undefined ? { min: type.min } : {}),
				...(type.max !== undefined ? { max: type.max } : {}),
			};
		case 'boolean':
			return { widget: 'boolean' };
		case 'date':
			return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
		case 'image':
			return { widget: 'image' };
		case 'select':
			return { widget: 'select', options: type.options.map((value) => ({ label: optionLabel(field.name, value, context.language), value })) };
		case 'relation':
			return relation(type.target, false);
		case 'list': {
			const item = type.item;
			if (item.kind === 'relation') return relation(item.target, true);
			if (item.kind === 'select') return { ...widgetOf(item, field, context), multiple: true };
			const min = type.minItems ? { min: type.minItems } : {};
			if (item.kind === 'object') {
				const first = item.fields.find((f) => f.type.kind === 'string' && f.required) ?? item.fields[0];
				return {
					widget: 'list',
					...min,
					...(first ? { summary: `{{fields.${first.name}}}` } : {}),
					fields: item.fields.map((f) => cmsField(f, context)),
				};
			}
			const itemWidget = widgetOf(item, { ...field, required: true }, context);
			return { widget: 'list', ...min, field: { name: field.name, label: label(field.path, field.name, context), ...itemWidget } };
		}
		case 'object':
			return { widget: 'object', fields: type.fields.map((f) => cmsField(f, context)) };
	}
}

/**
 * What the form says when a value does not match a field's pattern: the schema's own message (the
 * one the build gives), in the admin's language; a pattern the schema gives no words for gets the
 * admin's general one.
 */
function patternMessage(message: string | undefined, language: WriterLanguage): string {
	if (!message) return adminText[language].patternMismatch;
	if (language === 'en') return message;
	return spanishPatternMessages[message] ?? adminText[language].patternMismatch;
}

/** A picker of entries of another collection, shown by title (organisations by name); saves the entry's id. */
function relation(target: CollectionName, multiple: boolean): Widget {
	const shown = target === 'organisations' ? 'name' : 'title';
	return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown], multiple };
}

/** An option's words, from the site's own interface text ("memoria.phase.design" → "Design"), with its value. */
function optionLabel(field: string, value: string, language: WriterLanguage): string {
	const t = uiStrings[language] as Record<string, string>;
	const words = t[`memoria.${field}.${value}`] ?? (field === 'status' ? (t[`memoria.status.${value}`] ?? t[`memoria.review.${value}`]) : undefined);
	return words && words.toLowerCase() !== value ? `${words} (${value})` : value;
}
