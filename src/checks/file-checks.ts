import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { docsSchema as starlightDocsSchema } from '@astrojs/starlight/schema';
import type { SiteConfig } from '../config/site-config';
import type { ErrorId } from '../errors/catalogue';
import type { WriterLanguage } from '../errors/writer-language';
import { type CollectionName, registryEntries } from '../model/registry';
import { inSchemaLanguage } from '../schemas/schema-language';
import { calendarDate, notARealDate } from '../schemas/shared';
import { checkBody, type BodyLink } from './body-checks';
import { checkBodyH1 } from './body-h1';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { nearestField, schemaFields } from './field-names';
import { checkGuideFrontmatter } from './guide-frontmatter';
import { checkPersonalData } from './personal-data';
import { checkTemplatePlaceholders } from './template-placeholders';

/**
 * The checks of one content file that need no other file: can it be read, do its fields match
 * their schema, are the images and the markup of its body sound, and which links does its body
 * hold (checked later against every address of the site). The whole site's checks (run-checks.ts)
 * run these once per file; the dev server runs them again only for a file that changed.
 */
export interface FileCheck {
	/** Reading and fields (step 1 of run-checks.ts), in order. */
	fields: Finding[];
	/** Unknown fields of a guide brought from another tool: warnings, reported once per name across the site. */
	guideFieldWarnings: Finding[];
	/** Its body: images, raw HTML, headings (step 4). */
	body: Finding[];
	/** Its data as the schema parsed it; undefined when it could not be read or does not match. */
	data: Record<string, unknown> | undefined;
	/** The links of its body, for the link check. */
	links: BodyLink[];
	/** Personal data in it, found when first asked (only published files are asked). */
	personalData?: Finding[];
}

const docsSchema = z.looseObject({ title: z.string().min(1), sourceChecked: calendarDate.optional(), visibility: z.enum(['public', 'internal']).optional() });
/** A guide's known fields: Starlight's frontmatter and Memoria's additions. */
const guideFields = [...schemaFields(starlightDocsSchema()({ image: () => z.any() } as never) as z.ZodType), 'sourceChecked', 'visibility'];
/** Each collection's schema, from the registry (guides: Starlight's fields, checked loosely). */
const schemas = {} as Record<CollectionName, z.ZodType>;
for (const [name, spec] of registryEntries()) schemas[name] = spec.schema?.({}) ?? docsSchema;

/** The fields a collection's files may have, for messages about unknown ones. */
export const knownFields = (file: ContentFile) => (file.collection === 'docs' ? guideFields : schemaFields(schemas[file.collection]));

/** Where in a file a field is: its path, and the line when it can be found. */
export function fieldPlace(file: ContentFile, field?: string): { file: string; line: number | undefined; field: string | undefined } {
	return {
		file: file.path,
		line: field ? ((field.includes('.') ? file.lineOf?.(field) : undefined) ?? file.fieldLines.get(field.split('.')[0]!)) : undefined,
		field,
	};
}

export interface FileCheckOptions {
	root: string;
	config: SiteConfig;
	language: WriterLanguage;
}

/** Checks one file alone, the schemas' messages (theirs and zod's) in the writer's language (schemas/schema-language.ts). */
export function checkFile(file: ContentFile, options: FileCheckOptions): FileCheck {
	return inSchemaLanguage(options.language, () => checkFileAlone(file, options));
}

function checkFileAlone(file: ContentFile, { root, config, language }: FileCheckOptions): FileCheck {
	const check: FileCheck = { fields: [], guideFieldWarnings: [], body: [], data: undefined, links: [] };
	const at = (field?: string) => fieldPlace(file, field);
	for (const problem of file.problems) {
		const suggestion = file.key
			.split('/')
			.at(-1)!
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
		check.fields.push(
			finding(
				'error',
				problem.id,
				{ problem: problem.problem ?? '', code: problem.code, suggestion } as never,
				{ file: file.path, line: problem.line },
				language
			)
		);
	}
	if (!file.data) return check;
	fieldChecks(file, check, at, { root, config, language });
	// Bodies: images, raw HTML, a heading that would be a second h1, and links to check against the site.
	if (file.collection !== 'organisations') {
		const body = checkBody(file, root, config.allowRawHtml, language);
		check.body.push(...body.findings, ...checkBodyH1(file, language));
		check.links = body.links;
	}
	return check;
}

function fieldChecks(file: ContentFile, check: FileCheck, at: (field?: string) => ReturnType<typeof fieldPlace>, { root, config, language }: FileCheckOptions) {
	const data = file.data!;
	// Unknown fields: a near miss of a known one is always an error; other unknown fields are
	// errors in Memoria's collections, and a warning (once per name) in guides from other tools.
	const known = knownFields(file);
	for (const field of Object.keys(data)) {
		if (known.includes(field)) continue;
		const suggestion = nearestField(field, known);
		if (suggestion) check.fields.push(finding('error', 'unknown-field', { field, suggestion }, at(field), language));
		else if (file.collection !== 'docs') check.fields.push(finding('error', 'unknown-field', { field }, at(field), language));
		else if (!config.guideFields.allow.includes(field))
			check.guideFieldWarnings.push(finding('warning', 'unknown-field', { field, guide: true }, at(field), language));
	}
	// A date YAML moved silently into another day: the schema sees a valid date, the writer meant another.
	if (file.impossibleDates?.length) {
		for (const { field, text } of file.impossibleDates)
			check.fields.push(finding('error', 'invalid-field', { field, problem: notARealDate(text) }, at(field), language));
		return;
	}
	const result = schemas[file.collection].safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const field = issue.path.join('.') || '(frontmatter)';
			// A problem the schema names itself (a self-assessment's structure) keeps its own id and hint.
			const own = issue.code === 'custom' ? (issue.params as { memoriaId?: ErrorId; memoriaParams?: unknown } | undefined) : undefined;
			if (own?.memoriaId) check.fields.push(finding('error', own.memoriaId, own.memoriaParams as never, at(field), language));
			else check.fields.push(finding('error', 'invalid-field', { field, problem: issue.message }, at(field), language));
		}
		return;
	}
	check.data = result.data as Record<string, unknown>;
	check.fields.push(...checkTemplatePlaceholders(file, data, language));
	if (file.collection === 'docs') check.fields.push(...checkGuideFrontmatter(file, data, config.allowRawHtml, language));
	const cover = (result.data as { cover?: { src: string } }).cover;
	if (cover && !/^https?:/.test(cover.src) && !existsSync(join(root, dirname(file.path), cover.src))) {
		check.fields.push(finding('error', 'missing-image', { image: cover.src }, at('cover'), language));
	}
}

/** Personal data in a file, checked once and remembered with the file's check. */
export function personalDataOf(file: ContentFile, check: FileCheck, config: SiteConfig, language: WriterLanguage): Finding[] {
	check.personalData ??= checkPersonalData(file, config.personalData, language);
	return check.personalData;
}
