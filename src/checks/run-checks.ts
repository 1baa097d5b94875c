import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { SiteConfig } from '../config/site-config';
import type { ErrorId } from '../errors/catalogue';
import type { WriterLanguage } from '../errors/writer-language';
import { buildContentGraph, ContentGraphError, type RawCollections } from '../lib/content-graph';
import { createLocales } from '../lib/locales';
import { closestId } from '../lib/references';
import { assessmentSchema } from '../schemas/assessment';
import { callSchema } from '../schemas/call';
import { learningSchema } from '../schemas/learning';
import { outcomeSchema } from '../schemas/outcome';
import { organisationSchema } from '../schemas/organisation';
import { postSchema } from '../schemas/post';
import { projectSchema } from '../schemas/project';
import { calendarDate } from '../schemas/shared';
import { themeSchema } from '../schemas/theme';
import { checkBody, type BodyLink } from './body-checks';
import { readContentFiles, type ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { checkPersonalData } from './personal-data';
import { resolves, siteAddresses } from './site-addresses';
import { parse } from 'yaml';

/**
 * Every content check in one pass, as the build and `npm run check` run them: files readable,
 * fields valid, references and translations sound, addresses unique, images described and
 * present, no raw script, links that lead somewhere, no personal data and no expired retention
 * in what the public build would publish.
 */
export interface CheckOptions {
	root: string;
	config: SiteConfig;
	audience: 'public' | 'internal';
	language: WriterLanguage;
	today?: Date;
}

const docsSchema = z.looseObject({ title: z.string().min(1), sourceChecked: calendarDate.optional(), visibility: z.enum(['public', 'internal']).optional() });
const schemas = {
	projects: projectSchema(),
	learnings: learningSchema(),
	outcomes: outcomeSchema(),
	calls: callSchema(),
	posts: postSchema(),
	organisations: organisationSchema(),
	assessments: assessmentSchema(),
	docs: docsSchema,
} as const;

export function runChecks({ root, config, audience, language, today = new Date() }: CheckOptions): Finding[] {
	// zod's own messages ("expected one of …") in the writer's language too.
	z.config(language === 'es' ? z.locales.es() : z.locales.en());
	const files = readContentFiles(root, config.languages, config.defaultLanguage);
	const findings: Finding[] = [];
	const at = (file: ContentFile, field?: string) => ({
		file: file.path,
		line: field ? (field.includes('.') ? file.lineOf?.(field) : undefined) ?? file.fieldLines.get(field.split('.')[0]!) : undefined,
		field,
	});

	// 1. Files that cannot be read, and fields that do not match their schema.
	const parsed = new Map<ContentFile, Record<string, unknown>>();
	for (const file of files) {
		for (const problem of file.problems) {
			findings.push(finding('error', problem.id, { problem: problem.problem ?? '' } as never, { file: file.path, line: problem.line }, language));
		}
		if (!file.data) continue;
		const result = schemas[file.collection].safeParse(file.data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = issue.path.join('.') || '(frontmatter)';
				// A problem the schema names itself (a self-assessment's structure) keeps its own id and hint.
				const own = issue.code === 'custom' ? (issue.params as { memoriaId?: ErrorId; memoriaParams?: unknown } | undefined) : undefined;
				if (own?.memoriaId) findings.push(finding('error', own.memoriaId, own.memoriaParams as never, at(file, field), language));
				else findings.push(finding('error', 'invalid-field', { field, problem: issue.message }, at(file, field), language));
			}
			continue;
		}
		parsed.set(file, result.data as Record<string, unknown>);
		const cover = (result.data as { cover?: { src: string } }).cover;
		if (cover && !/^https?:/.test(cover.src) && !existsSync(join(root, dirname(file.path), cover.src))) {
			findings.push(finding('error', 'missing-image', { image: cover.src }, at(file, 'cover'), language));
		}
	}

	// 2. Two files claiming one entry (foo.md beside foo.mdx).
	const seen = new Map<string, string>();
	for (const file of files) {
		const id = `${file.collection}/${file.language}/${file.key}`;
		const other = seen.get(id);
		if (other) findings.push(finding('error', 'duplicate-id', { id: file.key, other }, { file: file.path }, language));
		else seen.set(id, file.path);
	}

	// 3. References, translations and addresses, through the same graph the site is built from.
	const locales = createLocales(config);
	const themesFile = join(root, 'content', 'themes.yaml');
	const themeData = existsSync(themesFile) ? ((parse(readFileSync(themesFile, 'utf8')) as Record<string, unknown>) ?? {}) : {};
	const raw = { projects: [], learnings: [], outcomes: [], calls: [], posts: [], organisations: [], assessments: [], themes: [] } as unknown as RawCollections;
	for (const [id, data] of Object.entries(themeData)) {
		const theme = themeSchema().safeParse(data);
		if (theme.success) raw.themes.push({ id, filePath: 'content/themes.yaml', data: theme.data });
		else findings.push(finding('error', 'invalid-field', { field: id, problem: theme.error.issues[0]!.message }, { file: 'content/themes.yaml' }, language));
	}
	for (const [file, data] of parsed) {
		if (file.collection === 'docs') continue;
		const id = file.language === config.defaultLanguage ? file.key : `${file.language}/${file.key}`;
		(raw[file.collection] as unknown[]).push({ id, filePath: file.path, data });
	}
	let graph;
	try {
		graph = buildContentGraph(raw, locales);
	} catch (error) {
		if (!(error instanceof ContentGraphError)) throw error;
		for (const problem of error.problems) {
			const file = files.find((f) => f.path === problem.file);
			findings.push({
				severity: 'error',
				id: problem.id ?? 'unknown-reference',
				file: problem.file,
				field: problem.field || undefined,
				line: file ? at(file, problem.field || undefined).line : undefined,
				message: problem.text ?? problem.message,
				hint: problem.hint ?? '',
			});
		}
	}

	// 4. Bodies: images, raw HTML, and links to addresses the site will have.
	const links: BodyLink[] = [];
	for (const file of files) {
		if (file.collection === 'organisations' || !file.data) continue;
		const body = checkBody(file, root, config.allowRawHtml, language);
		findings.push(...body.findings);
		links.push(...body.links);
	}
	if (graph) {
		const addresses = siteAddresses(graph, locales, files.filter((f) => f.collection === 'docs'), config.pageSize);
		for (const link of links) {
			if (resolves(link.target, addresses, root)) continue;
			const suggestion = closestId(link.target.split(/[?#]/)[0]!, addresses);
			findings.push(finding('error', 'broken-link', { link: link.target, suggestion }, { file: link.file.path, line: link.line }, language));
		}
	}

	// 5. What the public build would publish: personal data, and retention dates.
	const allowed = new Set(config.personalData.allow);
	const day = today.toISOString().slice(0, 10);
	for (const [file, data] of parsed) {
		const visibility = (data.visibility as string | undefined) ?? config.defaultVisibility;
		if (audience === 'public' && visibility === 'public') findings.push(...checkPersonalData(file, allowed, language));
		const reviewBy = data.reviewBy as Date | undefined;
		if (reviewBy && reviewBy.toISOString().slice(0, 10) < day) {
			findings.push(finding('warning', 'review-due', { date: reviewBy.toISOString().slice(0, 10) }, at(file, 'reviewBy'), language));
		}
		const retainUntil = data.retainUntil as Date | undefined;
		if (retainUntil && visibility === 'public' && !data.archived && retainUntil.toISOString().slice(0, 10) < day) {
			findings.push(finding('error', 'retention-expired', { date: retainUntil.toISOString().slice(0, 10) }, at(file, 'retainUntil'), language));
		}
	}
	return findings;
}
