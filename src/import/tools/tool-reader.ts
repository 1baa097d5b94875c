import type { SourceSite, ToolId } from '../source-site';

/** What a reader of one tool's folder is given besides the folder. */
export interface ReadOptions {
	/** The Memoria site's languages, so a folder or suffix named after one is read as a language. */
	siteLanguages: readonly string[];
}

/** One tool: how to recognise its folder, and how to read its pages. */
export interface ToolReader {
	tool: ToolId;
	/** The file or folder that shows a source folder is this tool's ("mkdocs.yml"), or undefined. */
	detect(root: string): string | undefined;
	read(root: string, evidence: string, options: ReadOptions): SourceSite;
}
