import type { WriterLanguage } from '../errors/writer-language';
import type { Finding } from '../checks/findings';
import { place } from '../checks/findings';
import { escapeHtml } from '../lib/escape-html';
import { problemText } from './problem-text';

/**
 * The dev server's own pages: the page that stands in for one whose files have errors, and the
 * list of every problem of the site. Plain HTML with its styles inline, apart from Starlight's
 * frame: they must show whatever state the content is in. Every text from a file or a message is
 * escaped. Each page reloads itself when the problems change (an event from the dev server).
 */
export interface ProblemPageContext {
	language: WriterLanguage;
	/** The site's base path, ending with "/". */
	base: string;
	/** The guide section that explains a check's id, when the site has one (guide-entries.ts). */
	guideFor(id: string): string | undefined;
	/** The text of a file from the site's root, for the lines around a problem. */
	textOf(path: string): string | undefined;
}

export const problemsPath = '_memoria/problems/';
export const problemEventsPath = '_memoria/problems/events';

/** The page shown instead of `address`, with each error of the files behind it. */
export function errorPage(address: string, errors: readonly Finding[], context: ProblemPageContext): string {
	const text = problemText[context.language];
	const sections = errors.map((finding, index) => problemSection(finding, `problem-${index + 1}`, context)).join('\n');
	const body = `<h1>${escapeHtml(text.pageTitle)}</h1>
<p>${escapeHtml(text.intro(address))}</p>
${sections}
<p><a href="${escapeHtml(`${context.base}${problemsPath}`)}">${escapeHtml(text.allProblems)}</a></p>`;
	return page(`${text.pageTitle} · ${errors[0]?.file ?? address}`, body, context);
}

/** The list of every problem of the site, errors first, each with the pages it stands in for. */
export function problemsPage(findings: readonly Finding[], pagesOf: (finding: Finding) => string[], context: ProblemPageContext): string {
	const text = problemText[context.language];
	const errors = findings.filter((f) => f.severity === 'error');
	const warnings = findings.filter((f) => f.severity === 'warning');
	const item = (finding: Finding) => {
		const pages = pagesOf(finding)
			.map((address) => `<a href="${escapeHtml(context.base + address.replace(/^\//, ''))}">${escapeHtml(address)}</a>`)
			.join(', ');
		return `<li>${summary(finding, context)}${pages ? `<p>${escapeHtml(text.pages)}: ${pages}</p>` : ''}</li>`;
	};
	const list = (heading: string, count: string, items: readonly Finding[]) =>
		items.length === 0 ? '' : `<h2>${escapeHtml(heading)}</h2>\n<p>${escapeHtml(count)}</p>\n<ol class="problems">${items.map(item).join('\n')}</ol>`;
	const body = `<h1>${escapeHtml(text.indexTitle)}</h1>
<p>${escapeHtml(text.indexIntro)}</p>
${findings.length === 0 ? `<p role="status">${escapeHtml(text.noProblems)}</p>` : ''}
${list(text.errorsHeading, text.errors(errors.length), errors)}
${list(text.warningsHeading, text.warnings(warnings.length), warnings)}`;
	return page(text.indexTitle, body, context);
}

/** One finding in the list: where, what, how to fix it, and its id with the guide's entry. */
function summary(finding: Finding, context: ProblemPageContext): string {
	const text = problemText[context.language];
	return `<p class="place"><span class="visually-hidden">${escapeHtml(text.problem)}: </span><code>${escapeHtml(place(finding))}</code></p>
<p>${escapeHtml(finding.message)}</p>
<p>${escapeHtml(finding.hint)}</p>
<p class="check">${checkLine(finding, context)}</p>`;
}

function checkLine(finding: Finding, context: ProblemPageContext): string {
	const text = problemText[context.language];
	const guide = context.guideFor(finding.id);
	return `${escapeHtml(text.check)}: <code>memoria:${escapeHtml(finding.id)}</code>${guide ? ` · <a href="${escapeHtml(guide)}">${escapeHtml(text.guide(finding.id))}</a>` : ''}`;
}

/** One error on the page that stands in for another: every part named, and the lines around it. */
function problemSection(finding: Finding, id: string, context: ProblemPageContext): string {
	const text = problemText[context.language];
	const row = (term: string, value: string) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`;
	const rows = [
		row(text.whatIsWrong, escapeHtml(finding.message)),
		row(text.whatToDo, escapeHtml(finding.hint)),
		row(text.file, `<code>${escapeHtml(finding.file)}</code>`),
		...(finding.line ? [row(text.line, String(finding.line))] : []),
		...(finding.field ? [row(text.field, `<code>${escapeHtml(finding.field)}</code>`)] : []),
		row(text.check, checkLine(finding, context).replace(/^[^:]*: /, '')),
	];
	return `<section class="problem" aria-labelledby="${id}" data-memoria-problem="${escapeHtml(finding.id)}">
<h2 id="${id}"><code>${escapeHtml(place(finding))}</code></h2>
<dl>${rows.join('')}</dl>
${excerpt(finding, context)}
</section>`;
}

/** The lines around a problem's line, numbered, its own line marked. */
function excerpt(finding: Finding, context: ProblemPageContext): string {
	if (!finding.line) return '';
	const source = context.textOf(finding.file);
	if (source === undefined) return '';
	const lines = source.split(/\r?\n/);
	const from = Math.max(1, finding.line - 3);
	const to = Math.min(lines.length, finding.line + 2);
	const width = String(to).length;
	const shown = [];
	for (let n = from; n <= to; n++) {
		const line = `${String(n).padStart(width)}  ${escapeHtml(lines[n - 1] ?? '')}`;
		shown.push(n === finding.line ? `<mark>${line}</mark>` : line);
	}
	const text = problemText[context.language];
	return `<figure><figcaption>${escapeHtml(text.excerpt(finding.file))}</figcaption><pre>${shown.join('\n')}</pre></figure>`;
}

function page(title: string, body: string, context: ProblemPageContext): string {
	const text = problemText[context.language];
	return `<!doctype html>
<html lang="${context.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Memoria</title>
<style>
:root { color-scheme: light dark; --accent: #b42318; --ink: #1d1d1f; --paper: #fff; --soft: #f4f4f5; --mark: #fde68a; }
@media (prefers-color-scheme: dark) { :root { --accent: #ff8a80; --ink: #f4f4f5; --paper: #18181b; --soft: #27272a; --mark: #713f12; } }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.05rem/1.55 system-ui, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { color: var(--accent); font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.1rem; margin-top: 2rem; overflow-wrap: anywhere; }
.problem { border-inline-start: 0.4rem solid var(--accent); padding: 0.25rem 1rem 0.75rem; margin: 1.5rem 0; background: var(--soft); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; margin: 0; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
pre { overflow-x: auto; padding: 0.75rem; background: var(--paper); border: 1px solid currentColor; font-size: 0.9rem; }
mark { background: var(--mark); color: inherit; display: inline-block; min-width: 100%; }
figcaption { font-size: 0.9rem; margin-top: 1rem; }
a { color: inherit; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.problems > li { margin-bottom: 1.5rem; }
.problems p { margin: 0.2rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
</style>
</head>
<body>
<main>
${body}
<p><small>${escapeHtml(text.updating)}</small></p>
</main>
<script>new EventSource(${JSON.stringify(`${context.base}${problemEventsPath}`)}).onmessage = () => location.reload();</script>
</body>
</html>
`;
}
