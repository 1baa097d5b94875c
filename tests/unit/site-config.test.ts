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
		expect(() => parseSiteConfig({ organisation: 'Brújula', ...change })).toThrow(new RegExp(`memoria\\.config\\.ts[\\s\\S]*- ${field.replace('.', '\\.')}: `));
	});
});

describe('an option memoria.config.ts may not have', () => {
	const refusal = (input: Record<string, unknown>, language: 'en' | 'es' = 'en') => {
		try {
			parseSiteConfig({ organisation: 'Brújula', ...input } as never, language);
		} catch (error) {
			return (error as Error).message;
		}
		throw new Error('The configuration was accepted.');
	};

	it('names an option of another tool and what to write instead, in English and Spanish', () => {
		expect(refusal({ title: 'Brújula' })).toContain('- title: "title" is not an option of Memoria (as Starlight calls it): write "organisation" instead.');
		expect(refusal({ defaultLocale: 'es' }, 'es')).toContain(
			'- defaultLocale: "defaultLocale" no es una opción de Memoria (como lo llama Starlight): escribe "defaultLanguage" en su lugar.'
		);
	});

	it('names only the old name when it stands in for a required option, not the new one as missing too', () => {
		let message = '';
		try {
			parseSiteConfig({ title: 'Brújula' } as never, 'en');
		} catch (error) {
			message = (error as Error).message;
		}

		expect(message).toContain('- title: "title" is not an option of Memoria (as Starlight calls it): write "organisation" instead.');
		expect(message).not.toContain('- organisation:');
	});

	it('suggests the nearest option for a misspelt one, nested options included', () => {
		expect(refusal({ langauges: ['en'] })).toContain('- langauges: "langauges" is not an option of Memoria: did you mean "languages"?');
		expect(refusal({ repository: { url: 'https://example.org/repo', brnach: 'main' } }, 'es')).toContain(
			'- repository.brnach: "repository.brnach" no es una opción de Memoria: ¿quisiste poner "branch"?'
		);
	});

	it('lists the options there are when nothing is near, and reports every unknown option at once', () => {
		const message = refusal({ colour: 'blue', personalData: { allowed: ['x@example.org'] } });

		expect(message).toContain('memoria.config.ts: Memoria cannot use these settings:');
		expect(message).toContain('- colour: "colour" is not an option of Memoria. The options here are: organisation, description, languages,');
		expect(message).toContain('- personalData.allowed: "personalData.allowed" is not an option of Memoria: did you mean "allow"?');
	});

	it('names the check ids a check level may be set for, site-wide and under a folder of the site', () => {
		const message = refusal({ checks: { severity: { nope: 'warn' }, folders: { 'content/docs/old/': { 'imge-without-alt': 'warn' } } } });

		expect(message).toContain(
			'- checks.severity.nope: "checks.severity.nope" is not an option of Memoria. The options here are: image-without-alt, broken-link,'
		);
		expect(message).toContain('"checks.folders.content/docs/old/.imge-without-alt" is not an option of Memoria: did you mean "image-without-alt"?');
	});
});
