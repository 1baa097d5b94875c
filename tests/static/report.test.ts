/**
 * A project's printable report is linked from its project page, in both languages, and is a
 * page in that language. How it prints: tests/e2e/print-and-charts.e2e.ts.
 */
import { expect, test } from 'vitest';
import { languageNames, languages } from '../e2e/support/site';
import { exists, page, site } from './support/dist';

const project = site.projectWithLearnings;
const report = site.pageTypes.find((t) => t.key === 'report');

for (const language of languages) {
	test(`in ${languageNames[language]}, the project page links to its printable report, a page in ${languageNames[language]}`, () => {
		expect(report, `no project report in dist/ (${site.missingPageTypes.join(', ')})`).toBeDefined();
		const from = project!.paths[language];
		const to = report!.paths[language];
		expect(page(from).querySelectorAll(`main a[href="${to}"]`), `links to ${to} on ${from}`).toHaveLength(1);
		expect(exists(to), `${to} is built`).toBe(true);
		expect(page(to).querySelector('html')?.getAttribute('lang')).toBe(language);
	});
}
