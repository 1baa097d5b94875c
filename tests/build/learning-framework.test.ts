import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, type FixtureBuild } from './support/fixture';

/**
 * The learning framework's generated pages in a real build of the bilingual-basics fixture:
 * an outcome that follows up a recommendation, an open and overdue recommendation, a call's
 * action items, a shared assumption, and the synthesis and review pages that gather them.
 */
let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
});

const text = (path: string, selector = 'main') => dom(site.page(path)).querySelector(selector)?.text.replace(/\s+/g, ' ') ?? '';

describe('outcomes', () => {
	it('have a page in each language, the Spanish one falling back to the original with its notice', () => {
		expect(text('/outcomes/maps-in-the-market/')).toContain('Traders now pin the flood map at the market entrance');
		expect(site.exists('/es/alcances/maps-in-the-market/')).toBe(true);
		expect(site.page('/es/alcances/maps-in-the-market/')).toContain('Esta página aún no está disponible en tu idioma.');
	});

	it('name the recommendation they show was acted on, and the learning shows where it was', () => {
		const outcome = dom(site.page('/outcomes/maps-in-the-market/'));
		expect(outcome.querySelector('#follows-up')?.parentNode?.text).toContain('Write down what people said, in their words.');
		const learning = dom(site.page('/learnings/listen-first/'));
		const row = learning.querySelectorAll('table.memoria-table tbody tr')[1]!;
		expect(row.querySelector('a')?.getAttribute('href')).toBe('/outcomes/maps-in-the-market/');
	});
});

describe('the recommendations page', () => {
	it('lists open recommendations first, flags an overdue one, and links each to where it was acted on', () => {
		const page = dom(site.page('/recommendations/'));
		const groups = page.querySelectorAll('section.memoria-recommendations h2').map((h) => h.text.replace(/\s+/g, ' ').trim());
		expect(groups).toEqual(['Open (1)', 'Done (1)']);
		const open = page.querySelector('section.memoria-recommendations li')!;
		expect(open.getAttribute('data-overdue')).toBe('');
		expect(open.text).toContain('Hold a listening session before choosing a tool.');
		expect(open.text).toContain('Programme team');
		const done = page.querySelectorAll('section.memoria-recommendations')[1]!;
		expect(done.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/outcomes/maps-in-the-market/');
	});

	it('shows the words of the Spanish translation on the Spanish page', () => {
		expect(text('/es/recomendaciones/')).toContain('Hacer una sesión de escucha antes de elegir una herramienta.');
		expect(text('/es/recomendaciones/')).toContain('1 abiertas (1 vencidas), 1 hechas, 0 descartadas.');
	});
});

describe('open action items', () => {
	it('puts the overdue item first and leaves done items out', () => {
		const page = dom(site.page('/actions/'));
		const overdue = page.querySelector('section[data-overdue]')!;
		expect(overdue.text).toContain('Send the notes to every participant.');
		expect(page.text).not.toContain('Call the water authority.');
		expect(page.querySelector('#by-owner')).not.toBeNull();
		expect(page.text).toContain('Ask the neighbours for flood photos.');
		expect(text('/es/acciones/')).toContain('Vencidas');
	});
});

describe('the assumptions board', () => {
	it('groups every assumption by status in the reader’s language, with its evidence', () => {
		const page = dom(site.page('/es/supuestos/'));
		const challenged = page.querySelector('[data-status="challenged"]')!;
		expect(challenged.text).toContain('La autoridad del agua publica sus datos a tiempo.');
		expect(challenged.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/es/aprendizajes/listen-first/');
		expect(page.querySelector('[data-status="untested"]')?.text).toContain('La gente consulta los mapas del río en el celular.');
	});
});

describe('synthesis and reviews', () => {
	it('gathers a theme’s lessons, recommendations and outcomes, linked from the theme page', () => {
		const page = text('/what-we-learned/community-engagement/');
		expect(page).toContain('Listening first saved months.');
		expect(page).toContain('Hold a listening session before choosing a tool.');
		expect(page).toContain('Flood maps in the market');
		expect(
			dom(site.page('/themes/community-engagement/'))
				.querySelectorAll('main a')
				.map((a) => a.getAttribute('href'))
		).toContain('/what-we-learned/community-engagement/');
	});

	it('has a review per year and per quarter with content, with a plain-text summary', () => {
		expect(site.exists('/reviews/2021/')).toBe(true);
		expect(site.exists('/reviews/2021-q4/')).toBe(true);
		expect(site.exists('/reviews/2021-q3/')).toBe(true);
		const review = dom(site.page('/es/balances/2021/'));
		expect(review.querySelector('[data-memoria-summary]')?.text).toMatch(
			/^En 2021: 1 proyecto nuevo, \d+ aprendizajes?, 1 alcance y 1 llamada con 12 personas en total\.$/
		);
		expect(review.querySelector('.memoria-plain-text pre')?.text).toContain('Balance de aprendizaje: 2021');
		expect(review.querySelector('#assumptions')?.parentNode?.text).toContain('La autoridad del agua publica sus datos a tiempo.');
	});
});
