/**
 * Relations between entries, followed by clicking: a project lists its learnings, and a
 * learning's "Project" fact links back to the project. Every such link's address, in both
 * languages, is checked in the HTML (tests/static/relations.test.ts); here the links are
 * followed once at each screen size, in English on a desktop and in Spanish on a phone.
 */
import { describe, test } from 'vitest';
import { listProblems, type ViewportName } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, urls, type Language } from './support/site';

describeInBrowser('Relations', () => {
	const browser = useBrowser();

	const runs: { viewport: ViewportName; language: Language }[] = [
		{ viewport: 'desktop', language: 'en' },
		{ viewport: 'phone', language: 'es' },
	];
	describe.concurrent('a project and its learnings', () => {
		for (const { viewport, language } of runs) {
			const project = site.projectWithLearnings;
			const start = project?.paths[language] ?? `a ${languageNames[language]} project page`;
			test(`on a ${viewport} screen, from the project ${start}, clicking one of its learnings opens that learning in ${languageNames[language]}, whose Project fact leads back to the project`, async ({
				expect,
			}) => {
				expect(project, 'no project page in dist/ lists a learning (section[aria-labelledby="learnings"])').not.toBeNull();
				await withPage(browser(), { viewport }, async (page) => {
					await page.visit(project!.paths[language]);
					const learningLink = page.page.locator('main section[aria-labelledby="learnings"] a').first();
					const title = (await learningLink.innerText()).trim();
					const href = await learningLink.getAttribute('href');
					const learningPrefix = urls.listing('learnings', language);
					expect(href, `the first learning link on ${project!.paths[language]}`).toMatch(new RegExp(`^${learningPrefix}[^/]+/$`));

					const toLearning = await page.follow(learningLink);
					expect.soft(toLearning?.status(), `HTTP status of ${page.pathname}`).toBe(200);
					expect.soft(page.pathname, 'address after clicking the learning').toBe(href);
					expect.soft(await page.htmlLang()).toBe(language);
					expect.soft(await page.h1s(), 'the learning page is titled as the link that led to it').toEqual([title]);

					const projectPrefix = urls.listing('projects', language);
					const projectFact = page.page.locator(`main dl.memoria-facts a[href^="${projectPrefix}"]`);
					expect(await projectFact.count(), `${page.pathname} has one Project fact linking into ${projectPrefix}`).toBe(1);
					const back = await page.follow(projectFact);
					expect.soft(back?.status()).toBe(200);
					expect.soft(page.pathname, 'address after clicking the Project fact').toBe(project!.paths[language]);
					expect.soft(page.consoleErrors, `console errors:\n${listProblems(page.consoleErrors)}`).toEqual([]);
					expect.soft(page.failedRequests, `failed requests:\n${listProblems(page.failedRequests)}`).toEqual([]);
				});
			});
		}
	});
});
