import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { memoriaError } from '../errors/memoria-error';
import { type WriterLanguage, writerLanguage } from '../errors/writer-language';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './site-config';
import { siteLayout } from './site-layout';
import { replacedOptions, unknownOptionProblem } from './unknown-options';

/**
 * Validates the configuration, or stops with one message that names memoria.config.ts and each
 * wrong field; an option Memoria does not have is named with what to write instead.
 */
export function parseSiteConfig(input: SiteConfigInput, language: WriterLanguage = writerLanguage()): SiteConfig {
	const result = siteConfigSchema.safeParse(input);
	if (result.success) return result.data;
	// An option written under its old or another tool's name ("title") makes its new one ("organisation") missing too: say it once.
	const unknown = result.error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path.map(String), key].join('.')) : []
	);
	const renamedTo = new Set(unknown.map((path) => replacedOptions[path]?.now).filter(Boolean));
	const problems = result.error.issues.flatMap((issue) => {
		const at = issue.path.join('.');
		if (issue.code === 'invalid_type' && issue.input === undefined && renamedTo.has(at)) return [];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = at ? `${at}.${key}` : key;
				return `  - ${path}: ${unknownOptionProblem(path, optionsAt(issue.path), language)}`;
			});
		}
		return [`  - ${at || '(root)'}: ${issue.message}`];
	});
	throw memoriaError('invalid-site-config', { problems: problems.join('\n') }, { file: 'memoria.config.ts' }, language);
}

/**
 * The options the schema has at a place of memoria.config.ts ("" is the top, ["repository"] inside
 * it). Under a record (`checks.folders`, whose keys are the site's own folders) any key leads on to
 * the record's values; a record keyed by a list (the check ids of `checks.severity`) has that list.
 */
function optionsAt(path: readonly PropertyKey[]): string[] {
	let schema: z.ZodType | undefined = siteConfigSchema;
	for (const key of path) {
		const inner: Unwrapped | undefined = schema && unwrap(schema);
		schema = inner?.shape ? inner.shape[String(key)] : inner?.def.valueType;
	}
	if (!schema) return [];
	const inner = unwrap(schema);
	if (inner.shape) return Object.keys(inner.shape);
	const keys = inner.def.keyType && (unwrap(inner.def.keyType) as { options?: unknown[] }).options;
	return Array.isArray(keys) ? keys.map(String) : [];
}

type Unwrapped = z.ZodType & { shape?: Record<string, z.ZodType>; def: { innerType?: z.ZodType; keyType?: z.ZodType; valueType?: z.ZodType } };

/** A schema without the optional, default and prefault wrappers around it. */
function unwrap(schema: z.ZodType): Unwrapped {
	let inner = schema as Unwrapped;
	while (!inner.shape && !inner.def.valueType && inner.def.innerType) inner = inner.def.innerType as Unwrapped;
	return inner;
}

/** Reads and validates `memoria.config.ts` of a site, for the command-line tools. */
export async function loadSiteConfig(root: string): Promise<SiteConfig> {
	const file = siteLayout(root).config;
	let module: { default: SiteConfigInput };
	try {
		module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: SiteConfigInput };
	} catch (error) {
		// A file that is not valid TypeScript: one message naming the line, not Node's stack trace.
		if (!(error instanceof SyntaxError)) throw error;
		const line = new RegExp(`${escapeForRegExp(pathToFileURL(file).href)}:(\\d+)|^:(\\d+)$`, 'm').exec(error.stack ?? '');
		throw memoriaError(
			'unreadable-site-config',
			{ problem: error.message.split('\n')[0]!, line: line ? Number(line[1] ?? line[2]) : undefined },
			{ file: 'memoria.config.ts' },
			writerLanguage()
		);
	}
	return parseSiteConfig(module.default);
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
