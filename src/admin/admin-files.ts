import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { SiteConfig } from '../config/site-config';
import { escapeHtml } from '../lib/escape-html';
import { adminLanguages, cmsConfig } from './cms-config';
import { adminPolicy } from './admin-policy';
import { fontLicence, fontsFolder, sveltiaBundle } from './sveltia-fonts';

/**
 * Every file of the admin at /admin/, declared once: the dev server serves them and the build
 * writes them (src/integrations/admin.ts), and the offline copy leaves them out. Sveltia CMS is
 * Memoria's dependency: its prebuilt browser bundle, its interface text and the fonts it draws
 * with (sveltia-fonts.ts) come from node_modules, never from a CDN.
 */

/** The admin's folder under the site's base path. */
export const adminFolder = 'admin';

/** Whether this run of Astro has an admin: a repository backend in dev and builds, the local one only in dev. */
export function adminEnabled(config: SiteConfig, command: 'dev' | 'build' | string): boolean {
	const admin = config.admin;
	if (!admin?.enabled) return false;
	return admin.backend !== 'local' || command === 'dev';
}

/** Sveltia CMS's installed package folder. */
const sveltiaFolder = () => dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));

/** Sveltia's own interface languages ("es-CO") for the site's languages: only those are copied. */
export function sveltiaLocales(config: SiteConfig): string[] {
	const available = readdirSync(join(sveltiaFolder(), 'locales')).map((f) => f.replace(/\.json$/, ''));
	const wanted = new Set(config.languages.map((l) => l.split('-')[0]!.toLowerCase()));
	// English is built into the bundle.
	return available.filter((locale) => locale !== 'en-US' && wanted.has(locale.split('-')[0]!.toLowerCase())).sort();
}

export type AdminFile = { path: string; type: string; body: () => string | Buffer };

/** The admin's files, by their path inside the admin folder. */
export function adminFiles(config: SiteConfig): AdminFile[] {
	const locales = sveltiaLocales(config);
	const defaultLanguage = adminLanguages.includes(config.defaultLanguage as never) ? config.defaultLanguage : 'en';
	// Read now, so a font Memoria cannot serve stops the build or the dev server before anything is written.
	const bundle = sveltiaBundle(sveltiaFolder(), `${config.base}${adminFolder}/${fontsFolder}/`);
	const fontPackages = [...new Set(bundle.fonts.map((font) => font.packageName))];
	return [
		{ path: 'index.html', type: 'text/html; charset=utf-8', body: () => adminPage(config, locales, defaultLanguage) },
		{ path: 'start.js', type: 'text/javascript; charset=utf-8', body: () => readFileSync(fileURLToPath(new URL('./browser/start.js', import.meta.url))) },
		{ path: 'sveltia-cms.js', type: 'text/javascript; charset=utf-8', body: () => bundle.script },
		...bundle.fonts.map((font) => ({ path: `${fontsFolder}/${font.name}`, type: `font/${font.name.split('.').pop()}`, body: () => readFileSync(font.file) })),
		...fontPackages.map((name) => ({
			path: `${fontsFolder}/${name.split('/')[1]}.LICENSE.txt`,
			type: 'text/plain; charset=utf-8',
			body: () => fontLicence(name),
		})),
		...adminLanguages.map((language) => ({
			path: `config.${language}.yml`,
			type: 'application/yaml; charset=utf-8',
			body: () =>
				`# Written by Memoria from its content schemas: changes here are lost at the next build.\n${stringify(cmsConfig(config, language), { lineWidth: 0 })}`,
		})),
		...locales.map((locale) => ({
			path: `locales/${locale}.json`,
			type: 'application/json; charset=utf-8',
			body: () => readFileSync(join(sveltiaFolder(), 'locales', `${locale}.json`)),
		})),
	];
}

/** The admin page: its own policy, which the output checks leave as it is; then the two scripts, in order. */
function adminPage(config: SiteConfig, locales: string[], defaultLanguage: string): string {
	const attribute = (value: string) => escapeHtml(value);
	return `<!doctype html>
<html lang="${attribute(defaultLanguage)}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${attribute(adminPolicy(config))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(config.organisation)} · Memoria</title>
<script src="start.js" data-languages="${adminLanguages.join(',')}" data-default-language="${attribute(defaultLanguage)}" data-ui-locales="${attribute(locales.join(','))}"></script>
<script src="sveltia-cms.js"></script>
</head>
<body></body>
</html>
`;
}
