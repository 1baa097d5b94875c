import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { SiteConfig } from '../config/site-config';
import type { WriterLanguage } from '../errors/writer-language';
import { contentFileAt, listContentFiles, readContentFile, type ContentFile } from '../checks/content-files';
import { checkFile, type FileCheck } from '../checks/file-checks';
import type { Finding } from '../checks/findings';
import { entryAddresses } from '../checks/publication-facts';
import { checkSite, checkSiteFiles, type SiteFilesCheck } from '../checks/run-checks';
import { collectionNames } from '../model/content-sources';
import { createLocales } from '../site/locales';

/**
 * The content problems of a site while a writer works on it (`memoria dev`): every finding of the
 * content checks, kept up to date as files are saved, and the pages each error stands in for.
 *
 * The first look reads and checks every file, as `memoria check` does. After that, a saved file
 * is read and checked alone (src/checks/file-checks.ts); the checks across files (references,
 * translations, addresses, links, what would be published) run again on what is already in
 * memory, so whatever names the saved file, or links to it, is judged anew without reading it.
 * Drafts count as published, as the dev server shows them: a writer sees their problems before
 * removing `draft: true`.
 */
export interface ProblemsOptions {
	root: string;
	config: SiteConfig;
	audience: 'public' | 'internal';
	language: WriterLanguage;
}

/** How many files the first look reads and checks before letting the server answer requests. */
const filesAtATime = 20;

export class ContentProblems {
	readonly #options: ProblemsOptions;
	readonly #locales;
	/** Every content file, by its path from the site's root. */
	#files = new Map<string, ContentFile>();
	#checks = new Map<ContentFile, FileCheck>();
	#siteFiles: SiteFilesCheck | undefined;
	#findings: Finding[] = [];

	constructor(options: ProblemsOptions) {
		this.#options = options;
		this.#locales = createLocales(options.config);
	}

	/**
	 * Reads and checks the whole site, a few files at a time: the dev server goes on answering
	 * in between, so a large site's first look does not hold up its first page.
	 */
	async checkAll(): Promise<void> {
		const { root, config } = this.#options;
		const files = new Map<string, ContentFile>();
		const checks = new Map<ContentFile, FileCheck>();
		const listed = listContentFiles(root);
		for (let start = 0; start < listed.length; start += filesAtATime) {
			for (const { collection, inside } of listed.slice(start, start + filesAtATime)) {
				const file = readContentFile(root, collection, inside, this.#readOptions());
				files.set(file.path, file);
				checks.set(file, this.#checkFile(file));
			}
			await new Promise((next) => setImmediate(next));
		}
		this.#files = files;
		this.#checks = checks;
		this.#siteFiles = checkSiteFiles(root, config, this.#options.language);
		this.#checkAcross();
	}

	/**
	 * A file of the site was added, saved or removed: checks it again, and the site across files.
	 * Returns whether anything the writer is shown changed; false for a file the checks do not read.
	 */
	update(path: string): boolean {
		const { root, config, language } = this.#options;
		const inside = relative(root, resolve(root, path));
		if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep)[0] === 'node_modules') return false;
		const place = contentFileAt(root, inside);
		if (place) {
			const old = this.#files.get(inside);
			if (old) this.#checks.delete(old);
			this.#files.delete(inside);
			if (existsSync(resolve(root, inside))) {
				const file = readContentFile(root, place.collection, place.inside, this.#readOptions());
				this.#files.set(file.path, file);
				this.#checks.set(file, this.#checkFile(file));
			}
		} else if (/^content[\\/](themes\.ya?ml$|i18n[\\/])|\.svg$/i.test(inside) || inside === 'memoria.config.ts') {
			this.#siteFiles = checkSiteFiles(root, config, language);
		} else if (/^(content|public)[\\/]/.test(inside)) {
			// An image or another file an entry may name: the entries that name it are checked again.
			const name = basename(inside);
			for (const file of this.#files.values()) if (file.raw.includes(name)) this.#checks.set(file, this.#checkFile(file));
		} else {
			return false;
		}
		const before = JSON.stringify(this.#findings);
		this.#checkAcross();
		return JSON.stringify(this.#findings) !== before;
	}

	/** Every finding, errors and warnings, in the order `memoria check` gives them. */
	get findings(): readonly Finding[] {
		return this.#findings;
	}

	/** Whether a path (from the site's root, or absolute) is a content file of a collection. */
	isContentFile(path: string): boolean {
		return this.#files.has(this.#inside(path)) || contentFileAt(this.#options.root, this.#inside(path)) !== undefined;
	}

	/** Whether the checks found an error in the file at a path (from the site's root, or absolute). */
	hasErrors(path: string): boolean {
		const inside = this.#inside(path);
		return this.#findings.some((finding) => finding.severity === 'error' && finding.file === inside);
	}

	/** The content file at a path from the site's root, as last read. */
	file(path: string): ContentFile | undefined {
		return this.#files.get(path);
	}

	/** Every content file, as last read. */
	get files(): ContentFile[] {
		return [...this.#files.values()];
	}

	/**
	 * The errors that stand in for the page at `address` (without the site's base path): those in
	 * any file of the entry the page shows. An entry's page in every language shows its original
	 * (its fields, its relations), so an error in any of its files stands in for all of them.
	 */
	errorsAt(address: string): Finding[] {
		const normal = address.endsWith('/') ? address : `${address}/`;
		return this.#findings.filter((finding) => finding.severity === 'error' && this.pagesOf(finding).includes(normal));
	}

	/** The addresses of the pages a finding's file shows on: every page of its entry, in every language. */
	pagesOf(finding: Pick<Finding, 'file'>): string[] {
		const file = this.#files.get(finding.file);
		if (!file) return [];
		const entry = [...this.#files.values()].filter((f) => f.collection === file.collection && f.key === file.key);
		return [...new Set(entry.flatMap((f) => entryAddresses(f, this.#locales)))];
	}

	#inside(path: string): string {
		return relative(this.#options.root, resolve(this.#options.root, path));
	}

	#readOptions() {
		const { config } = this.#options;
		return { languages: config.languages, defaultLanguage: config.defaultLanguage, mdx: config.mdx };
	}

	#checkFile(file: ContentFile): FileCheck {
		const { root, config, language } = this.#options;
		return checkFile(file, { root, config, language });
	}

	#checkAcross(): void {
		const order = (file: ContentFile) => collectionNames.indexOf(file.collection);
		const files = [...this.#files.values()].sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const { root, config, audience, language } = this.#options;
		this.#findings = checkSite(files, this.#checks, this.#siteFiles ?? checkSiteFiles(root, config, language), {
			root,
			config,
			audience,
			language,
			drafts: true,
		}).findings;
	}
}
