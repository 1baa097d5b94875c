import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { WriterLanguage } from '../errors/writer-language';
import { filesUnder } from '../lib/files-under';
import { isSafeUrl } from '../lib/safe-url';
import { finding, type Finding } from './findings';

/**
 * SVG files are documents, not pictures: opened at their own address they run their scripts on
 * the site's origin (and can read what the site keeps in a reader's browser). Every .svg file of
 * content/ and public/ is read with an XML parser and refused if it holds anything that runs or
 * loads: script and foreignObject elements, event attributes, links that are not web addresses
 * or to its own parts, animations that change a link or an event, styles that load something.
 */
const refusedElements = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener']);
const animations = new Set(['set', 'animate', 'animatetransform', 'animatemotion']);

export function svgProblems(svg: string): string[] {
	const problems: string[] = [];
	let inStyle = false;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const element = name.toLowerCase();
				inStyle = element === 'style';
				if (refusedElements.has(element)) problems.push(`<${name}>`);
				for (const [attribute, value] of Object.entries(attributes)) {
					const lower = attribute.toLowerCase();
					if (lower.startsWith('on')) problems.push(`${attribute}="…"`);
					else if ((lower === 'href' || lower === 'xlink:href' || lower === 'src') && !value.startsWith('#') && !isSafeUrl(value, ['http:', 'https:']))
						problems.push(`${attribute}="${value.slice(0, 40)}"`);
					else if (animations.has(element) && lower === 'attributename' && /^(on|href|xlink:href)/i.test(value))
						problems.push(`<${name} attributeName="${value}">`);
				}
			},
			ontext(text) {
				if (inStyle && /@import|url\(\s*['"]?\s*(?!#)[a-z]+:/i.test(text)) problems.push('<style> that loads a file');
			},
			onclosetag() {
				inStyle = false;
			},
		},
		{ xmlMode: true }
	);
	parser.write(svg);
	parser.end();
	return problems;
}

export function checkSvgFiles(root: string, allowRawHtml: boolean, language: WriterLanguage): Finding[] {
	if (allowRawHtml) return [];
	const findings: Finding[] = [];
	const svgFiles = ['content', 'public'].flatMap((folder) =>
		filesUnder(join(root, folder))
			.filter((f) => /\.svgz?$/i.test(f))
			.map((f) => `${folder}/${f}`)
	);
	for (const path of svgFiles.sort()) {
		const file = join(root, path);
		// A compressed SVG cannot be read here, so it cannot be proved harmless.
		const problems = /\.svgz$/i.test(file) ? ['a compressed SVG (.svgz)'] : svgProblems(readFileSync(file, 'utf8'));
		if (problems.length > 0) findings.push(finding('error', 'unsafe-svg', { what: [...new Set(problems)].slice(0, 3).join(', ') }, { file: path }, language));
	}
	return findings;
}
