import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import { isPair, isScalar, isSeq, parseDocument, visit, type Document, type DocumentOptions, type SchemaOptions } from 'yaml';

/**
 * Parses a content file's frontmatter (or a data file) exactly as Astro's content loaders do, so
 * the checks decide every fact (visibility above all) from the same data the pages are built
 * from: Astro's own `parseFrontmatter` (a byte-order mark, CRLF, leading blank lines, TOML
 * between "+++" lines), and its YAML options (YAML 1.2 core schema, timestamps, merge keys).
 * A second parse of the same YAML only gives line numbers for messages. Every failure comes
 * back as a problem, never as an exception: an alias bomb, a nesting too deep, a NUL byte.
 */

/** The YAML options of Astro's parseYaml (@astrojs/internal-helpers/yaml); tests/unit/frontmatter.test.ts keeps them equal. */
const astroYamlOptions = (): DocumentOptions & SchemaOptions => ({ customTags: ['timestamp'], merge: true, schema: 'core' });

export interface ParsedFile {
	data: Record<string, unknown>;
	/** Line number (1-based) where each top-level field starts, for messages. */
	fieldLines: Map<string, number>;
	/** Line number of any field by its dotted path ("questions.3.dimension"), where it can be found. */
	lineOf: (path: string) => number | undefined;
	body: string;
	bodyLine: number;
	/**
	 * Dates that YAML's timestamps moved silently: "2024-13-45" becomes 14 February 2025 in
	 * Astro's parse. Each is reported as a wrong field, with the text the writer typed.
	 */
	impossibleDates: { field: string; text: string }[];
}

export interface ReadProblem {
	id: 'invalid-yaml' | 'no-frontmatter';
	line?: number;
	problem?: string;
	/** The YAML parser's name for the problem (MISSING_CHAR, TAB_AS_INDENT…), which the catalogue words in the writer's language. */
	code?: string;
}

export interface ParsedData {
	file?: ParsedFile;
	problem?: ReadProblem;
}

const noLines = () => undefined;

/** Line numbers of a YAML text's fields, from a document parsed with Astro's options. */
function lines(document: Document, text: string, firstLine: number): Pick<ParsedFile, 'fieldLines' | 'lineOf'> {
	const lineAt = (offset: number) => firstLine + text.slice(0, offset).split('\n').length - 1;
	const fieldLines = new Map<string, number>();
	const contents = document.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
	for (const item of contents?.items ?? []) {
		const name = item.key?.value;
		if (typeof name === 'string' && item.key?.range && !fieldLines.has(name)) fieldLines.set(name, lineAt(item.key.range[0]));
	}
	// A nested field's own line: in a long list (a self-assessment's questions) the top-level line is far away.
	const lineOf = (path: string) => {
		const node = document.getIn(
			path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
			true
		) as { range?: [number, number, number] } | undefined;
		const offset = node && typeof node === 'object' ? node.range?.[0] : undefined;
		return offset === undefined ? undefined : lineAt(offset);
	};
	return { fieldLines, lineOf };
}

/** Timestamps whose written day does not exist (the month or day rolled over into another date). */
function impossibleDates(document: Document): ParsedFile['impossibleDates'] {
	const found: ParsedFile['impossibleDates'] = [];
	visit(document, {
		Scalar(_key, node, path) {
			if (!(node.value instanceof Date) || typeof node.source !== 'string') return;
			const written = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(node.source);
			if (!written) return;
			const [, y, m, d] = written.map(Number);
			if (node.value.getUTCFullYear() === y && node.value.getUTCMonth() + 1 === m && node.value.getUTCDate() === d) return;
			// "recommendations.0.due": pair keys, and the index of each list item on the way.
			const field = path
				.flatMap((step, i) => {
					if (isPair(step) && isScalar(step.key)) return [String(step.key.value)];
					if (isSeq(step)) return [String(step.items.indexOf((path[i + 1] ?? node) as never))];
					return [];
				})
				.join('.');
			found.push({ field, text: node.source });
		},
	});
	return found;
}

/**
 * The line (in the file), the first sentence and the parser's code of a YAML error of either
 * parse. An error found at the end of the text is shown on the last line that has something on
 * it; a quote never closed, on the line that opens it, where the writer has to look.
 */
function yamlProblem(error: unknown, firstLine: number, text: string): ReadProblem {
	let position = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
	const lines = text.split('\n');
	while (position !== undefined && position > 1 && (lines[position - 1] ?? '').trim() === '') position--;
	const message = error instanceof RangeError ? 'the frontmatter is nested too deeply to read' : String((error as Error).message ?? error);
	const code = (error as { code?: unknown }).code;
	const problem = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	if (code === 'MISSING_CHAR' && /quote/i.test(problem)) {
		const opened = lines.findIndex((line) => unclosedQuote(line));
		if (opened >= 0) position = opened + 1;
	}
	return { id: 'invalid-yaml', line: firstLine + (position ?? 1) - 1, problem, ...(typeof code === 'string' ? { code } : {}) };
}

/** Whether a line opens a quoted value it does not close: `title: "Listen` (a quote inside a word, as in "don't", is not one). */
function unclosedQuote(line: string): boolean {
	const value = /^\s*(?:-\s+)?(?:[^:"'#]+:\s+)?(["'])(.*)$/.exec(line);
	if (!value) return false;
	const [, quote, rest] = value;
	const unescaped = quote === '"' ? rest!.replace(/\\./g, '') : rest!.replace(/''/g, '');
	return !unescaped.includes(quote!);
}

/** Parses a Markdown file (frontmatter and body) or a data file (YAML or JSON through and through). */
export function parseContentData(text: string, kind: 'markdown' | 'data'): ParsedData {
	if (text.includes('\0'))
		return { problem: { id: 'invalid-yaml', line: text.slice(0, text.indexOf('\0')).split('\n').length, problem: 'the file contains a NUL character' } };
	const source = text.replace(/^\uFEFF/, '');
	if (kind === 'data') {
		try {
			const document = parseDocument(source, { ...astroYamlOptions(), prettyErrors: true });
			if (document.errors.length > 0) return { problem: yamlProblem(document.errors[0], 1, source) };
			const data = document.toJS() as unknown;
			return {
				file: {
					data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
					...lines(document, source, 1),
					body: '',
					bodyLine: 1,
					impossibleDates: impossibleDates(document),
				},
			};
		} catch (error) {
			return { problem: yamlProblem(error, 1, source) };
		}
	}

	// Astro's own extraction of the frontmatter; its YAML parsed once, with Astro's options, for
	// both the data and the line numbers (Astro's parseYaml is parseDocument and toJS, as here).
	const rawFrontmatter = extractFrontmatter(text);
	if (rawFrontmatter === undefined) return { problem: { id: 'no-frontmatter', line: 1 } };
	const opening = /^\s*(?:---|\+\+\+)/.exec(source)?.[0] ?? '';
	const toml = opening.endsWith('+++');
	let data: Record<string, unknown>;
	let document: Document | undefined;
	try {
		if (toml) data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
		else {
			document = parseDocument(rawFrontmatter, astroYamlOptions());
			if (document.errors.length > 0) return { problem: yamlProblem(document.errors[0], opening.split('\n').length, rawFrontmatter) };
			const value = document.contents === null ? undefined : (document.toJS() as unknown);
			data = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
		}
	} catch (error) {
		return { problem: yamlProblem(error, opening.split('\n').length, rawFrontmatter) };
	}
	const parsed = { rawFrontmatter };

	// Where the frontmatter starts and the body begins, in lines of the file as the writer sees it.
	const start = text.indexOf(parsed.rawFrontmatter);
	const firstLine = text.slice(0, start).split('\n').length;
	const end = start + parsed.rawFrontmatter.length + 3;
	const bodyStart = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end) + 1;
	const body = text.slice(bodyStart);
	const bodyLine = text.slice(0, bodyStart).split('\n').length;
	if (!document) return { file: { data, fieldLines: new Map(), lineOf: noLines, body, bodyLine, impossibleDates: [] } };
	return { file: { data, ...lines(document, parsed.rawFrontmatter, firstLine), body, bodyLine, impossibleDates: impossibleDates(document) } };
}
