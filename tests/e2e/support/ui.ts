/**
 * Page-object helpers for the parts of Starlight's and Memoria's interface the tests use.
 * Where a control exists twice (header on wide screens, mobile menu footer on phones) the
 * helpers act on the visible one, opening the phone menu first when needed.
 */
import type { Locator } from 'playwright-core';
import type { SitePage } from './browser';
import type { Language } from './site';

/** Starlight 0.42's menu button is a popover invoker; older versions wrapped it in <starlight-menu-button>. */
export const menuButtonSelector = 'starlight-menu-button button, button[popovertarget="starlight__sidebar"]';
export const sidebarSelector = '#starlight__sidebar';

export const menuButton = (page: SitePage) => page.page.locator(menuButtonSelector).first();
export const sidebar = (page: SitePage) => page.page.locator(sidebarSelector);

export async function isMenuOpen(page: SitePage): Promise<boolean> {
	return sidebar(page).evaluate((el) => el.matches(':popover-open'));
}

/** Opens the phone menu when its button is shown and the menu is closed. */
export async function openMenuIfCollapsed(page: SitePage): Promise<void> {
	const button = menuButton(page);
	if (!(await button.isVisible())) return;
	if (await isMenuOpen(page)) return;
	await button.click();
	await sidebar(page).waitFor({ state: 'visible' });
}

/** The first visible element matching `selector`, opening the phone menu if none is visible yet. */
export async function visible(page: SitePage, selector: string, description: string): Promise<Locator> {
	const all = page.page.locator(selector);
	if ((await all.filter({ visible: true }).count()) === 0) await openMenuIfCollapsed(page);
	const shown = all.filter({ visible: true });
	const count = await shown.count();
	if (count === 0) {
		throw new Error(`No visible ${description} (${selector}) on ${page.pathname} at the ${page.viewport} viewport; ${await all.count()} present but hidden.`);
	}
	return shown.first();
}

export const languageLink = (page: SitePage, language: Language) =>
	visible(page, `nav.memoria-languages a[hreflang="${language}"]`, `link to the ${language} version`);

export const themeSelect = (page: SitePage) => visible(page, 'starlight-theme-select select', 'theme select');

/** The visible text of the page's main content. */
export async function mainText(page: SitePage): Promise<string> {
	return (await page.page.locator('main').allInnerTexts()).join('\n');
}

/** Chooses a theme with Starlight's theme select, as a reader would, and waits until the page shows it. */
export async function chooseTheme(page: SitePage, theme: 'dark' | 'light'): Promise<void> {
	await (await themeSelect(page)).selectOption(theme);
	await page.page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}
