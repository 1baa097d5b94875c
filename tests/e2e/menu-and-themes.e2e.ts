/**
 * The phone menu (Starlight's sidebar popover) works by touch and by keyboard, and the site
 * renders in both the dark and the light theme chosen with the theme select.
 */
import { describe, test } from 'vitest';
import { viewportNames, type SitePage } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, sections, urls, type Language } from './support/site';
import { isMenuOpen, menuButton, menuButtonSelector, sidebar, sidebarSelector, themeSelect } from './support/ui';

/** Presses Tab until `matches` holds for the focused element; returns its description or null. */
async function tabUntil(page: SitePage, matches: string, maxPresses: number): Promise<string | null> {
	for (let i = 0; i < maxPresses; i++) {
		await page.page.keyboard.press('Tab');
		const found = await page.page.evaluate((selector) => {
			const el = document.activeElement;
			return el?.matches(selector) ? (el.getAttribute('href') ?? el.outerHTML.slice(0, 80)) : null;
		}, matches);
		if (found) return found;
	}
	return null;
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
	const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** An entry page (it has a sidebar and a facts box), or the home page when the site has none. */
const entryPage = site.pageTypes.find((t) => t.kind === 'entry');
const entryPath = (language: Language) => entryPage?.paths[language] ?? urls.home(language);
const menuPages = (language: Language) => [...new Set([urls.home(language), entryPath(language)])];

describeInBrowser('The phone menu and the themes', () => {
	const browser = useBrowser();

	describe.concurrent('the phone menu', () => {
		for (const language of languages) {
			for (const path of menuPages(language)) {
				test(`on ${path} (${languageNames[language]}), the menu button opens the sidebar by tap and by keyboard, Tab reaches its section links, and Escape closes it`, async ({
					expect,
				}) => {
					await withPage(browser(), { viewport: 'phone' }, async (page) => {
						await page.visit(path);
						const button = menuButton(page);
						const sectionLinks = page.page.locator(`${sidebarSelector} a[href="${urls.listing('projects', language)}"]`);
						expect(await button.isVisible(), 'the menu button is shown on a phone').toBe(true);
						expect(await sidebar(page).isVisible(), 'the sidebar starts closed').toBe(false);

						// With the keyboard only, from the top of the page: Tab to the button, Enter, Tab into the menu, Escape.
						const reachedButton = await tabUntil(page, menuButtonSelector, 15);
						expect(reachedButton, 'Tab reaches the menu button').not.toBeNull();
						await page.page.keyboard.press('Enter');
						await expect.poll(() => isMenuOpen(page), { message: 'Enter on the menu button opens the sidebar' }).toBe(true);
						const reachedLink = await tabUntil(page, `${sidebarSelector} a[href]`, 10);
						expect(reachedLink, 'Tab reaches a link in the open menu').not.toBeNull();
						const sectionHrefs = sections.map((s) => urls.listing(s.key, language));
						expect(sectionHrefs, `the first link Tab reaches in the menu (${reachedLink}) is a section link`).toContain(reachedLink);
						await page.page.keyboard.press('Escape');
						await expect.poll(() => isMenuOpen(page), { message: 'Escape closes the menu opened with the keyboard' }).toBe(false);

						// By touch: tap to open, Escape to close.
						await button.tap();
						await expect.poll(() => isMenuOpen(page), { message: 'a tap on the menu button opens the sidebar' }).toBe(true);
						expect(await sectionLinks.isVisible(), 'the open menu shows the section links').toBe(true);
						await page.page.keyboard.press('Escape');
						await expect.poll(() => isMenuOpen(page), { message: 'Escape closes the menu' }).toBe(false);
						expect(await sidebar(page).isVisible()).toBe(false);

						expect(page.consoleErrors).toEqual([]);
					});
				});
			}
		}
	});

	for (const viewport of viewportNames) {
		describe.concurrent(`the theme select on a ${viewport} screen`, () => {
			for (const language of languages) {
				const path = entryPath(language);
				test(`on ${path} (${languageNames[language]}), every theme's name fits in the select, uncut; choosing Dark renders the page dark and choosing Light renders it light, kept on the next load`, async ({
					expect,
				}) => {
					await withPage(browser(), { viewport }, async (page) => {
						await page.visit(path);
						const select = await themeSelect(page);
						// The text's width in the select's own font against the room its padding leaves.
						const fit = await select.evaluate((el: HTMLSelectElement) => {
							const style = getComputedStyle(el);
							const context = document.createElement('canvas').getContext('2d')!;
							context.font = style.font;
							const room = el.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
							return [...el.options].map((o) => ({ name: o.text, width: Math.ceil(context.measureText(o.text).width), room }));
						});
						for (const { name, width, room } of fit) expect.soft(width, `"${name}" in a select with ${room}px for text`).toBeLessThanOrEqual(room);

						const background = () => page.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
						const text = () => page.page.evaluate(() => getComputedStyle(document.querySelector('main h1')!).color);

						await select.selectOption('dark');
						expect(await page.page.getAttribute('html', 'data-theme')).toBe('dark');
						const dark = { bg: luminance(await background()), fg: luminance(await text()) };
						expect(dark.bg, `dark theme background luminance (${await background()})`).toBeLessThan(0.1);
						expect(dark.fg, 'dark theme heading is light on dark').toBeGreaterThan(0.5);

						await (await themeSelect(page)).selectOption('light');
						expect(await page.page.getAttribute('html', 'data-theme')).toBe('light');
						const light = { bg: luminance(await background()), fg: luminance(await text()) };
						expect(light.bg, `light theme background luminance (${await background()})`).toBeGreaterThan(0.8);
						expect(light.fg, 'light theme heading is dark on light').toBeLessThan(0.2);

						await page.page.reload();
						expect(await page.page.getAttribute('html', 'data-theme'), 'the chosen theme is kept on the next page load').toBe('light');
						expect(page.consoleErrors).toEqual([]);
					});
				});
			}
		});
	}
});
