/** Values the global setup hands to the test files through vitest's provide/inject. */
import type { SiteMap } from './site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Address of the static server for dist/, without a trailing slash. */
		baseUrl: string;
		/** Page types and entries discovered in dist/. */
		site: SiteMap;
		/** True outside CI when /usr/bin/chromium is missing: the suite is skipped with a warning. */
		chromiumMissing: boolean;
	}
}

export {};
