/**
 * Accessibility: axe-core finds no serious or critical violation on any page type, in either
 * language, in the dark or the light theme. A failure lists each rule, the page and the
 * offending elements' selectors.
 */
import { createRequire } from 'node:module';
import { describe, test } from 'vitest';
import type { Theme, ViewportName } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages } from './support/site';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * Every rule in the dark theme on a desktop screen, and in the light theme on a phone screen,
 * where the layout changes (menu, tables that scroll sideways) and which a phone in its default
 * setting shows. The light theme on a desktop changes only colours, so there the rules that
 * judge colours run (the markup they would check again is the dark run's).
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
const runs: { theme: Theme; viewport: ViewportName; rules?: string[] }[] = [
	{ theme: 'dark', viewport: 'desktop' },
	{ theme: 'light', viewport: 'desktop', rules: colourRules },
	{ theme: 'light', viewport: 'phone' },
];
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

describeInBrowser('Accessibility', () => {
	const browser = useBrowser();

	for (const { theme, viewport, rules } of runs) {
		for (const language of languages) {
			describe.concurrent(`in the ${theme} theme, in ${languageNames[language]}, on a ${viewport} screen`, () => {
				for (const type of site.pageTypes) {
					const path = type.paths[language];
					test(`the ${type.name} (${path}) has no serious or critical axe violation${rules ? ` of the colour rules (${rules.join(', ')})` : ''}`, async ({ expect }) => {
						await withPage(browser(), { viewport, theme, bypassCSP: true }, async (page) => {
							await page.visit(path, { expectStatus: type.status });
							expect(await page.page.getAttribute('html', 'data-theme'), `html[data-theme] on ${path}`).toBe(theme);
							await page.page.addScriptTag({ path: axePath });
							const violations = (await page.page.evaluate(async (only) => {
								const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
								const options = only ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] };
								const results = await axe.run(document, options);
								return results.violations;
							}, rules ?? null)) as AxeViolation[];
							const serious = violations.filter((v) => blocking.has(v.impact ?? ''));
							const report = serious
								.map((v) =>
									[
										`${v.id} (${v.impact}) on ${path} [${theme} theme, ${languageNames[language]}, ${viewport}]: ${v.help} — ${v.helpUrl}`,
										...v.nodes.map((n) => `    at ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, ' ')}` : ''}`),
									].join('\n')
								)
								.join('\n');
							expect(serious.map((v) => v.id), `serious or critical axe violations:\n${report}\n`).toEqual([]);
						});
					});
				}
			});
		}
	}
});
