/** A project page lists its timeline in date order, from the project's start (the list is plain HTML, read as it was built). */
import { expect, test } from 'vitest';
import { languageNames, languages } from '../e2e/support/site';
import { page, site } from './support/dist';

const project = site.pageTypes.find((t) => t.key === 'entry:projects');

for (const language of languages) {
	test(`in ${languageNames[language]}, a project page lists its timeline in date order, from its start`, () => {
		expect(project, 'no project page in dist/').toBeDefined();
		const items = page(project!.paths[language]).querySelectorAll('.memoria-timeline li');
		const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime'));
		const kinds = items.map((item) => item.getAttribute('data-kind'));

		expect(dates.length).toBeGreaterThan(1);
		expect(dates.every(Boolean), 'every item is dated').toBe(true);
		expect(kinds[0]).toBe('start');
		expect(dates).toEqual([...dates].sort());
	});
}
