import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { SiteConfig } from '../config/site-config';
import type { ErrorId } from '../errors/catalogue';
import type { WriterLanguage } from '../errors/writer-language';
import { buildContentGraph, ContentGraphError, type RawCollections } from '../model/content-graph';
import { createLocales } from '../site/locales';
import { closestId } from '../lib/closest-id';
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
import { checkBodyH1 } from './body-h1';
import { readContentFiles, type ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { nearestField, schemaFields } from './field-names';
import { checkGuideFrontmatter } from './guide-frontmatter';
import { checkInterfaceText, readThemes } from './data-files';
import { checkSvgFiles } from './svg-files';
import { checkTemplatePlaceholders } from './template-placeholders';
import { checkPersonalData } from './personal-data';
import { checkPersonalDataElsewhere } from './personal-data-elsewhere';
import { checkAllowList } from './personal-data-allow';
import { publicationFacts, type PublicationFacts } from './publication-facts';
import { guideAddresses, resolves, siteAddresses } from './site-addresses';
import { docsSchema as starlightDocsSchema } from '@astrojs/starlight/schema';
import { internalPlaceholder } from '../model/audience-loader';
import { publication } from './publication';
import { createUrlBuilder } from '../site/urls';
import { guidePath } from '../lib/guide-path';
import { sections, type Section } from '../model/sections';

/**
 * Every content check in one pass, as the build and `memoria check` run them: files readable,
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
/** A guide's known fields: Starlight's frontmatter and Memoria's additions. */
const guideFields = [...schemaFields(starlightDocsSchema()({ image: () => z.any() } as never) as z.ZodType), 'sourceChecked', 'visibility'];
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

export function runChecks(options: CheckOptions): Finding[] {
	return checkContent(options).findings;
}

/** The checks' findings, and for a public build what it must leave out (publication-facts.ts). */
export function checkContent({ root, config, audience, language, today = new Date() }: CheckOptions): { findings: Finding[]; facts: PublicationFacts } {
	// zod's own messages ("expected one of …") in the writer's language too.
	z.config(language === 'es' ? z.locales.es() : z.locales.en());
	const files = readContentFiles({ root, languages: config.languages, defaultLanguage: config.defaultLanguage, mdx: config.mdx });
	const findings: Finding[] = [];
	// Whether a file is published in a public build: it says so, and so does its original, whatever
	// its language (visibility.ts); and which entries have no clear original, for the graph to report.
	const publicationOfFiles = publication(files, config);
	const { published, unsettled } = publicationOfFiles;
	const at = (file: ContentFile, field?: string) => ({
		file: file.path,
		line: field ? ((field.includes('.') ? file.lineOf?.(field) : undefined) ?? file.fieldLines.get(field.split('.')[0]!)) : undefined,
		field,
	});

	// 1. Files that cannot be read, and fields that do not match their schema.
	const parsed = new Map<ContentFile, Record<string, unknown>>();
	const warnedGuideFields = new Set<string>();
	for (const file of files) {
		for (const problem of file.problems) {
			const suggestion = file.key
				.split('/')
				.at(-1)!
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '');
			findings.push(finding('error', problem.id, { problem: problem.problem ?? '', suggestion } as never, { file: file.path, line: problem.line }, language));
		}
		if (!file.data) continue;
		// Unknown fields: a near miss of a known one is always an error; other unknown fields are
		// errors in Memoria's collections, and a warning (once per name) in guides from other tools.
		const known = file.collection === 'docs' ? guideFields : schemaFields(schemas[file.collection] as z.ZodType);
		for (const field of Object.keys(file.data)) {
			if (known.includes(field)) continue;
			const suggestion = nearestField(field, known);
			if (suggestion) findings.push(finding('error', 'unknown-field', { field, suggestion }, at(file, field), language));
			else if (file.collection !== 'docs') findings.push(finding('error', 'unknown-field', { field }, at(file, field), language));
			else if (!config.guideFields.allow.includes(field) && !warnedGuideFields.has(field)) {
				warnedGuideFields.add(field);
				findings.push(finding('warning', 'unknown-field', { field, guide: true }, at(file, field), language));
			}
		}
		// A date YAML moved silently into another day: the schema sees a valid date, the writer meant another.
		if (file.impossibleDates?.length) {
			for (const { field, text } of file.impossibleDates) {
				const problem =
					language === 'es'
						? `"${text}" no es una fecha real. Escríbela como AAAA-MM-DD, por ejemplo 2024-03-15.`
						: `"${text}" is not a real date. Write it as YYYY-MM-DD, for example 2024-03-15.`;
				findings.push(finding('error', 'invalid-field', { field, problem }, at(file, field), language));
			}
			continue;
		}
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
		findings.push(...checkTemplatePlaceholders(file, file.data, language));
		if (file.collection === 'docs') findings.push(...checkGuideFrontmatter(file, file.data, config.allowRawHtml, language));
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
	const themes = readThemes(root, language);
	findings.push(...themes.findings, ...checkInterfaceText(root, config.allowRawHtml, language), ...checkSvgFiles(root, config.allowRawHtml, language));
	const themeData = themes.data;
	const raw = Object.fromEntries([...sections, 'themes'].map((name) => [name, []])) as unknown as RawCollections;
	for (const [id, data] of Object.entries(themeData)) {
		const theme = themeSchema().safeParse(data);
		if (theme.success) raw.themes.push({ id, filePath: 'content/themes.yaml', data: theme.data });
		else findings.push(finding('error', 'invalid-field', { field: id, problem: theme.error.issues[0]!.message }, { file: 'content/themes.yaml' }, language));
	}
	// As the build sees them: in a public build an entry that is not provably public is a placeholder,
	// and so is one whose fields are wrong (it is reported above, and must not make every reference
	// to it "unknown" too).
	const internalFiles: ContentFile[] = [];
	for (const file of files) {
		if (file.collection === 'docs' || file.problems.length > 0) continue;
		const data = parsed.get(file);
		// An entry without a clear original is shown to the graph whole, which says what is wrong with it.
		const hidden = audience === 'public' && (!data || (!published(file) && !unsettled(file)));
		if (hidden && data) internalFiles.push(file);
		const id = file.language === config.defaultLanguage ? file.key : `${file.language}/${file.key}`;
		(raw[file.collection] as unknown[]).push({ id, filePath: file.path, data: hidden ? { ...internalPlaceholder } : data });
	}
	// A public entry's slug or alias that is an internal entry's address: the graph sees only a
	// placeholder there, and the page would stand where the internal one's address was.
	const internalSlugs = new Map<string, string>();
	for (const file of internalFiles) {
		for (const slug of [file.key, file.data?.slug, ...(Array.isArray(file.data?.aliases) ? file.data.aliases : [])]) {
			if (typeof slug === 'string') internalSlugs.set(`${file.collection}/${slug}`, file.path);
		}
	}
	for (const [file, data] of parsed) {
		if (file.collection === 'docs' || internalFiles.includes(file)) continue;
		for (const [field, values] of [
			['slug', [data.slug]],
			['aliases', Array.isArray(data.aliases) ? data.aliases : []],
		] as const) {
			for (const slug of values) {
				const other = typeof slug === 'string' ? internalSlugs.get(`${file.collection}/${slug}`) : undefined;
				if (other && other !== file.path) findings.push(finding('error', 'duplicate-address', { slug: String(slug), other }, at(file, field), language));
			}
		}
	}
	let graph: ReturnType<typeof buildContentGraph> | undefined;
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

	// What a public build must leave out (publication-facts.ts), decided from the same files and rule.
	const facts: PublicationFacts = audience === 'public' ? publicationFacts(files, config, locales, root, publicationOfFiles) : { internal: [], withheld: [] };

	// 4. Bodies: images, raw HTML, a heading that would be a second h1, and links to addresses the site will have.
	const links: BodyLink[] = [];
	for (const file of files) {
		if (file.collection === 'organisations' || !file.data) continue;
		const body = checkBody(file, root, config.allowRawHtml, language);
		findings.push(...body.findings, ...checkBodyH1(file, language));
		links.push(...body.links);
	}
	if (graph) {
		// A build leaves draft guides out (Starlight's rule); a published translation of one is shown in every language.
		const [drafted, publicDocs] = partition(
			files.filter((f) => f.collection === 'docs' && f.data && (audience === 'internal' || published(f))),
			(f) => f.data!.draft === true
		);
		const addresses = siteAddresses(graph, locales, publicDocs, config.pageSize);
		// Where only drafts would be: a link there is broken, and the writer is told why.
		const drafts = guideAddresses(drafted, locales).difference(addresses);
		// The addresses internal entries would have: a public link to one is reported as such, at its Markdown file.
		const internal = new Set(facts.internal.flatMap((entry) => entry.addresses));
		const urls = createUrlBuilder(locales, '/');
		for (const link of links) {
			// Links that leave the site, or stay on the page, are not the site's to check.
			if (!link.relative && (!link.target.startsWith('/') || link.target.startsWith('//'))) continue;
			// A relative link leads where the browser would take it from the page's own address.
			const target = link.relative ? relativeTarget(link.target, link.file, urls) : link.target;
			if (target === undefined || resolves(target, addresses, root)) continue;
			let path = target.split(/[?#]/)[0]!;
			try {
				path = decodeURI(path);
			} catch {
				// Reported below as written.
			}
			if (internal.has(path) || internal.has(`${path}/`)) {
				findings.push(finding('error', 'link-to-internal', { link: link.target }, { file: link.file.path, line: link.line }, language));
				continue;
			}
			const draft = drafts.has(path) || drafts.has(`${path}/`);
			const suggestion = draft ? undefined : closestId(path, addresses);
			findings.push(finding('error', 'broken-link', { link: link.target, suggestion, draft }, { file: link.file.path, line: link.line }, language));
		}
	}

	// 5. What the public build would publish: personal data (in entries, and in file names and the
	//    site's other files), and retention dates.
	findings.push(...checkAllowList(root, config.personalData.allow, language));
	if (audience === 'public') {
		const publishedFiles = [...parsed.keys()].filter(published);
		findings.push(...checkPersonalDataElsewhere(root, publishedFiles, config.personalData, language));
	}
	const day = today.toISOString().slice(0, 10);
	for (const [file, data] of parsed) {
		const isPublicFile = published(file);
		if (audience === 'public' && isPublicFile) findings.push(...checkPersonalData(file, config.personalData, language));
		const reviewBy = data.reviewBy as Date | undefined;
		if (reviewBy && reviewBy.toISOString().slice(0, 10) < day) {
			findings.push(finding('warning', 'review-due', { date: reviewBy.toISOString().slice(0, 10) }, at(file, 'reviewBy'), language));
		}
		const retainUntil = data.retainUntil as Date | undefined;
		if (retainUntil && isPublicFile && !data.archived && retainUntil.toISOString().slice(0, 10) < day) {
			findings.push(finding('error', 'retention-expired', { date: retainUntil.toISOString().slice(0, 10) }, at(file, 'retainUntil'), language));
		}
	}
	return { findings, facts };
}

/** The items that pass a test, and those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
	const [yes, no]: [T[], T[]] = [[], []];
	for (const item of items) (test(item) ? yes : no).push(item);
	return [yes, no];
}

/** The address a relative link of a file's body leads to, from the address of the file's page. */
function relativeTarget(target: string, file: ContentFile, urls: ReturnType<typeof createUrlBuilder>): string | undefined {
	const section = file.collection as Section;
	const page = sections.includes(section)
		? urls.entry(section, typeof file.data?.slug === 'string' ? file.data.slug : file.key, file.language)
		: file.collection === 'docs'
			? urls.page(guidePath(file.key), file.language)
			: undefined;
	if (!page) return undefined;
	const resolved = new URL(target, `http://site${page}`);
	return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
