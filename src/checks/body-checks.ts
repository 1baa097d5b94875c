import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';

/**
 * Checks of a Markdown body, line by line, outside fenced code blocks and inline code (where
 * writers may show HTML or image syntax as an example): images need alt text and an existing
 * file; raw <script> and <iframe> are refused unless the site allows them.
 */
export interface BodyLink {
	file: ContentFile;
	line: number;
	target: string;
}

export function checkBody(file: ContentFile, root: string, allowRawHtml: boolean, language: WriterLanguage): { findings: Finding[]; links: BodyLink[] } {
	const findings: Finding[] = [];
	const links: BodyLink[] = [];
	let fenced = false;
	file.body.split('\n').forEach((raw, i) => {
		const line = file.bodyLine + i;
		if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
		if (fenced) return;
		const text = raw.replace(/`[^`]*`/g, '');
		for (const [, alt, src] of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) {
			if (!alt!.trim()) findings.push(finding('error', 'image-without-alt', { image: src! }, { file: file.path, line }, language));
			if (/^(https?:|data:)/.test(src!)) continue;
			const path = src!.startsWith('/') ? join(root, 'public', src!) : join(root, dirname(file.path), decodeURI(src!));
			if (!existsSync(path.split(/[?#]/)[0]!)) findings.push(finding('error', 'missing-image', { image: src! }, { file: file.path, line }, language));
		}
		for (const [, tag] of text.matchAll(/<\s*(script|iframe)\b/gi)) {
			if (!allowRawHtml) findings.push(finding('error', 'raw-html', { tag: tag!.toLowerCase() }, { file: file.path, line }, language));
		}
		for (const [, target] of text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?(\/[^)\s>]*)>?[^)]*\)/g)) links.push({ file, line, target: target! });
	});
	return { findings, links };
}
