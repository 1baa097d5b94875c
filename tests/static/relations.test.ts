/**
 * Relations between entries as links, in both languages: a project lists its learnings, and
 * each of those learnings' "Project" fact links back to the project. Following them by
 * clicking: tests/e2e/relations.e2e.ts.
 */
import { expect, test } from 'vitest';
import { languageNames, languages, urls } from '../e2e/support/site';
import { exists, page, site, text } from './support/dist';

const project = site.projectWithLearnings;

for (const language of languages) {
	test(`in ${languageNames[language]}, a project's learnings are linked from it, titled as the links, and each links back to it with its Project fact`, () => {
		expect(project, 'no project page in dist/ lists a learning (section[aria-labelledby="learnings"])').not.toBeNull();
		const from = project!.paths[language];
		const links = page(from).querySelectorAll('main section[aria-labelledby="learnings"] a');
		expect(links.length, `learnings linked from ${from}`).toBeGreaterThan(0);
		for (const link of links) {
			const href = link.getAttribute('href')!;
			expect(href, `a learning link on ${from}`).toMatch(new RegExp(`^${urls.listing('learnings', language)}[^/]+/$`));
			expect(exists(href), `${href} is built`).toBe(true);
			const learning = page(href);
			expect.soft(text(learning.querySelector('h1')), `the title of ${href}`).toBe(text(link));
			expect.soft(learning.querySelector('html')?.getAttribute('lang')).toBe(language);
			const facts = learning.querySelectorAll(`main dl.memoria-facts a[href^="${urls.listing('projects', language)}"]`).map((a) => a.getAttribute('href'));
			expect.soft(facts, `the Project fact of ${href}`).toEqual([from]);
		}
	});
}
