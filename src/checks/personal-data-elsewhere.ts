import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import type { Finding } from './findings';
import { checkPersonalData, type PersonalDataOptions } from './personal-data';
import { siteLayout } from '../config/site-layout';

/**
 * Personal data where no entry's text is: file names (they become addresses, listings, the
 * sitemap), the theme vocabulary, interface text, and the site's configuration (its name and
 * description are on every page). The same check as entries' text, with the site's allow list.
 */

/** A file of the site as the personal-data check reads it: its text, and no consent of its own. */
const asContent = (path: string, raw: string): ContentFile => ({
	path,
	collection: 'docs',
	language: '',
	key: '',
	data: {},
	fieldLines: new Map(),
	raw,
	body: '',
	bodyLine: 1,
	problems: [],
});

export function checkPersonalDataElsewhere(root: string, published: readonly ContentFile[], options: PersonalDataOptions, language: WriterLanguage): Finding[] {
	return [...checkFileNames(published, options, language), ...checkSiteTexts(root, options, language)];
}

/** Personal data in the names of the files a build publishes. */
export function checkFileNames(published: readonly ContentFile[], options: PersonalDataOptions, language: WriterLanguage): Finding[] {
	const findings: Finding[] = [];
	// A file name's words as a reader sees them in an address, and in capitals for ID numbers (CURP, DNI).
	for (const file of published) {
		const name = file.key.replace(/[-_/.]+/g, ' ');
		const seen = new Set<string>();
		for (const found of [
			...checkPersonalData(asContent(file.path, name), options, language),
			...checkPersonalData(asContent(file.path, name.toUpperCase()), options, language),
		]) {
			const key = found.message.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			findings.push({ ...found, line: undefined, field: 'file name' });
		}
	}
	return findings;
}

/** Personal data in the site's files that are not entries: the theme vocabulary, interface text, the configuration. */
export function checkSiteTexts(root: string, options: PersonalDataOptions, language: WriterLanguage): Finding[] {
	const findings: Finding[] = [];
	const texts = ['content/themes.yaml', 'memoria.config.ts'];
	const i18n = join(siteLayout(root).content, 'i18n');
	if (existsSync(i18n))
		texts.push(
			...readdirSync(i18n)
				.filter((n) => /\.(json|ya?ml)$/.test(n))
				.map((n) => `content/i18n/${n}`)
		);
	for (const path of texts) {
		const absolute = join(root, path);
		if (existsSync(absolute)) findings.push(...checkPersonalData(asContent(path, readFileSync(absolute, 'utf8')), options, language));
	}
	return findings;
}
