import type { Heading } from 'mdast';
import type { WriterLanguage } from '../errors/writer-language';
import { bodyTree } from '../markdown/body-tree';
import { headingChanges, headingText, type HtmlHeading, isHtmlHeading } from '../markdown/heading-changes';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';

/**
 * Tells the writer what the page did with a body's own level-1 headings
 * (src/markdown/heading-changes.ts, applied by src/markdown/one-h1-plugin.ts): a warning, since
 * the page is built all the same, at the line of the heading, once for a heading that repeated
 * the title and was left out, once for the level-1 headings that made every heading move down.
 */
export function checkBodyH1(file: ContentFile, language: WriterLanguage): Finding[] {
	// Without "#", "=" or an <h1 tag a body has no heading of level 1 (ATX, setext or HTML): no need to parse it.
	if (!/[#=]|<h1/i.test(file.body)) return [];
	const tree = bodyTree(file.body, file.path.endsWith('.mdx') ? 'mdx' : 'md');
	if (!tree) return [];
	const title = typeof file.data?.['title'] === 'string' ? file.data['title'] : undefined;
	const { dropped, otherH1s } = headingChanges(tree, title);
	// An HTML heading's line: its node's, and the lines of the node before its tag.
	const line = (heading: Heading | HtmlHeading) =>
		isHtmlHeading(heading)
			? (heading.node.position?.start.line ?? 1) + (heading.node.value.slice(0, heading.tag.start).match(/\n/g)?.length ?? 0)
			: (heading.position?.start.line ?? 1);
	const at = (heading: Heading | HtmlHeading) => ({ file: file.path, line: line(heading) + file.bodyLine - 1 });
	// A setext heading is its text and a line of "=" under it; an ATX one ("# …") is one line.
	const form = (heading: Heading | HtmlHeading) =>
		isHtmlHeading(heading) ? { html: true } : { setext: heading.position ? heading.position.end.line > heading.position.start.line : false };
	const findings: Finding[] = [];
	if (dropped) findings.push(finding('warning', 'h1-in-body', { heading: headingText(dropped), change: 'dropped', ...form(dropped) }, at(dropped), language));
	const [first, ...more] = otherH1s;
	if (first) {
		const params = { heading: headingText(first), change: 'moved-down', more: more.length || undefined, ...form(first) } as const;
		findings.push(finding('warning', 'h1-in-body', params, at(first), language));
	}
	return findings;
}
