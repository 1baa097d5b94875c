/**
 * What `memoria import` reads from another tool's folder, before anything is decided about the
 * site it goes into: one reader per tool (src/import/tools/) turns that tool's conventions into
 * these plain records, and everything after (frontmatter, bodies, links, images, places) works on
 * them alone, whatever the tool was.
 */

/** The tools `memoria import` knows, in the order it looks for them. */
export type ToolId = 'docusaurus' | 'mkdocs' | 'hugo' | 'jekyll' | 'starlight' | 'plain';

export interface SourcePage {
	/** The file, from the source folder, with "/": "docs/setup.es.md". */
	path: string;
	/**
	 * The language the tool gives the page (a folder, a suffix, a field), as written there
	 * ("es", "pt-BR"); undefined for a page in the tool's default language.
	 */
	language?: string;
	/**
	 * Where the page sits, the same for a page and its translations, without the language's
	 * folder or suffix and without the extension: "guide/setup". A name the tool does not publish
	 * as it is ("_index", "01-intro") is already what the tool makes of it ("index", "intro").
	 */
	key: string;
	/** Pairs translations whose files are named differently (Hugo's and Jekyll's translationKey). */
	translationKey?: string;
	/** The frontmatter as the tool reads it; fields the reader used itself (lang, translationKey) removed. */
	data: Record<string, unknown>;
	body: string;
	/** Whether the file was MDX (imports and components that plain Markdown cannot hold). */
	mdx: boolean;
	/** The page's place and label in the tool's navigation (mkdocs.yml `nav`), when it has one. */
	nav?: { order: number; label?: string };
	/**
	 * Addresses the page had in its tool, from its root ("/docs/setup/", "/es/setup/"), so that a
	 * link written as an address rather than a file path still finds its page.
	 */
	addresses: string[];
}

/** A file of the source that is not taken, and why: said in the report, never silently. */
export interface SkippedFile {
	path: string;
	reason: 'partial' | 'not-utf8' | 'invalid-front-matter' | 'outside-source';
	detail?: string;
}

export interface SourceSite {
	tool: ToolId;
	/** What showed it was that tool: "mkdocs.yml". */
	evidence: string;
	/** The source folder, absolute. */
	root: string;
	/** The language of pages that name none, from the tool's settings, when they say. */
	defaultLanguage?: string;
	pages: SourcePage[];
	skipped: SkippedFile[];
	/**
	 * Folders (from the source folder) where an address starting with "/" finds a file, in order:
	 * Docusaurus's and Hugo's static/, Jekyll's own root, Starlight's public/.
	 */
	publicFolders: string[];
	/**
	 * The folders that hold the pages (from the source folder: "docs", "content", "" for the
	 * folder itself), with the language of a folder that holds only one (Docusaurus's i18n/es/…).
	 * An image keeps its place below the folder it is in.
	 */
	contentFolders: readonly { folder: string; language?: string }[];
	/** Fields only this tool gives a meaning to: dropped, and named in the report. */
	toolOnlyFields: readonly string[];
	/** Fields that set a page's address in this tool (slug, permalink): dropped, and the report says addresses change. */
	addressFields: readonly string[];
	/** Which fields mean what in this tool (see map-frontmatter.ts). */
	fields: FieldMeanings;
	/** Text conversions this tool's Markdown needs before it is Memoria's (see convert-body.ts). */
	dialect: Dialect;
}

/** The tool's names for what Memoria and Starlight know: the first one a page has wins. */
export interface FieldMeanings {
	title: readonly string[];
	description: readonly string[];
	/** A number that orders pages in the navigation (sidebar_position, weight, nav_order). */
	order: readonly string[];
	/** The page's shorter name in the navigation (sidebar_label, linkTitle). */
	label: readonly string[];
	/** Fields and the value that makes a page a draft (draft: true, published: false). */
	draft: readonly { field: string; value: unknown }[];
	/** When the page last changed, newest meaning first (lastmod, last_modified_at, date); dotted paths reach inside. */
	updated: readonly string[];
	/** When the page was first published (a blog post's date). */
	published: readonly string[];
	/** Who wrote it. */
	authors: readonly string[];
}

/** The Markdown extensions of a tool, which become Starlight's or are reported. */
export type Dialect = 'mkdocs' | 'docusaurus' | 'hugo' | 'jekyll' | 'starlight' | 'plain';
