import type { WriterLanguage } from '../errors/writer-language';

/** What the dev server's problem pages say around the checks' findings, in English and Spanish. */
export const problemText = {
	en: {
		pageTitle: 'A problem to fix on this page',
		intro: (address: string) =>
			`The preview shows this instead of ${address} until the file below is fixed. Save the file and this page comes back by itself; nothing else of the site stops working meanwhile.`,
		problem: 'Problem',
		file: 'File',
		line: 'Line',
		field: 'Field',
		whatIsWrong: 'What is wrong',
		whatToDo: 'What to write instead',
		check: 'Check',
		guide: (id: string) => `What “${id}” means, in the guide`,
		excerpt: (file: string) => `The lines around it in ${file}`,
		allProblems: 'Every problem of the site',
		indexTitle: 'Problems in the content',
		indexIntro: 'Every problem the checks find in the site’s files, as the build would report them. This list follows your changes as you save.',
		noProblems: 'No problems: the build would succeed.',
		errors: (n: number) => (n === 1 ? '1 error: the build stops until it is fixed.' : `${n} errors: the build stops until they are fixed.`),
		warnings: (n: number) => (n === 1 ? '1 warning: a reminder; the build goes on.' : `${n} warnings: reminders; the build goes on.`),
		errorsHeading: 'Errors',
		warningsHeading: 'Warnings',
		pages: 'Its pages',
		updating: 'This page reloads itself when the file is saved.',
	},
	es: {
		pageTitle: 'Un problema por corregir en esta página',
		intro: (address: string) =>
			`La vista previa muestra esto en lugar de ${address} hasta que se corrija el archivo de abajo. Guarda el archivo y la página vuelve sola; mientras tanto, el resto del sitio sigue funcionando.`,
		problem: 'Problema',
		file: 'Archivo',
		line: 'Línea',
		field: 'Campo',
		whatIsWrong: 'Qué está mal',
		whatToDo: 'Qué escribir en su lugar',
		check: 'Revisión',
		guide: (id: string) => `Qué significa «${id}», en la guía`,
		excerpt: (file: string) => `Las líneas de alrededor en ${file}`,
		allProblems: 'Todos los problemas del sitio',
		indexTitle: 'Problemas en el contenido',
		indexIntro:
			'Todos los problemas que las revisiones encuentran en los archivos del sitio, como los informaría la construcción. Esta lista sigue tus cambios cada vez que guardas.',
		noProblems: 'No hay problemas: la construcción funcionaría.',
		errors: (n: number) => (n === 1 ? '1 error: la construcción se detiene hasta corregirlo.' : `${n} errores: la construcción se detiene hasta corregirlos.`),
		warnings: (n: number) => (n === 1 ? '1 aviso: un recordatorio; la construcción sigue.' : `${n} avisos: recordatorios; la construcción sigue.`),
		errorsHeading: 'Errores',
		warningsHeading: 'Avisos',
		pages: 'Sus páginas',
		updating: 'Esta página se recarga sola al guardar el archivo.',
	},
} satisfies Record<WriterLanguage, unknown>;
