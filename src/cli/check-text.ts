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
		warningGroup: (id: string, count: number, files: number) => `⚠ [memoria:${id}] ${count} warning(s) in ${files} file(s):`,
		more: (count: number, report: string) => `  … and ${count} more, every one listed in ${report}`,
		report: (report: string) => `Every warning is listed in ${report}, to track what is left to do.`,
		silenced: (count: number) => `${count} finding(s) left out: memoria.config.ts sets their check to "off".`,
		keptStrict: (id: string) =>
			`memoria.config.ts relaxes "${id}", but a public build keeps it an error: it protects people. Only an internal build (--internal) may relax it.`,
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
		warningGroup: (id: string, count: number, files: number) => `⚠ [memoria:${id}] ${count} aviso(s) en ${files} archivo(s):`,
		more: (count: number, report: string) => `  … y ${count} más, todos listados en ${report}`,
		report: (report: string) => `Todos los avisos están listados en ${report}, para seguir lo que falta por hacer.`,
		silenced: (count: number) => `${count} hallazgo(s) omitido(s): memoria.config.ts pone su revisión en "off".`,
		keptStrict: (id: string) =>
			`memoria.config.ts relaja "${id}", pero una construcción pública lo mantiene como error: protege a personas. Solo una construcción interna (--internal) puede relajarlo.`,
	},
} satisfies Record<WriterLanguage, unknown>;
