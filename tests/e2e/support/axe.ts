/**
 * axe-core in the page under test. `auditPage` evaluates axe's source through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern, so the audit needs no
 * `bypassCSP` and the page runs under its real policy; only the page being audited pays for it.
 * It returns the serious and critical violations with a report naming rule, page and elements.
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

export async function auditPage(page: SitePage, where: string): Promise<{ rules: string[]; report: string }> {
	if (!(await page.page.evaluate(() => 'axe' in window))) await page.page.evaluate(axeSource);
	const violations = (await page.page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
		return (await axe.run(document, { resultTypes: ['violations'] })).violations;
	})) as AxeViolation[];
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
