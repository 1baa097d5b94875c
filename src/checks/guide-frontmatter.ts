import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { unsafeScheme } from './raw-html';

/**
 * Starlight lets a guide's frontmatter carry markup: `head` entries (any element, scripts
 * included), a hero image written as raw HTML, attributes on hero actions and on the guide's
 * sidebar link (which every page shows), and an edit link that could be any address. Memoria never
 * writes them (route-data.ts, Hero.astro), and says so here rather than dropping them without a
 * word; a hero action's link, and a previous/next link's, must be a safe address. With
 * `allowRawHtml`, the markup passes.
 */
export function checkGuideFrontmatter(file: ContentFile, data: Record<string, unknown>, allowRawHtml: boolean, language: WriterLanguage): Finding[] {
	const findings: Finding[] = [];
	const line = (field: string) => file.lineOf?.(field) ?? file.fieldLines.get(field.split('.')[0]!);
	const where = (field: string) => ({ file: file.path, line: line(field), field });
	const head = Array.isArray(data.head) ? (data.head as { tag?: unknown }[]) : [];
	const hero = (data.hero ?? {}) as { image?: { html?: unknown }; actions?: { link?: unknown; attrs?: Record<string, unknown> }[] };
	const sidebar = (data.sidebar ?? {}) as { attrs?: Record<string, unknown> };
	if (!allowRawHtml) {
		for (const [i, entry] of head.entries())
			findings.push(finding('error', 'raw-html', { kind: 'element', name: String(entry.tag ?? 'head') }, where(`head.${i}`), language));
		if (typeof hero.image?.html === 'string')
			findings.push(finding('error', 'raw-html', { kind: 'element', name: 'hero.image.html' }, where('hero.image.html'), language));
		(hero.actions ?? []).forEach((action, i) => {
			for (const name of Object.keys(action.attrs ?? {}))
				findings.push(finding('error', 'raw-html', { kind: 'attribute', name }, where(`hero.actions.${i}.attrs`), language));
		});
		// Starlight writes these on the guide's link in every page's sidebar: a style could cover every page.
		for (const name of Object.keys(sidebar.attrs ?? {}))
			findings.push(finding('error', 'raw-html', { kind: 'attribute', name }, where('sidebar.attrs'), language));
	}
	// The "Edit page" link of every page of this guide.
	if (typeof data.editUrl === 'string') {
		const scheme = unsafeScheme(data.editUrl, 'link');
		if (scheme) findings.push(finding('error', 'unsafe-url', { url: data.editUrl, scheme }, where('editUrl'), language));
	}
	(hero.actions ?? []).forEach((action, i) => {
		const scheme = typeof action.link === 'string' ? unsafeScheme(action.link, 'link') : undefined;
		if (scheme) findings.push(finding('error', 'unsafe-url', { url: String(action.link), scheme }, where(`hero.actions.${i}.link`), language));
	});
	// The previous/next links at the foot of the page (src/site/guide-pagination.ts, which also never draws one).
	for (const field of ['prev', 'next'] as const) {
		const link = (data[field] as { link?: unknown } | undefined)?.link;
		const scheme = typeof link === 'string' ? unsafeScheme(link, 'link') : undefined;
		if (scheme) findings.push(finding('error', 'unsafe-url', { url: String(link), scheme }, where(`${field}.link`), language));
	}
	return findings;
}
