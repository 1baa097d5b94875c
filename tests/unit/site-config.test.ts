import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/integration';

describe('site configuration', () => {
	it('fills defaults for a minimal configuration', () => {
		const config = parseSiteConfig({ organisation: 'Brújula' });

		expect(config.languages).toEqual(['en', 'es']);
		expect(config.defaultLanguage).toBe('en');
		expect(config.base).toBe('/');
		expect(parseSiteConfig({ organisation: 'x', base: '/memoria' }).base).toBe('/memoria/');
	});

	it('accepts Spanish as the default language', () => {
		expect(parseSiteConfig({ organisation: 'Brújula', defaultLanguage: 'es' }).defaultLanguage).toBe('es');
	});

	it.each([
		['a default language that is not published', { defaultLanguage: 'pt' }, 'defaultLanguage'],
		['a base path without leading slash', { base: 'memoria' }, 'base'],
		['a site that is not a URL', { site: 'memoria.example.org' }, 'site'],
		['a logo without alt text', { logo: { src: './logo.svg', alt: '' } }, 'logo.alt'],
		['a malformed language code', { languages: ['english'] }, 'languages.0'],
	])('refuses %s with a message naming memoria.config.ts and the field', (_, change, field) => {
		expect(() => parseSiteConfig({ organisation: 'Brújula', ...change })).toThrow(
			new RegExp(`memoria\\.config\\.ts[\\s\\S]*- ${field.replace('.', '\\.')}: `)
		);
	});
});
