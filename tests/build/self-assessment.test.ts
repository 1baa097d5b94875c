import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, htmlLang, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
});

const pages = { en: '/assessments/ready/', es: '/es/autoevaluaciones/ready/' } as const;

describe('a self-assessment page', () => {
	it.each([
		['/assessments/', 'en'],
		['/es/autoevaluaciones/', 'es'],
		[pages.en, 'en'],
		[pages.es, 'es'],
	])('builds %s with lang="%s"', (path, lang) => {
		expect(htmlLang(site.page(path))).toBe(lang);
	});

	it('lists the assessment in its section, with its description', () => {
		const listing = dom(site.page('/es/autoevaluaciones/'));

		expect(listing.querySelector('main h1')?.text).toBe('Autoevaluaciones');
		expect(listing.querySelector(`a[href="${pages.es}"]`)?.text.trim()).toBe('¿Listos para la encuesta del río?');
		expect(listing.text).toContain('Tres preguntas antes de que empiece la temporada de encuestas.');
	});

	it('asks every question as a fieldset of radio buttons, grouped by dimension, in a form that can submit nowhere', () => {
		const page = dom(site.page(pages.en));
		const form = page.querySelector('memoria-assessment form')!;
		const questions = form.querySelectorAll('fieldset');

		expect(form.getAttribute('action')).toBeUndefined();
		expect(form.getAttribute('method')).toBe('dialog');
		expect(form.querySelectorAll('button').map((b) => b.getAttribute('type'))).toEqual(['button', 'button', 'button']);
		expect(form.querySelectorAll('input:not([type="radio"]), button[type="submit"]')).toHaveLength(0);
		expect(form.querySelectorAll('section > h2').map((h) => h.text)).toEqual(['People', 'Signal']);
		expect(questions.map((f) => f.querySelector('legend')!.text.replace(/\s+/g, ' ').trim())).toEqual([
			'1. Does the team have time in May?',
			'2. Is the boat available?',
			'3. Is there mobile coverage along the river?',
		]);
		// One group per question; each option is a label around its radio button.
		expect(questions[0]!.querySelectorAll('label > input[type="radio"][name="q-time"]')).toHaveLength(3);
		expect(questions[0]!.getAttribute('aria-describedby')).toBe('memoria-h-time');
		expect(page.querySelector('#memoria-h-time')?.text).toBe('Count the days in the field.');
	});

	it('shows the description, the introduction in paragraphs, the promise that answers stay on the device, and the body last', () => {
		const page = dom(site.page(pages.en));
		const entry = page.querySelector('.memoria-entry')!;

		expect(entry.querySelector('.memoria-lead')?.text).toBe('Three questions before the survey season starts.');
		expect(entry.querySelectorAll('p').map((p) => p.text)).toEqual(expect.arrayContaining(['Answer with the survey team.', 'It takes two minutes.']));
		expect(entry.querySelector('.memoria-assessment-privacy')?.text).toContain('Your answers stay on this device. This page sends nothing anywhere');
		expect(entry.querySelectorAll('.memoria-assessment-scale li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toContain(
			'Score 4 to 6: Go Start the survey.'
		);
		expect(entry.innerHTML.indexOf('The survey follows')).toBeGreaterThan(entry.innerHTML.indexOf('memoria-assessment-scale'));
	});

	it('keeps each language’s answers under its own key, and gives the script the scores it needs', () => {
		const element = (path: string) => dom(site.page(path)).querySelector('memoria-assessment')!;
		const model = JSON.parse(element(pages.es).getAttribute('data-model')!) as { questions: { id: string; scores: number[]; options: string[] }[] };

		expect(element(pages.en).getAttribute('data-storage-key')).toBe('memoria-assessment:/ready:en');
		expect(element(pages.es).getAttribute('data-storage-key')).toBe('memoria-assessment:/ready:es');
		expect(model.questions.map((q) => [q.id, q.scores.join(',')])).toEqual([
			['time', '2,1,0'],
			['boat', '2,0'],
			['coverage', '2,1,0'],
		]);
		expect(model.questions[0]!.options).toEqual(['Sí', 'Algo', 'No']);
	});

	it.each([
		['en', '3 questions', ['Answer the last question of this part to see its result.', 'Answer the 2 remaining questions of this part to see its result.']],
		[
			'es',
			'3 preguntas',
			['Responde la última pregunta de esta parte para ver su resultado.', 'Responde las 2 preguntas que faltan en esta parte para ver su resultado.'],
		],
	] as const)('in %s, counts its questions and hands its script the text for each number a part can have left', (language, count, remaining) => {
		const page = dom(site.page(pages[language]));
		const strings = JSON.parse(page.querySelector('memoria-assessment')!.getAttribute('data-strings')!) as { remaining: string[] };

		expect(page.querySelector('.memoria-count')?.text).toBe(count);
		// "People" has two questions, "Signal" one: texts for 1 and 2.
		expect(strings.remaining).toEqual(remaining);
	});

	it('loads one script from this site, and that script has no way to reach the network', () => {
		const html = site.page(pages.en);
		const scripts = dom(html)
			.querySelectorAll('script[src]')
			.map((s) => s.getAttribute('src')!)
			.filter((src) => /AssessmentView/.test(src));

		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
		const code = readFileSync(join(site.dist, scripts[0]!), 'utf8');
		expect(code).not.toMatch(/\bfetch\b|sendBeacon|XMLHttpRequest|WebSocket|EventSource|import\(|\bimport\s*["'{*]/);
		// Other entry pages do not load it.
		expect(site.page('/learnings/listen-first/')).not.toContain('AssessmentView');
	});

	it('is found by search through its title, description, introduction and questions, not through its controls', () => {
		const page = dom(site.page(pages.es));
		const body = page.querySelector('[data-pagefind-body]')!;
		const ignored = (selector: string) => page.querySelectorAll(selector).every((el) => el.closest('[data-pagefind-ignore]') !== null);

		expect(body.text).toContain('Tres preguntas antes de que empiece la temporada de encuestas.');
		expect(body.querySelector('legend')?.closest('[data-pagefind-ignore]')).toBeNull();
		for (const selector of [
			'.memoria-options',
			'[data-actions]',
			'[data-result]',
			'[data-summary]',
			'.memoria-assessment-privacy',
			'.memoria-assessment-scale',
		]) {
			expect(ignored(selector), `${selector} is left out of the search index`).toBe(true);
		}
		expect(page.querySelector('[data-pagefind-filter="type:Autoevaluación"]')).not.toBeNull();
	});

	it('puts the section in the sidebar and its card on the home page', () => {
		expect(
			dom(site.page('/es/'))
				.querySelectorAll('.memoria-cards a')
				.map((a) => a.getAttribute('href'))
		).toContain('/es/autoevaluaciones/');
		expect(dom(site.page('/')).querySelector('#starlight__sidebar a[href="/assessments/"]')?.text.trim()).toBe('Self-assessments');
	});
});
