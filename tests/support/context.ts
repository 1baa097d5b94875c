/** Values the global setup (tests/support/global-setup.ts) hands to test files through vitest's provide/inject. */
import type { SiteMap } from '../e2e/support/site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Address of the static server for dist/, without a trailing slash ('' when no browser test runs). */
		baseUrl: string;
		/** Page types and entries discovered in the demo's dist/. */
		site: SiteMap;
		/** True outside CI when /usr/bin/chromium is missing: the browser suite is skipped with a warning. */
		chromiumMissing: boolean;
		/** Root of the temporary copy of tests/fixtures/hostile built once for the run ('' when none was built). */
		hostileRoot: string;
		/** Root of the temporary copy of tests/fixtures/network-hub, its mirror finished (tests/support/network-hub.ts), built once for the run ('' when none was built). */
		networkHubRoot: string;
	}
}
