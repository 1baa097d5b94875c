import { asideLines, dedent } from './asides';
import { codeLines } from './code-fences';

/**
 * The Hugo shortcodes with a Markdown equivalent: the admonitions of the common themes (Docsy's
 * `alert`, Book's `hint`, Relearn's `notice`, Hextra's `callout`, LoveIt's `admonition`) become
 * asides, `figure` an image, and `ref`/`relref` the path of the page they name, which the link
 * rewriting then turns into its new address. Any other shortcode is left for the report.
 */

/** Finds the page a `ref` names, and gives a link to it from the page being converted. */
export type ResolveReference = (reference: string) => string | undefined;

const admonitionNames = new Set(['alert', 'hint', 'notice', 'callout', 'admonition']);
/** Shortcodes named after their kind: `{{< tip >}}`, `{{< warning >}}`. */
const kindNames = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important']);

/** A shortcode's parameters: positional ones in order, named ones by name; quotes and backticks removed. */
export function shortcodeParameters(text: string): { positional: string[]; named: Record<string, string> } {
	const positional: string[] = [];
	const named: Record<string, string> = {};
	for (const match of text.matchAll(/(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/g)) {
		const value = match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? match[4] ?? '';
		if (match[1]) named[match[1]] = value;
		else positional.push(value);
	}
	return { positional, named };
}

const opening = /^(\s*)\{\{([<%])\s*([\w-]+)(.*?)\s*[>%]\}\}(.*)$/;
const closing = (name: string) => new RegExp(`\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}`);

export function convertHugoShortcodes(text: string, resolve: ResolveReference): string {
	const lines = admonitions(text.split('\n'));
	const inCode = codeLines(lines);
	return lines.map((line, i) => (inCode[i] ? line : inline(line, resolve))).join('\n');
}

/** Paired admonition shortcodes, on lines of their own or around one line of text. */
function admonitions(lines: readonly string[]): string[] {
	const inCode = codeLines(lines);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const match = inCode[i] ? null : opening.exec(lines[i]!);
		const name = match?.[3] ?? '';
		if (!match || !(admonitionNames.has(name) || kindNames.has(name))) {
			out.push(lines[i]!);
			continue;
		}
		const [, indent = '', , , parameters = '', rest = ''] = match;
		const { positional, named } = shortcodeParameters(parameters);
		const kind = kindNames.has(name) ? name : (named.type ?? named.style ?? named.color ?? named.context ?? named.theme ?? positional[0] ?? 'note');
		const title = named.title ?? (name === 'notice' ? positional[1] : undefined);
		const close = closing(name);
		let body: string[];
		let end = i;
		if (close.test(rest)) body = [rest.replace(close, '').trim()];
		else {
			// The closing tag, counting shortcodes of the same name opened inside.
			let depth = 1;
			body = rest.trim() ? [rest] : [];
			while (++end < lines.length) {
				const line = lines[end]!;
				if (opening.exec(line)?.[3] === name && !close.test(line)) depth++;
				if (close.test(line) && --depth === 0) {
					const before = line.replace(close, '');
					if (before.trim()) body.push(before);
					break;
				}
				body.push(line);
			}
			if (end >= lines.length) {
				// Never closed: Hugo would fail; left as it is for the report.
				out.push(lines[i]!);
				continue;
			}
		}
		out.push(...asideLines(indent, kind, title, admonitions(dedent(body))));
		i = end;
	}
	return out;
}

/** Shortcodes inside a line: figures and references. */
function inline(line: string, resolve: ResolveReference): string {
	return line
		.replace(/\{\{[<%]\s*figure\s+(.*?)\s*\/?[>%]\}\}/g, (whole, parameters: string) => {
			const { named } = shortcodeParameters(parameters);
			if (!named.src) return whole;
			// Hugo's own figure describes the image with its caption when it has no alt.
			const alt = (named.alt ?? named.caption ?? '').replace(/[[\]]/g, '');
			const title = named.title ? ` "${named.title.replace(/"/g, '\\"')}"` : '';
			const caption = named.caption && named.alt ? ` *${named.caption}*` : '';
			return `![${alt}](${named.src.includes(' ') ? `<${named.src}>` : named.src}${title})${caption}`;
		})
		.replace(/\{\{[<%]\s*(?:rel)?ref\s+(.*?)\s*[>%]\}\}/g, (whole, parameters: string) => {
			const target = shortcodeParameters(parameters).positional[0] ?? shortcodeParameters(parameters).named.path;
			return (target && resolve(target)) ?? whole;
		});
}
