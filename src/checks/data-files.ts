import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WriterLanguage } from '../errors/writer-language';
import { parseContentData } from '../model/frontmatter';
import { finding, type Finding } from './findings';
import { checkRawHtml } from './raw-html';
import { siteLayout } from '../config/site-layout';

/**
 * The two data files of content/ that are not entries: the theme vocabulary and the interface
 * text per language. Both are read as Astro reads them, and a problem is a finding, never a
 * crash. Interface text is written by Starlight in places as HTML (its theme menu's options),
 * so it is held to the same rules as raw HTML in Markdown.
 */

/** content/themes.yaml as data, or the finding that says why it cannot be read. */
export function readThemes(root: string, language: WriterLanguage): { data: Record<string, unknown>; findings: Finding[] } {
	const path = join(siteLayout(root).content, 'themes.yaml');
	if (!existsSync(path)) return { data: {}, findings: [] };
	const parsed = parseContentData(readFileSync(path, 'utf8'), 'data');
	if (parsed.problem)
		return {
			data: {},
			findings: [
				finding('error', 'invalid-yaml', { problem: parsed.problem.problem ?? '' }, { file: 'content/themes.yaml', line: parsed.problem.line }, language),
			],
		};
	return { data: parsed.file!.data, findings: [] };
}

/** Markup in content/i18n/<language>.json (or .yaml) strings, unless the site allows raw HTML. */
export function checkInterfaceText(root: string, allowRawHtml: boolean, language: WriterLanguage): Finding[] {
	const folder = join(siteLayout(root).content, 'i18n');
	if (!existsSync(folder)) return [];
	const findings: Finding[] = [];
	for (const name of readdirSync(folder).filter((n) => /\.(json|ya?ml)$/.test(n))) {
		const file = `content/i18n/${name}`;
		const parsed = parseContentData(readFileSync(join(folder, name), 'utf8'), 'data');
		if (parsed.problem) {
			findings.push(finding('error', 'invalid-yaml', { problem: parsed.problem.problem ?? '' }, { file, line: parsed.problem.line }, language));
			continue;
		}
		if (allowRawHtml) continue;
		for (const [key, value] of Object.entries(parsed.file!.data)) {
			if (typeof value !== 'string' || !value.includes('<')) continue;
			for (const problem of checkRawHtml(value))
				findings.push(finding('error', 'raw-html', { kind: problem.kind, name: problem.name, value: problem.value }, { file, field: key }, language));
		}
	}
	return findings;
}
