/**
 * An entry without a Spanish translation: its language switch leads to the Spanish fallback
 * page, which shows the original with Starlight's notice, and that page's switch leads back to
 * the original, which has no notice. Following the links in the browser: tests/e2e/language-switch.e2e.ts.
 */
import { expect, test } from 'vitest';
import { fallbackNotice } from '../e2e/support/site';
import { page, site, text } from './support/dist';

const entry = site.untranslated;

test('an untranslated entry links to its Spanish fallback page, which shows the notice and links back to the original, which does not', () => {
	expect(entry, 'dist/ has no Spanish page showing the fallback notice, so there is no untranslated entry to test').not.toBeNull();
	const english = page(entry!.paths.en);
	const spanish = page(entry!.paths.es);

	expect(english.querySelector('nav.memoria-languages a[hreflang="es"]')?.getAttribute('href')).toBe(entry!.paths.es);
	expect(spanish.querySelector('html')?.getAttribute('lang')).toBe('es');
	expect(text(spanish.querySelector('main'))).toContain(fallbackNotice.es);
	expect(spanish.querySelector('nav.memoria-languages a[hreflang="en"]')?.getAttribute('href')).toBe(entry!.paths.en);
	expect(text(english.querySelector('main'))).not.toContain(fallbackNotice.en);
	expect(text(english.querySelector('main'))).not.toContain(fallbackNotice.es);
});
