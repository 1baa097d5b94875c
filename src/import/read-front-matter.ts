import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';

/**
 * A page's front matter as the tools we import from write it: YAML between "---" lines (all of
 * them), TOML between "+++" lines and JSON in braces (Hugo). Dates are kept as the text that was
 * written, so a date is never moved by a time zone on its way in (map-frontmatter.ts reads them).
 * YAML tags only Python knows (MkDocs's "!!python/name:") become plain values instead of errors.
 */

export interface FrontMatter {
	/** Undefined when the file has no front matter at all (Jekyll then copies it unprocessed). */
	data: Record<string, unknown> | undefined;
	body: string;
	/** The line of the file (1-based) where the body starts. */
	bodyLine: number;
	/** Why the front matter could not be read; the file is then reported, not guessed at. */
	problem?: string;
}

const linesIn = (text: string) => text.split('\n').length - 1;

export function readFrontMatter(text: string): FrontMatter {
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const fenced = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n?\1[ \t]*(?:\n|$)/.exec(source);
	if (fenced) {
		const [whole, fence, inside] = fenced;
		const body = source.slice(whole.length);
		const bodyLine = linesIn(whole) + 1;
		try {
			const data = fence === '+++' ? tomlValue(parseToml(inside!)) : yamlObject(inside!);
			return { data: plainObject(data), body, bodyLine };
		} catch (error) {
			return { data: undefined, body, bodyLine, problem: firstLine(error) };
		}
	}
	// Hugo's JSON front matter: an object at the very start, closed by a "}" alone on its line.
	if (source.startsWith('{')) {
		const end = /\n}[ \t]*(?:\n|$)/.exec(source);
		if (end) {
			const whole = source.slice(0, end.index + end[0].length);
			try {
				return { data: plainObject(JSON.parse(whole)), body: source.slice(whole.length), bodyLine: linesIn(whole) + 1 };
			} catch {
				// Not front matter: a body that starts with a brace.
			}
		}
	}
	return { data: undefined, body: source, bodyLine: 1 };
}

/** YAML as a plain object: the core schema without timestamps, so dates stay as written. */
export function yamlObject(text: string): Record<string, unknown> {
	const document = parseDocument(text, { schema: 'core', uniqueKeys: false });
	if (document.errors.length > 0) throw document.errors[0];
	// An unknown tag (!!python/name:…) is a warning for the yaml package: its value is then the empty text.
	return plainObject(document.toJS());
}

/** TOML's values as YAML's would be: dates as the text written (smol-toml keeps it), plain objects. */
function tomlValue(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map(tomlValue);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tomlValue(v)]));
	return value;
}

/** A TOML file (Hugo's hugo.toml), read like front matter. */
export const tomlObject = (text: string) => plainObject(tomlValue(parseToml(text)));

function plainObject(value: unknown): Record<string, unknown> {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0]!;
