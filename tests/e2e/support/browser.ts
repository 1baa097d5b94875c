/**
 * Launching Debian's Chromium with playwright-core (never a downloaded browser) and opening
 * pages that record what the suite checks on every visit: console errors, uncaught
 * exceptions, failed requests and requests to other hosts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type Request, type Response } from 'playwright-core';

/** Debian's Chromium. MEMORIA_E2E_CHROMIUM may point elsewhere (used to check the missing-browser path). */
export const chromiumPath = process.env.MEMORIA_E2E_CHROMIUM || '/usr/bin/chromium';

export const missingChromiumMessage = `Chromium was not found at ${chromiumPath}. The end-to-end suite uses Debian's Chromium; install it with: apt-get install -y chromium`;

export const chromiumAvailable = () => existsSync(chromiumPath);

export const launchArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * Besides the arguments above, no host name resolves except the loopback server's address:
 * a request to another host is still seen (and reported) by the privacy checks, but fails at
 * once instead of leaving the machine. Cheaper than intercepting every request with page.route.
 */
export const offlineArg = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export function launchBrowser(): Promise<Browser> {
	if (!chromiumAvailable()) throw new Error(missingChromiumMessage);
	return chromium.launch({ executablePath: chromiumPath, args: [...launchArgs, offlineArg], headless: true });
}

export const viewports = {
	desktop: { width: 1280, height: 900 },
	phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof viewports;
export const viewportNames = Object.keys(viewports) as ViewportName[];

export type Theme = 'dark' | 'light';

export interface OpenOptions {
	viewport?: ViewportName;
	javaScriptEnabled?: boolean;
	/** Stored as Starlight's theme preference before any page script runs. */
	theme?: Theme;
	/**
	 * Lets the test inject its own scripts (axe-core) past the page's Content-Security-Policy.
	 * Only the accessibility audit uses it; every other test runs under the site's real policy.
	 */
	bypassCSP?: boolean;
}

/** One recorded problem, readable in a failure message. */
export interface Problem {
	url: string;
	detail: string;
}

/**
 * A page with its own browser context and recorders. `expected404` lists URLs whose 404
 * status is the point of the visit (the 404 page itself) and so is not a failed request.
 */
export class SitePage {
	readonly consoleErrors: Problem[] = [];
	readonly failedRequests: Problem[] = [];
	readonly foreignRequests: Problem[] = [];
	readonly requests: string[] = [];
	readonly expected404 = new Set<string>();
	private readonly inFlight = new Set<Request>();
	private readonly leftBehind = new Set<Request>();
	private readonly checkedIcons = new Set<string>();
	/** Callbacks waiting for the moment no request is in flight (settle). */
	private readonly whenIdle = new Set<() => void>();
	/** The response of the latest main-frame navigation. */
	lastDocument: Response | null = null;

	readonly baseUrl: string;
	readonly context: BrowserContext;
	readonly page: Page;
	readonly viewport: ViewportName;
	readonly javaScriptEnabled: boolean;

	private constructor(baseUrl: string, context: BrowserContext, page: Page, viewport: ViewportName, javaScriptEnabled: boolean) {
		this.baseUrl = baseUrl;
		this.context = context;
		this.page = page;
		this.viewport = viewport;
		this.javaScriptEnabled = javaScriptEnabled;
		const local = new URL(baseUrl);
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const where = message.location().url;
			// Chromium logs every 4xx response as a console error; the 404 page's own status is expected.
			if (this.expected404.has(where) && /status of 404/.test(message.text())) return;
			this.consoleErrors.push({ url: page.url(), detail: `${message.text()}${where ? ` (at ${where})` : ''}` });
		});
		page.on('pageerror', (error) => this.consoleErrors.push({ url: page.url(), detail: `Uncaught ${error.name}: ${error.message}` }));
		page.on('request', (request) => {
			// Leaving a page cancels what it was still fetching (such as a hover prefetch of the
			// link being clicked); those cancellations are the browser's doing, not failures.
			if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
				for (const pending of this.inFlight) this.leftBehind.add(pending);
			}
			this.inFlight.add(request);
		});
		page.on('requestfinished', (request) => this.finished(request));
		// A response whose body nobody reads (a fetch() of a 404) may never "finish"; its answer is enough.
		page.on('response', (response) => this.finished(response.request()));
		page.on('requestfailed', (request) => this.finished(request));
		page.on('request', (request) => {
			const url = request.url();
			this.requests.push(url);
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			let target: URL;
			try {
				target = new URL(url);
			} catch {
				this.foreignRequests.push({ url: page.url(), detail: `unparseable request URL ${url}` });
				return;
			}
			if (target.host !== local.host || target.protocol !== local.protocol) {
				this.foreignRequests.push({ url: page.url(), detail: `${request.method()} ${url} (${request.resourceType()})` });
			}
		});
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? 'failed';
			// Requests to other hosts are blocked and reported as privacy problems instead.
			if (!request.url().startsWith(local.origin)) return;
			// A navigation replaced by the next one, a request cancelled by leaving its page, or a
			// speculative prefetch (Astro prefetches links on hover) cut short by the click it
			// anticipated, is the browser's doing and not a failure of the site.
			const prefetch = /prefetch/i.test(request.headers()['sec-purpose'] ?? request.headers()['purpose'] ?? '');
			if (reason === 'net::ERR_ABORTED' && (request.isNavigationRequest() || prefetch || this.leftBehind.has(request))) return;
			this.failedRequests.push({ url: page.url(), detail: `${request.method()} ${request.url()}: ${reason}` });
		});
		page.on('response', (response) => {
			const request = response.request();
			if (request.isNavigationRequest() && request.frame() === page.mainFrame()) this.lastDocument = response;
			if (response.status() >= 400 && !(response.status() === 404 && this.expected404.has(response.url()))) {
				this.failedRequests.push({ url: page.url(), detail: `${request.method()} ${response.url()}: HTTP ${response.status()}` });
			}
		});
	}

	static async open(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<SitePage> {
		const viewport = options.viewport ?? 'desktop';
		const contextOptions: BrowserContextOptions = {
			viewport: viewports[viewport],
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			isMobile: viewport === 'phone',
			hasTouch: viewport === 'phone',
			deviceScaleFactor: 1,
			...(options.theme ? { colorScheme: options.theme } : {}),
			reducedMotion: 'reduce',
			serviceWorkers: 'block',
			bypassCSP: options.bypassCSP ?? false,
		};
		const context = await browser.newContext(contextOptions);
		if (options.theme) {
			const theme = options.theme;
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		}
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		page.setDefaultNavigationTimeout(30_000);
		return new SitePage(baseUrl, context, page, viewport, contextOptions.javaScriptEnabled!);
	}

	/** Empties the recorders, for a page reused by another test (harness.ts, withSharedPage). */
	reset(): void {
		for (const list of [this.consoleErrors, this.failedRequests, this.foreignRequests, this.requests]) list.length = 0;
		this.expected404.clear();
		// What the last test's page was still fetching is cut short by the next visit, not failed.
		for (const request of this.inFlight) this.leftBehind.add(request);
		this.inFlight.clear();
		this.whenIdle.clear();
		this.lastDocument = null;
	}

	url(path: string): string {
		return new URL(path, this.baseUrl).href;
	}

	get pathname(): string {
		return new URL(this.page.url()).pathname;
	}

	/**
	 * Visits a path of the site and waits until the network is quiet; returns the document response.
	 * `settle: false` skips the wait, for tests that check no request made after the load event.
	 */
	async visit(path: string, { expectStatus = 200, settle = true }: { expectStatus?: number; settle?: boolean } = {}): Promise<Response | null> {
		const url = this.url(path);
		if (expectStatus === 404) this.expected404.add(url);
		const response = await this.page.goto(url, { waitUntil: 'load' });
		if (settle) {
			await this.settle();
			await this.requestLinkedIcons();
		}
		return response;
	}

	/**
	 * Headless Chromium fetches the favicon only sometimes and never the other icons or the web
	 * manifest, which browsers and phones ask for: request them once per page object, recording
	 * a missing one as a failed request.
	 */
	async requestLinkedIcons(): Promise<void> {
		const links = await this.page
			.locator('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
			.evaluateAll((els) => els.map((el) => ({ rel: el.getAttribute('rel'), href: (el as HTMLLinkElement).href })));
		for (const { rel, href } of links) {
			if (!href || this.checkedIcons.has(href)) continue;
			this.checkedIcons.add(href);
			if (!href.startsWith(new URL(this.baseUrl).origin)) {
				if (!href.startsWith('data:'))
					this.foreignRequests.push({ url: this.page.url(), detail: `GET ${href} (the page's <link rel="${rel}">, which browsers request)` });
				continue;
			}
			const response = await this.context.request.get(href, { failOnStatusCode: false });
			if (response.status() >= 400) {
				this.failedRequests.push({
					url: this.page.url(),
					detail: `GET ${href}: HTTP ${response.status()} (the page's <link rel="${rel}">, which browsers request)`,
				});
			}
		}
	}

	/**
	 * Waits until the page has nothing left to load, so late requests (module imports, fonts, a
	 * lazy image scrolled into view) are recorded before checks run: no request in flight, and
	 * still none once the browser has drawn two more frames (what the last layout asked for has
	 * been requested by then). A page without JavaScript cannot run that probe; for it no request
	 * in flight is enough. Fails, naming them, if requests are still open after `timeoutMs`.
	 */
	async settle(timeoutMs = 15_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			await this.noneInFlight(deadline);
			if (!this.javaScriptEnabled) return;
			await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
			if (this.inFlight.size === 0) return;
		}
	}

	/** Resolves once no request is in flight (at once if none is). */
	private noneInFlight(deadline: number): Promise<void> {
		if (this.inFlight.size === 0) return Promise.resolve();
		return new Promise((done, fail) => {
			const timer = setTimeout(
				() => {
					this.whenIdle.delete(resolve);
					fail(new Error(`Requests of ${this.page.url()} still open after waiting for them: ${[...this.inFlight].map((r) => r.url()).join(', ')}`));
				},
				Math.max(0, deadline - Date.now())
			);
			const resolve = () => {
				clearTimeout(timer);
				done();
			};
			this.whenIdle.add(resolve);
		});
	}

	/** Removes a request from those in flight, and wakes whoever waits for none. */
	private finished(request: Request): void {
		this.inFlight.delete(request);
		if (this.inFlight.size > 0) return;
		for (const waiter of [...this.whenIdle]) waiter();
		this.whenIdle.clear();
	}

	/** Clicks a link and waits for the page it leads to; returns that page's document response. */
	async follow(link: Locator, { settle = true }: { settle?: boolean } = {}): Promise<Response | null> {
		const before = this.page.url();
		const target = await link.evaluate((el) => (el as HTMLAnchorElement).href);
		if (target && target.replace(/#.*$/, '') === before.replace(/#.*$/, '')) {
			throw new Error(`The link to ${target} on ${this.pathname} points to the page itself.`);
		}
		this.lastDocument = null;
		await link.click();
		await this.page.waitForURL((url) => url.href !== before, { waitUntil: 'load' });
		if (settle) await this.settle();
		return this.lastDocument;
	}

	async htmlLang(): Promise<string | null> {
		return this.page.locator('html').getAttribute('lang');
	}

	/** All `<h1>` texts in the document. */
	async h1s(): Promise<string[]> {
		return this.page.locator('h1').allInnerTexts();
	}

	async close(): Promise<void> {
		await this.context.close();
	}
}

/** Formats recorded problems for a failure message. */
export function listProblems(problems: Problem[]): string {
	return problems.map((p) => `  - ${p.detail} [page ${p.url}]`).join('\n');
}
