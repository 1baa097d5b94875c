import type { SiteConfig } from '../config/site-config';
import type { WriterLanguage } from '../errors/writer-language';
import { buildContentGraph, ContentGraphError, type RawCollections } from '../model/content-graph';
import { createLocales } from '../site/locales';
import { closestId } from '../lib/closest-id';
import { themeSchema } from '../schemas/theme';
import { inSchemaLanguage } from '../schemas/schema-language';
import type { BodyLink } from './body-checks';
import { readContentFiles, type ContentFile } from './content-files';
import { checkFile, fieldPlace, personalDataOf, type FileCheck } from './file-checks';
import { finding, type Finding } from './findings';
import { checkInterfaceText, readThemes } from './data-files';
import { checkSvgFiles } from './svg-files';
import { checkFileNames, checkSiteTexts } from './personal-data-elsewhere';
import { checkAllowList } from './personal-data-allow';
import { entryAddresses, publicationFacts, withheldAddresses, type PublicationFacts } from './publication-facts';
import { resolves, siteAddresses } from './site-addresses';
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
 *
 * In two parts, so the dev server can check again only what a saved file changes: the checks of
 * each file alone (file-checks.ts), and those across the site (checkSite), which read nothing
 * from disk but the site's few files that are not entries (checkSiteFiles).
 */
export interface CheckOptions {
	root: string;
	config: SiteConfig;
	audience: 'public' | 'internal';
	language: WriterLanguage;
	today?: Date;
	/** Whether drafts are shown, as on the dev server; a build never shows them (model/visibility.ts). */
	drafts?: boolean;
}

export function runChecks(options: CheckOptions): Finding[] {
	return checkContent(options).findings;
}

/** The checks' findings, and for a public build what it must leave out (publication-facts.ts). */
export function checkContent(options: CheckOptions): { findings: Finding[]; facts: PublicationFacts } {
	const { root, config, language } = options;
	const files = readContentFiles({ root, languages: config.languages, defaultLanguage: config.defaultLanguage, mdx: config.mdx });
	const checks = new Map(files.map((file) => [file, checkFile(file, { root, config, language })]));
	const site = checkSite(files, checks, checkSiteFiles(root, config, language), { ...options, facts: true });
	return { findings: site.findings, facts: site.facts! };
}

/** The checks of the site's files that are not entries: the theme vocabulary, interface text, SVG images, the allow list, personal data. */
export interface SiteFilesCheck {
	themes: Record<string, unknown>;
	/** Themes, interface text and SVG images (step 3). */
	files: Finding[];
	/** memoria.config.ts's allow list (step 5). */
	allowList: Finding[];
	/** Personal data in the theme vocabulary, interface text and configuration (step 5, public builds). */
	texts: Finding[];
}

export function checkSiteFiles(root: string, config: SiteConfig, language: WriterLanguage): SiteFilesCheck {
	const themes = readThemes(root, language);
	return {
		themes: themes.data,
		files: [...themes.findings, ...checkInterfaceText(root, config.allowRawHtml, language), ...checkSvgFiles(root, config.allowRawHtml, language)],
		allowList: checkAllowList(root, config.personalData.allow, language),
		texts: checkSiteTexts(root, config.personalData, language),
	};
}

/**
 * The checks across files, from each file's own check: duplicate files, references, translations
 * and addresses through the content graph, links against every address the site will have,
 * personal data and retention in what would be published. `facts`: also what a public build must
 * leave out, for the leak gate (a full read of internal texts, which the dev server does without).
 */
export function checkSite(
	files: readonly ContentFile[],
	checks: ReadonlyMap<ContentFile, FileCheck>,
	siteFiles: SiteFilesCheck,
	{ root, config, audience, language, today = new Date(), drafts = false, facts: wantFacts = false }: CheckOptions & { facts?: boolean }
): { findings: Finding[]; facts: PublicationFacts | undefined } {
	const findings: Finding[] = [];
	const checkOf = (file: ContentFile) => checks.get(file)!;
	// Whether a file is published in a public build: it says so, and so does its original, whatever
	// its language (visibility.ts); and which entries have no clear original, for the graph to report.
	const publicationOfFiles = publication(files, config, { audience, drafts });
	const { published, shown, unsettled } = publicationOfFiles;

	// 1. Files that cannot be read, and fields that do not match their schema; a guide's unknown field once per name.
	const warnedGuideFields = new Set<string>();
	for (const file of files) {
		findings.push(...checkOf(file).fields);
		for (const warning of checkOf(file).guideFieldWarnings) {
			if (warnedGuideFields.has(warning.field!)) continue;
			warnedGuideFields.add(warning.field!);
			findings.push(warning);
		}
	}
	const parsed = new Map<ContentFile, Record<string, unknown>>();
	for (const file of files) {
		const data = checkOf(file).data;
		if (data) parsed.set(file, data);
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
	findings.push(...siteFiles.files);
	const raw = Object.fromEntries([...sections, 'themes'].map((name) => [name, []])) as unknown as RawCollections;
	for (const [id, data] of Object.entries(siteFiles.themes)) {
		// zod words its messages when they are read: read them in the writer's language.
		const theme = inSchemaLanguage(language, () => {
			const result = themeSchema().safeParse(data);
			return result.success ? { data: result.data } : { problem: result.error.issues[0]!.message };
		});
		if ('data' in theme) raw.themes.push({ id, filePath: 'content/themes.yaml', data: theme.data });
		else findings.push(finding('error', 'invalid-field', { field: id, problem: theme.problem }, { file: 'content/themes.yaml' }, language));
	}
	// As the build sees them: in a public build an entry that is not provably public is a placeholder,
	// and so is one whose fields are wrong (it is reported above, and must not make every reference
	// to it "unknown" too); in every build, so is a draft.
	const internalFiles = new Set<ContentFile>();
	for (const file of files) {
		if (file.collection === 'docs' || file.problems.length > 0) continue;
		const data = parsed.get(file);
		// An entry without a clear original is shown to the graph whole, which says what is wrong with it.
		const hidden = (audience === 'public' && !data) || (!shown(file) && !unsettled(file));
		if (hidden && data) internalFiles.add(file);
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
		if (file.collection === 'docs' || internalFiles.has(file)) continue;
		for (const [field, values] of [
			['slug', [data.slug]],
			['aliases', Array.isArray(data.aliases) ? data.aliases : []],
		] as const) {
			for (const slug of values) {
				const other = typeof slug === 'string' ? internalSlugs.get(`${file.collection}/${slug}`) : undefined;
				if (other && other !== file.path)
					findings.push(finding('error', 'duplicate-address', { slug: String(slug), other }, fieldPlace(file, field), language));
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
				line: file ? fieldPlace(file, problem.field || undefined).line : undefined,
				message: problem.text ?? problem.message,
				hint: problem.hint ?? '',
			});
		}
	}

	// What a public build must leave out (publication-facts.ts), decided from the same files and rule.
	const facts: PublicationFacts | undefined =
		audience !== 'public' ? { internal: [], withheld: [] } : wantFacts ? publicationFacts(files, config, locales, root, publicationOfFiles) : undefined;

	// 4. Bodies: images, raw HTML, a heading that would be a second h1 (each file's own), and links to addresses the site will have.
	const links: BodyLink[] = [];
	for (const file of files) {
		findings.push(...checkOf(file).body);
		links.push(...checkOf(file).links);
	}
	if (graph) {
		const publicDocs = files.filter((f) => f.collection === 'docs' && f.data && shown(f));
		const addresses = siteAddresses(
			graph,
			locales,
			publicDocs,
			config.pageSize,
			config.network.members.map((member) => member.id)
		);
		// The addresses internal entries would have: a public link to one is reported as such, at its Markdown file.
		const internal = new Set(
			audience !== 'public'
				? []
				: facts
					? facts.internal.flatMap((entry) => entry.addresses)
					: [...withheldAddresses(files, locales, publicationOfFiles).values()].flat()
		);
		// And those of drafts, which no build has: entries whose original is held back only for being a draft.
		const withDrafts = drafts ? publicationOfFiles : publication(files, config, { audience, drafts: true });
		const draftOriginals = files.filter((f) => f.data && withDrafts.shown(f) && !shown(f) && publicationOfFiles.isOriginal(f));
		const draftAddresses = new Set(draftOriginals.flatMap((f) => entryAddresses(f, locales)));
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
			if (draftAddresses.has(path) || draftAddresses.has(`${path}/`)) {
				findings.push(finding('error', 'link-to-draft', { link: link.target }, { file: link.file.path, line: link.line }, language));
				continue;
			}
			if (internal.has(path) || internal.has(`${path}/`)) {
				findings.push(finding('error', 'link-to-internal', { link: link.target }, { file: link.file.path, line: link.line }, language));
				continue;
			}
			const suggestion = closestId(path, addresses);
			findings.push(finding('error', 'broken-link', { link: link.target, suggestion }, { file: link.file.path, line: link.line }, language));
		}
	}

	// 5. What the public build would publish: personal data (in entries, and in file names and the
	//    site's other files), and retention dates.
	findings.push(...siteFiles.allowList);
	if (audience === 'public') {
		const publishedFiles = [...parsed.keys()].filter(published);
		findings.push(...checkFileNames(publishedFiles, config.personalData, language), ...siteFiles.texts);
	}
	const day = today.toISOString().slice(0, 10);
	for (const [file, data] of parsed) {
		const isPublicFile = published(file);
		if (audience === 'public' && isPublicFile) findings.push(...personalDataOf(file, checkOf(file), config, language));
		const reviewBy = data.reviewBy as Date | undefined;
		if (reviewBy && reviewBy.toISOString().slice(0, 10) < day) {
			findings.push(finding('warning', 'review-due', { date: reviewBy.toISOString().slice(0, 10) }, fieldPlace(file, 'reviewBy'), language));
		}
		const retainUntil = data.retainUntil as Date | undefined;
		if (retainUntil && isPublicFile && !data.archived && retainUntil.toISOString().slice(0, 10) < day) {
			findings.push(finding('error', 'retention-expired', { date: retainUntil.toISOString().slice(0, 10) }, fieldPlace(file, 'retainUntil'), language));
		}
	}
	return { findings, facts };
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
