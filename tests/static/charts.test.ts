/**
 * The demo's charts, as their HTML gives them to a screen reader or a reader without styles, in
 * both languages: an image named by its title, a one-sentence summary, and the data beside it (a
 * table behind a closed disclosure for the bar charts, the dated list for a project's timeline).
 * How they look in each theme and at phone width: tests/e2e/print-and-charts.e2e.ts.
 */
import { describe, expect, test } from 'vitest';
import { languageNames, languages, type Language } from '../e2e/support/site';
import { charts, dataToggle } from '../e2e/support/charts';
import { page, site, text } from './support/dist';

for (const language of languages) {
	describe(`in ${languageNames[language]}`, () => {
		for (const chart of charts(site)) {
			const path = chart.path[language as Language];
			test(`the chart on ${chart.where} (${path}) is an image named "${chart.name[language]}…", with a summary and its data`, () => {
				const html = page(path);
				const figures = html.querySelectorAll(chart.selector);
				expect(figures, `a chart ${chart.selector} on ${path}`).toHaveLength(1);
				const figure = figures[0]!;

				const images = figure.querySelectorAll('svg[role="img"]');
				expect(images, 'one drawing, with the role of an image').toHaveLength(1);
				// Its accessible name: the text of the elements aria-labelledby names, in order.
				const name = (images[0]!.getAttribute('aria-labelledby') ?? '')
					.split(/\s+/)
					.map((id) => text(html.getElementById(id)))
					.join(' ');
				expect(name, 'the name of the drawing').toMatch(new RegExp(`^${chart.name[language]}`));
				expect(text(figure.querySelector('.memoria-chart-summary')).length, 'a one-sentence summary').toBeGreaterThan(20);

				if (chart.table) {
					const details = figure.querySelector('details');
					expect(text(details?.querySelector('summary')), 'the data behind a disclosure').toBe(dataToggle[language]);
					expect(details?.hasAttribute('open'), 'the data starts closed').toBe(false);
					expect(details?.querySelectorAll('table tbody tr').length, 'rows of data').toBeGreaterThan(0);
				} else {
					// The timeline's data is the dated list beside it.
					expect(html.querySelectorAll('.memoria-timeline ol li').length).toBeGreaterThan(1);
				}
			});
		}
	});
}
