import type { WriterLanguage } from '../errors/writer-language';
import { isTemplatePlaceholder, translateMark } from '../model/placeholders';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';

/**
 * Text a writer was asked to replace and has not: a placeholder of `memoria new`'s templates
 * ("[What was decided]") or a text `memoria translate` marked "[TRANSLATE] " (src/model/placeholders.ts),
 * in any field at any depth (a recommendation's action, an image's alt text, a tool's name). The
 * page would show it as written, and the recommendations and actions boards would count it as
 * real work. A warning, so that a new entry still builds while it is being written (issue 18:
 * `memoria new` output builds); a site that wants none published sets
 * `checks.severity['template-placeholder']` to `'error'`.
 */
export function checkTemplatePlaceholders(file: ContentFile, data: unknown, language: WriterLanguage): Finding[] {
	const findings: Finding[] = [];
	const visit = (value: unknown, path: string[]) => {
		if (typeof value === 'string') {
			const translate = value.startsWith(translateMark);
			if (!translate && !isTemplatePlaceholder(value)) return;
			const field = path.join('.');
			const line = file.lineOf?.(field) ?? file.fieldLines.get(path[0]!);
			findings.push(finding('warning', 'template-placeholder', { field, text: value.trim(), translate }, { file: file.path, line, field }, language));
		} else if (Array.isArray(value)) for (const [i, item] of value.entries()) visit(item, [...path, String(i)]);
		else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
	};
	visit(data, []);
	return findings;
}
