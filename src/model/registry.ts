import type { z } from 'zod';
import { assessmentSchema } from '../schemas/assessment';
import { callSchema } from '../schemas/call';
import { learningSchema } from '../schemas/learning';
import { organisationSchema } from '../schemas/organisation';
import { outcomeSchema } from '../schemas/outcome';
import { postSchema } from '../schemas/post';
import { projectSchema } from '../schemas/project';

/**
 * Memoria's collections, declared once. The content loaders, the checks, the routes, the
 * content graph, translation status, `memoria new`, the JSON Schemas, the exports, the search
 * facets and the theme pages all read this table, so a collection added here (with its schema,
 * template and view) appears in every one of them.
 *
 * Guides (`docs`, Starlight's collection) are listed too: they are files writers add and
 * translate, but Starlight routes them, so they have no section of their own here.
 */
export interface CollectionSpec {
	/**
	 * The word of its address in each language Memoria speaks ("aprendizajes"); English is the
	 * fallback for any other. A site may rename it in memoria.config.ts (`slugs`).
	 */
	slugs?: { readonly en: string } & Readonly<Record<string, string>>;
	/** Its folder under `content/`; each other language in a sub-folder at the same path. */
	folder: string;
	/** Markdown files with frontmatter, or data files (YAML, JSON). */
	format: 'markdown' | 'data';
	/** The zod schema of one file, as a factory (Astro passes `image` for image fields). */
	schema?: (context: { image?: () => z.ZodType }) => z.ZodType;
	/** The schema's source file in src/schemas/, whose field comments describe its JSON Schema. */
	schemaSource?: string;
	/** The title of its JSON Schema, shown by editors. */
	jsonSchemaTitle?: string;
	/** The word `memoria new` uses for one entry (its template is src/cli/templates/<kind>.ts). */
	kind: string;
	/**
	 * How its pages are made: `section` gives a listing and one page per entry (route
	 * src/routes/entries/<name>.astro), `starlight` leaves them to Starlight's docs route.
	 */
	pages: 'section' | 'starlight';
	/** Whether its entries carry themes and countries, so theme and country pages list them. */
	themed: boolean;
	/** Fields whose values are ids of entries in another collection, checked at build time. */
	references: readonly { field: string; target: string }[];
	/** The frontmatter field that dates an entry (listings, exports, search's year filter). */
	dateField?: string;
	/**
	 * The projects an entry belongs to, for the search page's project filter: the entry itself,
	 * one project field, or a list of them.
	 */
	projects?: 'self' | { field: string; count: 'one' | 'many' };
	/** Extra fields of a file that mean it is retired from search ranking (drafts, archived projects). */
	retiredWhen?: readonly { field: string; value: unknown }[];
	/**
	 * Its text fields, which a translation rewrites, as paths: "questions.why", "agenda[]" (every
	 * item), "tools[].purpose". `memoria new translate` marks them; ids, dates and numbers are copied.
	 */
	translatedFields: readonly string[];
	/** Other words a writer may use for `kind` in `memoria new`: plural, Spanish, other spellings. */
	aliases: readonly string[];
	/**
	 * Whether its listing has an RSS feed (`<listing>/rss.xml`), and its place among the feeds every
	 * page announces: 1 comes first, the one a feed reader picks when told only the site's address.
	 */
	feed?: number;
	/** The sub-folder new files go in, when not the collection's own folder (guides: `guides`). */
	newFilesIn?: string;
}

const entryFiles = { format: 'markdown', themed: true, pages: 'section' } as const;

export const collectionRegistry = {
	projects: {
		...entryFiles,
		slugs: { en: 'projects', es: 'proyectos' },
		folder: 'projects',
		kind: 'project',
		schema: () => projectSchema(),
		schemaSource: 'project.ts',
		jsonSchemaTitle: 'Memoria project (content/projects/)',
		references: [{ field: 'organisations', target: 'organisations' }],
		dateField: 'start',
		projects: 'self',
		retiredWhen: [{ field: 'status', value: 'archived' }],
		translatedFields: ['title', 'summary', 'communities[]', 'objectives[]', 'tools[].purpose', 'questions.why', 'questions.how', 'questions.which'],
		aliases: ['projects', 'proyecto', 'proyectos'],
	},
	learnings: {
		...entryFiles,
		slugs: { en: 'learnings', es: 'aprendizajes' },
		folder: 'learnings',
		kind: 'learning',
		schema: () => learningSchema(),
		schemaSource: 'learning.ts',
		jsonSchemaTitle: 'Memoria learning (content/learnings/)',
		references: [
			{ field: 'project', target: 'projects' },
			{ field: 'organisations', target: 'organisations' },
		],
		dateField: 'date',
		feed: 2,
		projects: { field: 'project', count: 'one' },
		retiredWhen: [{ field: 'status', value: 'draft' }],
		translatedFields: [
			'title',
			'summary',
			'expected',
			'happened',
			'why',
			'lesson',
			'recommendations[].action',
			'recommendations[].owner',
			'evidence[].reference',
			'evidence[].note',
			'authors[]',
		],
		aliases: ['learnings', 'lesson', 'lessons', 'aprendizaje', 'aprendizajes'],
	},
	outcomes: {
		...entryFiles,
		slugs: { en: 'outcomes', es: 'alcances' },
		folder: 'outcomes',
		kind: 'outcome',
		schema: () => outcomeSchema(),
		schemaSource: 'outcome.ts',
		jsonSchemaTitle: 'Memoria outcome (content/outcomes/)',
		references: [
			{ field: 'projects', target: 'projects' },
			{ field: 'learnings', target: 'learnings' },
			{ field: 'organisations', target: 'organisations' },
		],
		dateField: 'date',
		projects: { field: 'projects', count: 'many' },
		translatedFields: ['title', 'summary', 'who', 'change', 'significance', 'contribution', 'verifiedBy', 'evidence[].reference', 'evidence[].note'],
		aliases: ['outcomes', 'alcance', 'alcances', 'resultado', 'resultados'],
	},
	calls: {
		...entryFiles,
		slugs: { en: 'calls', es: 'llamadas' },
		folder: 'calls',
		kind: 'call',
		schema: () => callSchema(),
		schemaSource: 'call.ts',
		jsonSchemaTitle: 'Memoria call notes (content/calls/)',
		references: [
			{ field: 'organisations', target: 'organisations' },
			{ field: 'projects', target: 'projects' },
			{ field: 'learnings', target: 'learnings' },
		],
		dateField: 'date',
		projects: { field: 'projects', count: 'many' },
		translatedFields: ['title', 'summary', 'facilitator', 'agenda[]', 'decisions[]', 'actions[].what', 'actions[].owner'],
		aliases: ['calls', 'llamada', 'llamadas'],
	},
	posts: {
		...entryFiles,
		slugs: { en: 'blog', es: 'blog' },
		folder: 'posts',
		kind: 'post',
		schema: ({ image }) => postSchema(image ? { image } : {}),
		schemaSource: 'post.ts',
		jsonSchemaTitle: 'Memoria blog post (content/posts/)',
		references: [{ field: 'projects', target: 'projects' }],
		dateField: 'date',
		feed: 1,
		projects: { field: 'projects', count: 'many' },
		translatedFields: ['title', 'summary', 'authors[]', 'series.title', 'cover.alt'],
		aliases: ['posts', 'blog', 'entrada', 'entradas'],
	},
	organisations: {
		format: 'data',
		pages: 'section',
		themed: false,
		slugs: { en: 'organisations', es: 'organizaciones' },
		folder: 'organisations',
		kind: 'organisation',
		schema: () => organisationSchema(),
		schemaSource: 'organisation.ts',
		jsonSchemaTitle: 'Memoria organisation (content/organisations/)',
		references: [],
		// An organisation's name is its own in every language; only what it does is described.
		translatedFields: ['description'],
		aliases: ['organisations', 'organization', 'organizations', 'organizacion', 'organización', 'organizaciones'],
	},
	assessments: {
		format: 'markdown',
		pages: 'section',
		themed: false,
		slugs: { en: 'assessments', es: 'autoevaluaciones' },
		folder: 'assessments',
		kind: 'assessment',
		schema: () => assessmentSchema(),
		schemaSource: 'assessment.ts',
		jsonSchemaTitle: 'Memoria self-assessment (content/assessments/)',
		references: [],
		// Ids, scores and band ranges stay as they are: they must match the original's.
		translatedFields: [
			'title',
			'description',
			'intro',
			'dimensions[].label',
			'dimensions[].description',
			'dimensions[].bands[].title',
			'dimensions[].bands[].message',
			'dimensions[].bands[].next[]',
			'questions[].text',
			'questions[].help',
			'questions[].options[].label',
			'overall[].title',
			'overall[].message',
			'overall[].next[]',
		],
		aliases: ['assessments', 'self-assessment', 'autoevaluacion', 'autoevaluación'],
	},
	docs: {
		format: 'markdown',
		pages: 'starlight',
		themed: false,
		folder: 'docs',
		kind: 'guide',
		references: [],
		translatedFields: ['title', 'description'],
		aliases: ['guides', 'guia', 'guía', 'guias', 'guías'],
		newFilesIn: 'guides',
	},
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionRegistry;
/** What `memoria new` creates: one word per collection ("learning"), from the registry. */
export type KindName = (typeof collectionRegistry)[CollectionName]['kind'];
/** The registry as a plain table, for code that loops over every collection. */
export const registryEntries = (): [CollectionName, CollectionSpec][] => Object.entries(collectionRegistry) as [CollectionName, CollectionSpec][];
