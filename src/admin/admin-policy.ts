import type { SiteConfig } from '../config/site-config';

/**
 * The Content-Security-Policy of /admin/ and of no other page (every other page keeps the one
 * src/integrations/output-checks.ts writes). Sveltia CMS runs only its own files from this site:
 * no inline script and no eval. It does write its styles at run time, so styles may be inline; it
 * shows pictures and previews from blob: and data: addresses; and it talks to the Git host the
 * site chose, and to nothing else: its fonts are served beside it (src/admin/sveltia-fonts.ts), and
 * its look-ups on unpkg.com stay on the site (src/admin/browser/start.js).
 */
export function adminPolicy(config: SiteConfig): string {
	const host = gitHost(config);
	return [
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		`img-src 'self' blob: data:${host.images.map((o) => ` ${o}`).join('')}`,
		"media-src 'self' blob:",
		"font-src 'self'",
		`connect-src 'self' blob: data:${host.api.map((o) => ` ${o}`).join('')}`,
		"frame-src 'self' blob:",
		"worker-src 'self' blob:",
		"manifest-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The addresses the admin reaches on the chosen Git host: its API, and where it keeps avatars and pictures. */
function gitHost(config: SiteConfig): { api: string[]; images: string[] } {
	const backend = config.admin?.backend ?? 'local';
	// A folder on the writer's computer: nothing leaves it.
	if (backend === 'local') return { api: [], images: [] };
	if (backend.name === 'github') return { api: ['https://api.github.com'], images: ['https://*.githubusercontent.com'] };
	const server = new URL(backend.url).origin;
	return { api: [server], images: [server, 'https://secure.gravatar.com'] };
}
