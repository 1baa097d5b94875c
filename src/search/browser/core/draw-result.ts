/**
 * One result as a list item, alike in the dialog, on the search page and in the offline copy:
 * the title as a link, the meta line, then the excerpt with the words found marked. Everything
 * goes in as text (the excerpt's marks as <mark> elements made here), so nothing a page's content
 * holds can become markup.
 */
import { describeResult, type FoundPage, type ResultContext } from './found-page';

export function drawResult(found: FoundPage, context: ResultContext): HTMLLIElement {
	const shown = describeResult(found, context);
	const item = document.createElement('li');
	const link = document.createElement('a');
	if (shown.href !== undefined) link.href = shown.href;
	link.textContent = shown.title;
	const meta = document.createElement('p');
	meta.className = 'memoria-result-meta';
	meta.textContent = shown.meta;
	const excerpt = document.createElement('p');
	for (const part of found.excerpt) {
		if (!part.marked) excerpt.append(part.text);
		else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
	}
	if (shown.lang) link.lang = excerpt.lang = shown.lang;
	item.append(link, meta, excerpt);
	return item;
}
