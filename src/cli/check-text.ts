import type { WriterLanguage } from '../errors/writer-language';

/** What `memoria check` prints, in English and Spanish. */
export const checkText = {
	en: {
		title: (audience: string) => `Memoria · content checks (${audience} build)`,
		sections: { error: 'Errors', warning: 'Warnings' },
		translations: 'Translations',
		clean: 'No problems found.',
		result: (errors: number, warnings: number) => `${errors} error(s), ${warnings} warning(s).`,
		wouldFail: 'The public build would stop until the errors are fixed.',
		wouldPass: 'The public build would succeed.',
		buildStopped: 'The build stopped before it began: fix the errors above and build again. dist/ was not touched.',
	},
	es: {
		title: (audience: string) => `Memoria · revisión del contenido (construcción ${audience === 'public' ? 'pública' : 'interna'})`,
		sections: { error: 'Errores', warning: 'Avisos' },
		translations: 'Traducciones',
		clean: 'No se encontraron problemas.',
		result: (errors: number, warnings: number) => `${errors} error(es), ${warnings} aviso(s).`,
		wouldFail: 'La construcción pública se detendría hasta corregir los errores.',
		wouldPass: 'La construcción pública funcionaría.',
		buildStopped: 'La construcción se detuvo antes de empezar: corrige los errores indicados y vuelve a construir. dist/ no se tocó.',
	},
} satisfies Record<WriterLanguage, unknown>;
