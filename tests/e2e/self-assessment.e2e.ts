/**
 * The self-assessment page, in both languages: answered by keyboard and by clicking, the result
 * computed and announced, answers kept in this browser only (restored after a reload, gone after
 * "Clear my answers", never shared between languages), no request of any kind once the page
 * has loaded (it keeps working offline), no serious or critical axe violation with a result on
 * screen, a printed summary without navigation, and a readable form without JavaScript.
 */
import { createRequire } from 'node:module';
import { describe, test } from 'vitest';
import type { ClientModel } from '../../src/self-assessment/browser/assessment-client';
import type { Texts } from '../../src/translations/catalogue';
import { en } from '../../src/translations/en';
import { es } from '../../src/translations/es';
import type { SitePage, Theme, ViewportName } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, otherLanguage, type Language } from './support/site';

const text: Record<Language, Texts> = { en, es };
const assessment = site.pageTypes.find((t) => t.key === 'entry:assessments');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Answers = Record<string, number>;

/** Opens the assessment page and waits until its script has started. */
async function open(page: SitePage, language: Language): Promise<ClientModel> {
	await page.visit(assessment!.paths[language]);
	await page.page.locator('memoria-assessment[data-ready]').waitFor({ state: 'attached' });
	return JSON.parse((await page.page.locator('memoria-assessment').getAttribute('data-model'))!) as ClientModel;
}

const radio = (page: SitePage, question: string, index: number) => page.page.locator(`#memoria-q-${question} input[type="radio"]`).nth(index);
const label = (page: SitePage, question: string, index: number) => page.page.locator(`#memoria-q-${question} label`).nth(index);

/** The checked option of every answered question, read from the form. */
function checkedAnswers(page: SitePage): Promise<Answers> {
	return page.page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLInputElement>('memoria-assessment input[type="radio"]:checked')].map((r) => [r.dataset.question!, Number(r.value)])
		)
	);
}

/** What the result should say, worked out here from the page's own scores and bands. */
function expectedResult(model: ClientModel, answers: Answers) {
	const bandOf = (bands: ClientModel['overall'], score: number) => bands.find((b) => b.from <= score && score <= b.to)?.title;
	const sum = (questions: ClientModel['questions']) => questions.reduce((total, q) => total + q.scores[answers[q.id]!]!, 0);
	const parts = model.dimensions.map((d) => {
		const score = sum(model.questions.filter((q) => q.dimension === d.id));
		return { id: d.id, score, title: bandOf(d.bands, score) };
	});
	const overall = sum(model.questions);
	return { parts, overall: model.overall.length > 0 ? { score: overall, title: bandOf(model.overall, overall) } : undefined };
}

/**
 * Chooses option i of question i (cycling) for every question in one step in the page, as a
 * click would: the radio checked, a change event sent. Answering by mouse and keyboard is the
 * first test's subject; the others only need every question answered.
 */
async function answerAll(page: SitePage, model: ClientModel): Promise<Answers> {
	const answers: Answers = Object.fromEntries(model.questions.map((q, i) => [q.id, i % q.options.length]));
	await page.page.evaluate((chosen) => {
		for (const [question, index] of Object.entries(chosen)) {
			const radio = document.querySelectorAll<HTMLInputElement>(`#memoria-q-${question} input[type="radio"]`)[index]!;
			radio.checked = true;
			radio.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}, answers);
	return answers;
}

const verdict = (page: SitePage, part: string) => page.page.locator(`[data-result] [data-part="${part}"] .memoria-result-verdict`);

describeInBrowser('Self-assessment', () => {
	const browser = useBrowser();

	test('the demo site has a self-assessment page in every language', ({ expect }) => {
		expect(assessment, `page types found: ${site.pageTypes.map((t) => t.key).join(', ')}`).toBeDefined();
	});

	for (const language of languages) {
		const t = text[language];
		describe.concurrent(`in ${languageNames[language]}`, () => {
			test('answered by keyboard and by clicking, “See my result” shows every part’s band in a live region', async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					const model = await open(page, language);
					const [q1, q2, q3, ...rest] = model.questions;

					// Click the first option of question 1, then Tab to question 2 and choose with the arrow key.
					await label(page, q1!.id, 0).click();
					await radio(page, q1!.id, 0).focus();
					await page.page.keyboard.press('Tab');
					expect(await radio(page, q2!.id, 0).evaluate((el) => el === document.activeElement), 'Tab leads from question 1 to question 2').toBe(true);
					await page.page.keyboard.press('ArrowDown');
					// Tab on to question 3 and choose its first option with the space bar.
					await page.page.keyboard.press('Tab');
					await page.page.keyboard.press('Space');
					const answers: Answers = { [q1!.id]: 0, [q2!.id]: 1, [q3!.id]: 0 };
					expect(await checkedAnswers(page), 'options chosen by click, arrow key and space bar').toEqual(answers);

					for (const [i, q] of rest.entries()) {
						answers[q.id] = (i + 1) % q.options.length;
						await label(page, q.id, answers[q.id]!).click();
					}
					// From the last question, Tab reaches “See my result”; Enter presses it.
					await radio(page, rest.at(-1)!.id, answers[rest.at(-1)!.id]!).focus();
					await page.page.keyboard.press('Tab');
					const see = page.page.locator('[data-see]');
					expect(await see.evaluate((el) => el === document.activeElement), '“See my result” follows the last question in the tab order').toBe(true);
					await page.page.keyboard.press('Enter');

					const result = page.page.locator('[data-result]');
					expect(await result.getAttribute('aria-live')).toBe('polite');
					expect(await result.locator('h2').innerText()).toBe(t['memoria.assessment.result']);
					const expected = expectedResult(model, answers);
					if (expected.overall) {
						expect(await verdict(page, 'overall').innerText(), 'overall verdict').toBe(expected.overall.title);
						expect(await result.locator('[data-part="overall"] .memoria-result-score').innerText()).toContain(String(expected.overall.score));
					}
					for (const part of expected.parts) {
						expect(await verdict(page, part.id).innerText(), `verdict of ${part.id}`).toBe(part.title);
						expect(await result.locator(`[data-part="${part.id}"] .memoria-result-score`).innerText(), `score of ${part.id}`).toContain(String(part.score));
					}
					expect(page.consoleErrors).toEqual([]);
				});
			});

			test('with questions left, the result says so and leads to the first one without an answer', async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					const model = await open(page, language);
					const [first, second] = model.questions;
					await label(page, first!.id, 0).click();
					await page.page.locator('[data-see]').click();

					expect(await page.page.locator('[data-result] [data-part="overall"]').innerText()).toContain(t['memoria.assessment.overallPending']);
					expect(await page.page.locator('[data-result] [data-band]:not([data-band="pending"])').count(), 'no verdict from half the answers').toBe(0);
					await page.page.locator('[data-result] [data-part="overall"] a').click();
					expect(await radio(page, second!.id, 0).evaluate((el) => el === document.activeElement), 'focus on the first unanswered question').toBe(true);
				});
			});

			test('answers stay in this browser for this page and language: restored after a reload, gone after “Clear my answers”', async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					const model = await open(page, language);
					const key = (await page.page.locator('memoria-assessment').getAttribute('data-storage-key'))!;
					expect(key, 'the storage key names the assessment and the language').toMatch(new RegExp(`${assessment!.id}:${language}$`));
					for (const q of model.questions.slice(0, 3)) await label(page, q.id, 1).click();
					await page.page.locator('[data-see]').click();
					const answers = await checkedAnswers(page);

					const stored = await page.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('memoria')));
					expect(stored, 'one key, namespaced for this assessment and language').toEqual([key]);
					expect(JSON.parse((await page.page.evaluate((k) => localStorage.getItem(k), key))!).answers).toEqual(answers);

					await page.page.reload();
					await page.page.locator('memoria-assessment[data-ready]').waitFor({ state: 'attached' });
					expect(await checkedAnswers(page), 'answers after a reload').toEqual(answers);
					expect(await page.page.locator('[data-status]').innerText()).toBe(t['memoria.assessment.restored']);
					expect(await page.page.locator('[data-result] h2').innerText(), 'the result shown before the reload is shown again').toBe(
						t['memoria.assessment.result']
					);

					// The same assessment in the other language starts empty.
					await page.visit(assessment!.paths[otherLanguage(language)]);
					await page.page.locator('memoria-assessment[data-ready]').waitFor({ state: 'attached' });
					expect(await checkedAnswers(page), 'answers in the other language').toEqual({});
					await page.visit(assessment!.paths[language]);
					await page.page.locator('memoria-assessment[data-ready]').waitFor({ state: 'attached' });
					expect(await checkedAnswers(page)).toEqual(answers);

					await page.page.locator('[data-clear]').click();
					expect(await checkedAnswers(page), 'answers after clearing').toEqual({});
					expect(await page.page.evaluate((k) => localStorage.getItem(k), key), 'nothing left in storage').toBeNull();
					expect(await page.page.locator('[data-result]').innerText()).toBe('');
					expect(await page.page.locator('[data-status]').innerText()).toBe(t['memoria.assessment.cleared']);
					await page.page.reload();
					await page.page.locator('memoria-assessment[data-ready]').waitFor({ state: 'attached' });
					expect(await checkedAnswers(page), 'answers after clearing and reloading').toEqual({});
				});
			});

			test('once loaded, the page sends no request of any kind and keeps working offline; the form submits nowhere', async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					// Every way a script could reach the network, recorded before the page's own scripts run.
					await page.context.addInitScript(() => {
						const calls: string[] = [];
						(window as unknown as { __network: string[] }).__network = calls;
						const spy = <T extends (...args: never[]) => unknown>(name: string, fn: T): T =>
							function (this: unknown, ...args: Parameters<T>) {
								calls.push(`${name} ${String(args[0])}`);
								return fn.apply(this, args);
							} as T;
						window.fetch = spy('fetch', window.fetch);
						navigator.sendBeacon = spy('sendBeacon', navigator.sendBeacon.bind(navigator));
						XMLHttpRequest.prototype.open = spy('XMLHttpRequest', XMLHttpRequest.prototype.open);
						for (const name of ['WebSocket', 'EventSource'] as const) {
							const Original = window[name];
							window[name] = new Proxy(Original, {
								construct(target, args) {
									calls.push(`${name} ${String(args[0])}`);
									return Reflect.construct(target, args);
								},
							}) as never;
						}
						window.print = () => calls.length; // printing is not a request; keep the dialog out of the way
					});
					const model = await open(page, language);
					await page.settle();
					const loaded = page.requests.length;
					await page.context.setOffline(true);

					const answers = await answerAll(page, model);
					await page.page.locator('[data-see]').click();
					await page.page.locator('[data-print]').click();
					await page.page.locator('[data-clear]').click();
					await answerAll(page, model);
					await page.page.locator('[data-see]').click();
					const form = page.page.locator('memoria-assessment form');
					expect(await form.getAttribute('action'), 'the form has no action').toBeNull();
					expect(await form.getAttribute('method')).toBe('dialog');
					const before = page.page.url();
					await form.evaluate((f) => (f as HTMLFormElement).requestSubmit());
					await page.settle();

					const expected = expectedResult(model, answers);
					if (expected.overall) expect(await verdict(page, 'overall').innerText(), 'the result, computed offline').toBe(expected.overall.title);
					expect(page.page.url(), 'submitting the form goes nowhere').toBe(before);
					expect(page.requests.slice(loaded), 'requests after the page had loaded').toEqual([]);
					expect(await page.page.evaluate(() => (window as unknown as { __network: string[] }).__network), 'network calls from scripts').toEqual([]);
				});
			});

			// Markup is audited on every page type by pages.e2e.ts; here the result's own parts, once per language.
			const runs: { theme: Theme; viewport: ViewportName }[] =
				language === 'en' ? [{ theme: 'dark', viewport: 'desktop' }] : [{ theme: 'light', viewport: 'phone' }];
			for (const { theme, viewport } of runs) {
				test(`with a result on screen (${theme} theme, ${viewport}), axe finds no serious or critical violation`, async ({ expect }) => {
					await withPage(browser(), { theme, viewport, bypassCSP: true }, async (page) => {
						const model = await open(page, language);
						await answerAll(page, model);
						await page.page.locator('[data-see]').click();
						// Changing an answer afterwards puts the “answers changed” note on screen too.
						await label(page, model.questions[0]!.id, 1).click();
						expect(await page.page.locator('[data-outdated]').isVisible()).toBe(true);
						await page.page.locator('.memoria-assessment-scale summary').click();
						await page.page.addScriptTag({ path: axePath });
						const violations = await page.page.evaluate(async () => {
							const axe = (
								window as unknown as {
									axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> };
								}
							).axe;
							return (await axe.run(document, { resultTypes: ['violations'] })).violations;
						});
						const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
						expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
					});
				});
			}

			test('“Print summary” prints the questions with the chosen answers and the result, without navigation or controls', async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					await page.context.addInitScript(() => {
						window.print = () => {
							(window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
						};
					});
					const model = await open(page, language);
					const half = model.questions.slice(0, Math.ceil(model.questions.length / 2));
					for (const q of half) await label(page, q.id, 0).click();
					const summary = page.page.locator('[data-summary]');
					expect(await summary.isVisible(), 'the summary is for paper only').toBe(false);

					await page.page.locator('[data-print]').click();
					expect(await page.page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
					await page.page.emulateMedia({ media: 'print' });

					for (const selector of [
						'nav.sidebar',
						'header.header',
						'footer',
						'[data-actions]',
						'.memoria-assessment-form',
						'.memoria-assessment-privacy',
						'.memoria-assessment-scale',
					]) {
						expect(await page.page.locator(selector).first().isVisible(), `${selector} when printed`).toBe(false);
					}
					expect(await page.page.locator('main h1').isVisible(), 'the title when printed').toBe(true);
					expect(await summary.isVisible(), 'the summary when printed').toBe(true);
					const printed = await summary.innerText();
					for (const q of model.questions) {
						expect(printed).toContain(q.text);
						expect(printed, `the answer to ${q.id}`).toContain(half.includes(q) ? q.options[0]! : t['memoria.assessment.notAnswered']);
					}
					expect(await page.page.locator('[data-result] h2').isVisible(), 'the result when printed').toBe(true);

					await page.page.emulateMedia({ media: 'screen' });
					expect(await summary.isVisible()).toBe(false);
					expect(await page.page.locator('.memoria-assessment-form').isVisible()).toBe(true);
				});
			});

			test('without JavaScript the questions can be read and answered, and the page says what it cannot do', async ({ expect }) => {
				await withPage(browser(), { javaScriptEnabled: false }, async (page) => {
					await page.visit(assessment!.paths[language]);
					const fieldsets = page.page.locator('memoria-assessment fieldset');
					const count = await fieldsets.count();
					expect(count).toBeGreaterThan(1);
					expect(await page.page.locator('memoria-assessment fieldset > legend').count(), 'every question is a fieldset with a legend').toBe(count);
					expect(await page.page.locator('[data-actions]').isVisible(), 'buttons that need the script are hidden').toBe(false);
					expect(await page.page.locator('.memoria-assessment-privacy').innerText()).toContain(t['memoria.assessment.noscript']);
					await fieldsets.first().locator('label').nth(1).click();
					expect(await fieldsets.first().locator('input').nth(1).isChecked()).toBe(true);
				});
			});
		});
	}
});
