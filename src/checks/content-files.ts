import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';

/**
 * Reads every file writers touch in content/ the way the checks need it: decoded strictly as
 * UTF-8, frontmatter parsed with line numbers, body kept with its first line number. Problems
 * that stop a file from being read at all (encoding, empty, broken YAML) are returned with it.
 */

export type CollectionName = 'projects' | 'learnings' | 'outcomes' | 'calls' | 'posts' | 'organisations' | 'assessments' | 'docs';
export const markdownCollections = ['projects', 'learnings', 'outcomes', 'calls', 'posts', 'assessments', 'docs'] as const;

export interface ReadProblem {
	id: 'not-utf8' | 'empty-file' | 'invalid-yaml' | 'no-frontmatter';
	line?: number;
	problem?: string;
}

export interface ContentFile {
	/** Path relative to the project root, as messages show it. */
	path: string;
	collection: CollectionName;
	language: string;
	key: string;
	data: Record<string, unknown> | undefined;
	/** Line number (1-based) where each top-level field starts, for messages. */
	fieldLines: Map<string, number>;
	/** Line number of any field by its dotted path ("questions.3.dimension"), where it can be found. */
	lineOf?: (path: string) => number | undefined;
	/** The whole file as text, for checks that report line numbers. */
	raw: string;
	body: string;
	bodyLine: number;
	problems: ReadProblem[];
}

function walk(dir: string): string[] {
	try {
		return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
	} catch {
		return [];
	}
}

function parseYaml(text: string, firstLine: number, problems: ReadProblem[]) {
	const document = parseDocument(text, { prettyErrors: true });
	if (document.errors.length > 0) {
		const error = document.errors[0]!;
		problems.push({ id: 'invalid-yaml', line: firstLine + (error.linePos?.[0]?.line ?? 1) - 1, problem: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
		return { data: undefined, fieldLines: new Map<string, number>() };
	}
	const fieldLines = new Map<string, number>();
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		const field = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
		if (field && !fieldLines.has(field)) fieldLines.set(field, firstLine + i);
	});
	const data = document.toJS() as unknown;
	// A nested field's own line: in a long list (a self-assessment's questions) the top-level line is far away.
	const lineOf = (path: string) => {
		const node = document.getIn(path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true) as { range?: [number, number, number] } | undefined;
		const offset = node && typeof node === 'object' ? node.range?.[0] : undefined;
		return offset === undefined ? undefined : firstLine + text.slice(0, offset).split('\n').length - 1;
	};
	return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, fieldLines, lineOf };
}

export function readContentFiles(root: string, languages: readonly string[], defaultLanguage: string): ContentFile[] {
	const others = new Set(languages.filter((l) => l !== defaultLanguage));
	const files: ContentFile[] = [];
	for (const collection of [...markdownCollections, 'organisations'] as CollectionName[]) {
		const base = join(root, 'content', collection);
		const pattern = collection === 'organisations' ? /\.(ya?ml|json)$/ : /\.mdx?$/;
		for (const absolute of walk(base).sort()) {
			const inside = relative(base, absolute);
			if (!pattern.test(inside) || inside.split('/').some((part) => part.startsWith('_'))) continue;
			const [head, ...rest] = inside.split('/');
			const language = others.has(head!) && rest.length > 0 ? head! : defaultLanguage;
			const key = (language === defaultLanguage ? inside : rest.join('/')).replace(pattern, '');
			const file: ContentFile = {
				path: relative(root, absolute),
				collection,
				language,
				key,
				data: undefined,
				fieldLines: new Map(),
				raw: '',
				body: '',
				bodyLine: 1,
				problems: [],
			};
			files.push(file);

			// 1. Strict UTF-8: a file saved in another encoding would show broken accents.
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute)).replace(/^\uFEFF/, '');
			} catch {
				file.problems.push({ id: 'not-utf8' });
				continue;
			}
			file.raw = text;
			if (text.trim() === '') {
				file.problems.push({ id: 'empty-file' });
				continue;
			}

			// 2. Data files are YAML or JSON through and through; Markdown has YAML between "---" lines.
			if (collection === 'organisations') {
				Object.assign(file, parseYaml(text, 1, file.problems));
				continue;
			}
			const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
			if (!match) {
				file.problems.push({ id: 'no-frontmatter', line: 1 });
				continue;
			}
			Object.assign(file, parseYaml(match[1]!, 2, file.problems));
			file.body = text.slice(match[0].length);
			file.bodyLine = match[0].split('\n').length;
		}
	}
	return files;
}
