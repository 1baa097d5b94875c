/**
 * axe-core in the page under test. `auditPage` evaluates axe's source through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern, so the audit needs no
 * `bypassCSP` and the page runs under its real policy; only the page being audited pays for it.
 * It returns the serious and critical violations with a report naming rule, page and elements.
 * Evaluated once per document; a second audit of the same page (another theme) reuses it.
 * `rules` runs only those rules; `except` runs all but those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SitePage } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const blocking = new Set(['serious', 'critical']);

interface AxeNode {
	target: unknown[];
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: AxeNode[];
}

/**
 * The rules whose result depends on colours: all that changes when a page switches theme
 * (Starlight's themes set html[data-theme] and nothing else; Memoria's CSS reads only that).
 * The other rules judge markup, names and roles, which are the same in both themes.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * The rules whose result depends on the screen's width: what a phone layout can break that a
 * desktop one does not (targets too small to tap, zoom locked, regions that scroll sideways
 * without a keyboard way in, text placed over another background).
 */
export const layoutRules = ['target-size', 'meta-viewport', 'meta-viewport-large', 'scrollable-region-focusable'];

export async function auditPage(
	page: SitePage,
	where: string,
	{ rules, except }: { rules?: string[]; except?: string[] } = {}
): Promise<{ rules: string[]; report: string }> {
	if (!(await page.page.evaluate(() => 'axe' in window))) await page.page.evaluate(axeSource);
	const violations = (await page.page.evaluate(
		async ({ only, skip }) => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
			const options = {
				resultTypes: ['violations'],
				...(only ? { runOnly: { type: 'rule', values: only } } : {}),
				...(skip ? { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) } : {}),
			};
			return (await axe.run(document, options)).violations;
		},
		{ only: rules, skip: except }
	)) as AxeViolation[];
	const serious = violations.filter((v) => blocking.has(v.impact ?? ''));
	const report = serious
		.map((v) =>
			[
				`${v.id} (${v.impact}) on ${where}: ${v.help} — ${v.helpUrl}`,
				...v.nodes.map(
					(n) =>
						`    at ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, ' ')}` : ''}`
				),
			].join('\n')
		)
		.join('\n');
	return { rules: serious.map((v) => v.id), report };
}
