/**
 * Shared wiring for test files: the server address and site map from the global setup,
 * one browser per test file, and a page per test that is always closed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { launchBrowser, SitePage, type OpenOptions } from './browser';
import '../../support/context';

export const baseUrl = inject('baseUrl');
export const site = inject('site');

/**
 * `describe`, or `describe.skip` outside CI when Chromium is missing (the global setup has
 * printed why and how to install it; in CI it fails the run instead).
 */
export const describeInBrowser = inject('chromiumMissing') ? describe.skip : describe;

/** Launches one browser for the test file; call at the top of a describe block. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not running: useBrowser() must be called inside a describe block.');
		return browser;
	};
}

/** Opens a fresh page (own context), runs `use` and closes it whatever happens. */
export async function withPage<T>(browser: Browser, options: OpenOptions, use: (page: SitePage) => Promise<T>): Promise<T> {
	const page = await SitePage.open(browser, baseUrl, options);
	try {
		return await use(page);
	} finally {
		await page.close();
	}
}

/**
 * Like withPage, but takes a page with the same options from a pool and puts it back afterwards,
 * its recorders emptied. A new browser context costs more than most checks, so tests that only
 * visit pages and read them (no cookies, storage or settings of their own) share a few. A page
 * whose test failed is closed rather than reused.
 */
const pools = new Map<Browser, Map<string, SitePage[]>>();
export async function withSharedPage<T>(browser: Browser, options: OpenOptions, use: (page: SitePage) => Promise<T>): Promise<T> {
	const key = JSON.stringify(options);
	let byOptions = pools.get(browser);
	if (!byOptions) {
		pools.set(browser, (byOptions = new Map()));
		browser.on('disconnected', () => pools.delete(browser));
	}
	const free = byOptions.get(key) ?? [];
	byOptions.set(key, free);
	const page = free.pop() ?? (await SitePage.open(browser, baseUrl, options));
	page.reset();
	try {
		const result = await use(page);
		// Leaving for a blank page ends what this page was still loading before the next test starts.
		await page.page.goto('about:blank');
		free.push(page);
		return result;
	} catch (error) {
		await page.close();
		throw error;
	}
}
