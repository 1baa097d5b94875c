import { z } from 'zod';
import { adjustableCheckIds, checkLevels } from '../checks/adjustable-checks';
import { enSlugs } from '../translations/en';
import { collectionRegistry } from '../model/registry';

/** Every word of an address a site may rename: each section's (the registry's) and each generated page's. */
const slugKeys = [
	...Object.keys(collectionRegistry).filter((c) => 'slugs' in collectionRegistry[c as keyof typeof collectionRegistry]),
	...Object.keys(enSlugs),
] as [string, ...string[]];

/** Language codes Memoria ships UI strings for; any other BCP-47 code falls back to English UI text. */
export const shippedLanguages = ['en', 'es'] as const;

/** A repository as GitHub and GitLab name it: "owner/name" (GitLab: "group/subgroup/project"). */
const repoName = z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'Write the repository as "owner/name", like "my-organisation/memory".');

/** "owner/name" of a repository address on `host` ("https://github.com/org/memory" → "org/memory"), if it is there. */
export function repoFromUrl(url: string | undefined, host: string): string | undefined {
	if (!url) return undefined;
	const prefix = `${host.replace(/\/+$/, '')}/`;
	if (!url.startsWith(prefix)) return undefined;
	const path = url.slice(prefix.length).replace(/\.git$|\/+$/g, '');
	return /^[\w.-]+(?:\/[\w.-]+)+$/.test(path) ? path : undefined;
}

const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use a BCP-47 language code such as "en", "es" or "pt-BR".');

/**
 * The organisation's one configuration file, `memoria.config.ts`, as the writer types it. Every
 * object is strict: an option Memoria does not have is an error that says what to write instead
 * (parse-site-config.ts), never a setting silently ignored.
 */
export const siteConfigSchema = z
	.strictObject({
		/** The organisation's name: the site title in the header and the browser tab. */
		organisation: z.string().min(1),
		/** One sentence about the organisation, per language; used in meta descriptions and the home page. */
		description: z.record(z.string(), z.string()).default({}),
		/** Languages the site is published in. The first of them is not special: see `defaultLanguage`. */
		languages: z.array(languageCode).min(1).default(['en', 'es']),
		/** The language whose files sit at the root of each content folder and whose URLs have no prefix. */
		defaultLanguage: languageCode.default('en'),
		/** Public URL of the site, without the base path (for canonical links, feeds and the sitemap). */
		site: z.url({ protocol: /^https?$/, error: 'Write the full address, starting with https://' }).optional(),
		/** Sub-path the site is served under, for example "/memoria" on GitHub Pages. */
		base: z
			.string()
			.regex(/^\/([A-Za-z0-9._~-]+\/?)*$/, 'The base path starts with "/", for example "/memoria".')
			.default('/')
			// Astro 7 ignores a base without the trailing slash in prerendered pages' BASE_URL.
			.transform((base) => (base.endsWith('/') ? base : `${base}/`)),
		/** Repository URL of the content, for "edit this page" links (the folder that holds `content/`). */
		repository: z
			.strictObject({
				/** Web address of the repository, for example https://github.com/org/memory. */
				url: z.url({ protocol: /^https?$/, error: 'Write the full address, starting with https://' }),
				/** Branch that the edit links open. */
				branch: z.string().default('main'),
			})
			.optional(),
		/** Logo shown beside the organisation's name; a path inside the project, with alt text. */
		logo: z
			.strictObject({
				src: z.string(),
				alt: z.string().min(1, 'A logo needs alt text that names the organisation.'),
			})
			.optional(),
		/**
		 * URL words of sections per language, for a language Memoria has none for (or to change
		 * them): { pt: { learnings: 'aprendizados', projects: 'projetos' } }. Missing words are English.
		 */
		slugs: z
			.record(
				z.string(),
				z.partialRecord(
					z.enum(slugKeys),
					z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write URL words in lower case joined by hyphens, like "aprendizados".')
				)
			)
			.default({}),
		/** Visibility of entries that do not set one: "public" (default) or "internal". */
		defaultVisibility: z.enum(['public', 'internal']).default('public'),
		/** Personal data the public build may contain, such as the organisation's own public contact address. */
		personalData: z
			.strictObject({
				/**
				 * Values the public build may contain: exact values (an address, a number), and whole
				 * e-mail domains written "@example.org" (every address at exactly that domain; not its
				 * subdomains, and never a mail service's such as "@gmail.com").
				 */
				allow: z.array(z.string()).default([]),
				/**
				 * Role and service addresses (info@, contacto@, prensa@, support@, seguridad@…) name a
				 * function, not a person, and pass without being listed. false reports them too.
				 */
				roleAddresses: z.boolean().default(true),
				/**
				 * Countries whose national phone formats the check knows (ISO 3166-1 alpha-2). Numbers
				 * written with a "+" country code are found whatever this says. Default: Latin America and Spain.
				 */
				countries: z
					.array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter country codes in capitals, like "MX".'))
					.default(['MX', 'CO', 'PE', 'CL', 'AR', 'BR', 'EC', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BO', 'PY', 'UY', 'VE', 'DO', 'CU', 'ES', 'US']),
			})
			.prefault({}),
		/**
		 * Let Markdown contain any raw HTML: scripts, frames, forms, styles, event attributes. Off by
		 * default: with it off only plain, harmless elements pass (src/checks/raw-html.ts).
		 */
		allowRawHtml: z.boolean().default(false),
		/**
		 * Read .mdx files. MDX is code: an .mdx file can import modules and read the build machine's
		 * files and environment (a deploy token). Off by default; turn it on only when everyone who
		 * can change content/ may also change the site's code.
		 */
		mdx: z.boolean().default(false),
		/**
		 * Guides (content/docs/) brought from other tools carry fields of their own. Names listed here
		 * are accepted without a warning; any other unknown field is listed once as a warning. A near
		 * miss of a known field ("Visibility", "visiblity") is always an error.
		 */
		guideFields: z.strictObject({ allow: z.array(z.string()).default([]) }).prefault({}),
		/**
		 * How strict a check is, for material brought in with known faults (images without alt
		 * text while they are described over time): "error" stops the build, "warn" lists it (and
		 * writes it to .memoria/check-report.md) and builds, "off" says nothing. `severity` sets a
		 * check for the whole site; `folders` for a folder ("content/docs/legacy/") or a glob
		 * ("content/docs/old-*.md"), and wins over `severity`; of two matching folders, the one
		 * written last wins. Which checks can be set, and why the others cannot: src/checks/adjustable-checks.ts.
		 */
		checks: z
			.strictObject({
				severity: z.partialRecord(z.enum(adjustableCheckIds), z.enum(checkLevels)).default({}),
				folders: z.record(z.string().min(1), z.partialRecord(z.enum(adjustableCheckIds), z.enum(checkLevels))).default({}),
			})
			.prefault({}),
		/** The country the organisation works from, as a two-letter code such as "MX": shown to networks (/memoria.json). */
		country: z
			.string()
			.regex(/^[A-Z]{2}$/, 'Use a two-letter country code in capitals, like "MX".')
			.optional(),
		/**
		 * The licence of the site's content, stated on the site and in /memoria.json: an SPDX
		 * identifier such as "CC-BY-4.0" or "CC-BY-SA-4.0", and the address of its text.
		 */
		licence: z
			.strictObject({
				id: z.string().min(1, 'Name the licence with its SPDX identifier, like "CC-BY-4.0".'),
				url: z.url({ protocol: /^https?$/, error: 'Write the full address, starting with https://' }).optional(),
			})
			.optional(),
		/**
		 * Learning networks (issue 23): whether other Memoria sites may keep a copy of this one, and,
		 * for a hub, the members whose memories it mirrors and searches with its own.
		 */
		network: z
			.strictObject({
				/** Others (a network's hub) may keep and republish a copy of the public entries. Off unless set: a copy is this organisation's choice. */
				copies: z.boolean().default(false),
				/** Asks every hub that keeps a copy to remove it at its next pull. */
				leaving: z.boolean().default(false),
				/** The members of the network this site is the hub of. */
				members: z
					.array(
						z
							.strictObject({
								/** A short name for the member, in lower case with hyphens: its folder in the mirror and its address on the hub. */
								id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write the member\'s id in lower case joined by hyphens, like "hiperderecho".'),
								/** The member's published site, such as https://memoria.example.org/ */
								url: z.url({ protocol: /^https?$/, error: 'Write the full address, starting with https://' }).optional(),
								/** Or a folder (a built site) or an offline-archive zip on this computer, from the site's root. */
								path: z.string().min(1).optional(),
							})
							.refine((member) => (member.url === undefined) !== (member.path === undefined), {
								message: 'Give a member either "url" (its published site) or "path" (a folder or zip on this computer), not both.',
							})
					)
					.default([])
					.refine((members) => new Set(members.map((m) => m.id)).size === members.length, {
						message: 'Two members have the same id: give each member its own.',
					}),
				/** The folder, from the site's root, where `memoria network pull` keeps the members' copies. */
				mirror: z.string().min(1).default('network'),
			})
			.prefault({}),
		/** Items per page of a listing before it is split into numbered pages. */
		pageSize: z.number().int().min(5).max(500).default(50),
		/**
		 * Publish a downloadable offline copy of the public site (a .zip linked from the home page,
		 * which opens from disk with navigation, both languages and search). Internal builds never make one.
		 */
		offline: z.boolean().default(true),
		/**
		 * Forms for writers at /admin/ (Sveltia CMS, src/admin/), generated from the content schemas.
		 * Off unless set. `backend: "local"` (the default) edits the site's folder on the writer's own
		 * computer, with `memoria dev` running, and is left out of builds; a GitHub or GitLab
		 * repository lets a team edit the published site's /admin/ and commits there.
		 */
		admin: z
			.strictObject({
				/** false keeps the settings below but leaves the admin out. */
				enabled: z.boolean().default(true),
				/** Where the forms save: "local" (this computer's folder), or a GitHub or GitLab repository. */
				backend: z
					.union([
						z.literal('local'),
						z.strictObject({
							name: z.literal('github'),
							/** "owner/name"; by default taken from `repository.url` when it is on github.com. */
							repo: repoName.optional(),
							/** The branch the admin commits to; by default `repository.branch`, else "main". */
							branch: z.string().min(1).optional(),
							/** The address of an OAuth client (such as Sveltia CMS Authenticator) for "Sign in with GitHub"; without it writers sign in with a token. */
							authUrl: z.url({ protocol: /^https$/, error: 'Write the full address, starting with https://' }).optional(),
						}),
						z.strictObject({
							name: z.literal('gitlab'),
							/** "group/project"; by default taken from `repository.url` when it is on the GitLab server below. */
							repo: repoName.optional(),
							branch: z.string().min(1).optional(),
							/** The GitLab server. Default: https://gitlab.com */
							url: z.url({ protocol: /^https$/, error: 'Write the full address, starting with https://' }).default('https://gitlab.com'),
							/** The application id of an OAuth application on that server, for "Sign in with GitLab"; without it writers sign in with a token. */
							appId: z.string().min(1).optional(),
						}),
					])
					.default('local'),
			})
			.optional(),
	})
	.superRefine((config, ctx) => {
		const backend = config.admin?.backend;
		if (
			backend &&
			backend !== 'local' &&
			!backend.repo &&
			!repoFromUrl(config.repository?.url, backend.name === 'github' ? 'https://github.com' : backend.url)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['admin', 'backend', 'repo'],
				message: `Name the ${backend.name === 'github' ? 'GitHub' : 'GitLab'} repository the admin saves to, like "my-organisation/memory" (or set repository.url to its address).`,
			});
		}
		if (!config.languages.includes(config.defaultLanguage)) {
			ctx.addIssue({
				code: 'custom',
				path: ['defaultLanguage'],
				message: `"${config.defaultLanguage}" is not one of the site's languages (${config.languages.join(', ')}). Add it to "languages" or choose one of them.`,
			});
		}
	});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Typed helper for `memoria.config.ts`: gives writers completion and checks in their editor. */
export function defineMemoriaConfig(config: SiteConfigInput): SiteConfigInput {
	return config;
}
