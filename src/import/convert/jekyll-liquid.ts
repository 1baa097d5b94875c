import { asideLines } from './asides';
import { codeLines } from './code-fences';
import type { ResolveReference } from './hugo-shortcodes';

/**
 * The Liquid that Jekyll pages use only to point at things, with a Markdown equivalent: the
 * site's base address before a path, `relative_url`, `{% link %}` and `{% post_url %}` (which
 * become the path of the file they name, for the link rewriting), `{% raw %}` markers, and
 * `{% highlight %}` blocks (fenced code). Also Just the Docs' callouts (`{: .note }` before a
 * paragraph or a quote), which become asides. Includes and every other tag are left for the report.
 */

export interface JekyllReferences {
	/** `{% link path %}`: a path from the site's root. */
	link: ResolveReference;
	/** `{% post_url 2024-03-15-title %}`: a post by its file name. */
	post: ResolveReference;
}

const callout = /^(\s*)\{:\s*\.(note|warning|important|highlight|new|tip|caution|danger)(?:-title)?\s*\}\s*$/;

export function convertJekyllLiquid(text: string, references: JekyllReferences): string {
	// {% raw %} only tells Liquid to leave what follows alone: without Liquid it has nothing left to say.
	const lines = text.replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '').split('\n');
	const inCode = codeLines(lines);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (inCode[i]) {
			out.push(line);
			continue;
		}
		const highlight = /^(\s*)\{%-?\s*highlight\s+([\w+-]+)[^%]*-?%\}\s*$/.exec(line);
		if (highlight) {
			out.push(`${highlight[1]}\`\`\`${highlight[2]}`);
			continue;
		}
		if (/^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/.test(line)) {
			out.push(`${/^\s*/.exec(line)![0]}\`\`\``);
			continue;
		}
		const note = callout.exec(line);
		if (note) {
			// The block the callout's class is given to: the paragraph or quote that follows, up to a blank line.
			const body: string[] = [];
			let next = i + 1;
			while (next < lines.length && lines[next]!.trim() !== '') body.push(lines[next++]!);
			const quoted = body.length > 0 && body.every((l) => /^\s*>/.test(l));
			const inside = quoted ? body.map((l) => l.replace(/^\s*>[ ]?/, '')) : body;
			const kind = note[2] === 'highlight' || note[2] === 'new' ? 'note' : note[2]!;
			out.push(...asideLines(note[1] ?? '', kind, undefined, inside));
			i = next - 1;
			continue;
		}
		out.push(inline(line, references));
	}
	return out.join('\n');
}

function inline(line: string, references: JekyllReferences): string {
	return (
		line
			// "{{ site.url }}{{ site.baseurl }}/img/a.png" is "/img/a.png" on the site itself.
			.replace(/\{\{-?\s*site\.url\s*-?\}\}\s*(?=\{\{-?\s*site\.baseurl)/g, '')
			.replace(/\{\{-?\s*site\.baseurl\s*-?\}\}/g, '')
			.replace(/\{\{-?\s*(['"])([^'"]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g, '$2')
			.replace(/\{%-?\s*link\s+(\S+?)\s*-?%\}/g, (whole, path: string) => references.link(path) ?? whole)
			.replace(/\{%-?\s*post_url\s+(\S+?)\s*-?%\}/g, (whole, name: string) => references.post(name) ?? whole)
	);
}
