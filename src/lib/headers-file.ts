/**
 * The `_headers` file that Netlify and Cloudflare Pages read from a site's output: a path pattern
 * on a line of its own, then the headers for it, indented, one `Name: value` a line; `#` starts a
 * comment. Read here the way both hosts document it:
 *
 * - in a pattern, `*` matches any run of characters, `/` included, and `:name` one path segment;
 *   a trailing `/` is optional, as on Netlify;
 * - every rule whose pattern matches a path applies; a header that several of them set gets their
 *   values joined with ", " (Cloudflare's documented behaviour). Hence Memoria's own file never sets
 *   one header in two rules that can match the same path;
 * - `! Name` (Cloudflare) removes a header an earlier matching rule set.
 *
 * One parser for Memoria's build (checking a site's own `public/_headers`), the benchmark's static
 * server and the browser tests' server, so all three read the file the same way. Self-contained
 * (no imports): the benchmark loads it from plain Node.
 */

export interface HeaderRule {
	/** The pattern as written, such as `/_astro/*`. */
	pattern: string;
	matches: RegExp;
	/** In the order written; a name of `null` value is a `! Name` detach line. */
	headers: { name: string; value: string | null }[];
}

export interface HeadersFile {
	rules: HeaderRule[];
	/** Lines that are neither a pattern, a header, a comment nor blank, by line number (from 1). */
	unreadLines: { line: number; text: string }[];
}

/** What Netlify and Cloudflare Pages send as Cache-Control for a file that no rule gives one. */
export const hostDefaultCacheControl = 'public, max-age=0, must-revalidate';

/** A `_headers` pattern as a regular expression over a URL's path. */
export function patternRegExp(pattern: string): RegExp {
	const path = pattern.replace(/^https?:\/\/[^/]+/, '').replace(/\/+$/, '');
	let source = '';
	for (const part of path.split(/(\*|:[A-Za-z]\w*)/)) {
		if (part === '*') source += '.*';
		else if (part.startsWith(':')) source += '[^/]+';
		else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${source}/?$`);
}

export function parseHeadersFile(text: string): HeadersFile {
	const rules: HeaderRule[] = [];
	const unreadLines: HeadersFile['unreadLines'] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const indented = /^\s/.test(raw);
		if (!indented && (line.startsWith('/') || /^https?:\/\//.test(line))) {
			rules.push({ pattern: line, matches: patternRegExp(line), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		const detach = /^!\s*([^\s:]+)$/.exec(line);
		const header = /^([^\s:]+)\s*:\s*(.*)$/.exec(line);
		if (indented && rule && detach) rule.headers.push({ name: detach[1]!, value: null });
		else if (indented && rule && header) rule.headers.push({ name: header[1]!, value: header[2]! });
		else unreadLines.push({ line: index + 1, text: raw });
	});
	return { rules, unreadLines };
}

/** The headers the file gives a URL path, by lower-case name. */
export function headersFor(file: HeadersFile, path: string): Record<string, string> {
	const result: Record<string, string> = {};
	for (const rule of file.rules) {
		if (!rule.matches.test(path)) continue;
		for (const { name, value } of rule.headers) {
			const key = name.toLowerCase();
			if (value === null) delete result[key];
			else result[key] = key in result ? `${result[key]}, ${value}` : value;
		}
	}
	return result;
}
