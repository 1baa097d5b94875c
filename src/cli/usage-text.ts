import type { WriterLanguage } from '../errors/writer-language';

/**
 * What `memoria` says when its command line cannot be read, in English and Spanish: each
 * problem is what is wrong (message) and what to write instead (hint).
 */

type Problem = { message: string; hint: string };

export const usageText = {
	en: {
		unknownCommand: (word: string, near: string | undefined): Problem => ({
			message: `"${word}" is not a memoria command.`,
			hint: `${near ? `Did you mean "memoria ${near}"? ` : ''}Run "memoria --help" to see the commands.`,
		}),
		unknownOption: (option: string, command: string | undefined, near: string | undefined, help: string): Problem => ({
			message: `The option "${option}" is not one ${command ? `"memoria ${command}"` : 'memoria'} knows.`,
			hint: `${near ? `Did you mean "${near}"? ` : ''}Run "${help}" to see its options.`,
		}),
		missingValue: (option: string, value: string): Problem => ({
			message: `The option "${option}" needs a value after it.`,
			hint: `Write it like ${option} <${value || 'value'}>; a value that starts with "-" goes after "=", like ${option}="-…".`,
		}),
		noValueWanted: (option: string, help: string): Problem => ({
			message: `The option "${option}" takes no value.`,
			hint: `Write ${option.split('=')[0]} alone. "${help}" lists the options.`,
		}),
		givenTwice: (option: string): Problem => ({ message: `The option "${option}" was given twice.`, hint: 'Give it once.' }),
		tooManyWords: (extra: string, help: string): Problem => ({
			message: `Unexpected "${extra}" on the command line.`,
			hint: `Text with spaces goes in quotes, like --title "Listen first". "${help}" shows what the command accepts.`,
		}),
		missingWords: (help: string): Problem => ({ message: 'Something is missing on the command line.', hint: `Run "${help}" to see what the command needs.` }),
		noAstroOptions: (command: string | undefined, help: string): Problem => ({
			message: `${command ? `"memoria ${command}"` : 'memoria'} passes no options to Astro, so "--" has no meaning here.`,
			hint: `Only dev, build and preview pass what follows "--" to Astro. "${help}" lists the options.`,
		}),
		notYetAvailable: (command: string): Problem => ({
			message: `"memoria ${command}" is not available in this version of Memoria yet.`,
			hint: 'See the README, section "Start", for how to make a site today.',
		}),
		noConfig: (root: string): Problem => ({
			message: `There is no memoria.config.ts in ${root}.`,
			hint: 'Run the command in the folder of your Memoria site, or give that folder with --root.',
		}),
		badPort: (port: string): Problem => ({ message: `"${port}" is not a port number.`, hint: 'Give a number from 1 to 65535, like --port 4321.' }),
	},
	es: {
		unknownCommand: (word: string, near: string | undefined): Problem => ({
			message: `"${word}" no es un comando de memoria.`,
			hint: `${near ? `¿Quisiste poner "memoria ${near}"? ` : ''}Ejecuta "memoria --help" para ver los comandos.`,
		}),
		unknownOption: (option: string, command: string | undefined, near: string | undefined, help: string): Problem => ({
			message: `${command ? `"memoria ${command}"` : 'memoria'} no conoce la opción "${option}".`,
			hint: `${near ? `¿Quisiste poner "${near}"? ` : ''}Ejecuta "${help}" para ver sus opciones.`,
		}),
		missingValue: (option: string, value: string): Problem => ({
			message: `La opción "${option}" necesita un valor después.`,
			hint: `Escríbela así: ${option} <${value || 'valor'}>; un valor que empieza con "-" va después de "=", así: ${option}="-…".`,
		}),
		noValueWanted: (option: string, help: string): Problem => ({
			message: `La opción "${option}" no lleva valor.`,
			hint: `Escribe solo ${option.split('=')[0]}. "${help}" lista las opciones.`,
		}),
		givenTwice: (option: string): Problem => ({ message: `La opción "${option}" aparece dos veces.`, hint: 'Escríbela una sola vez.' }),
		tooManyWords: (extra: string, help: string): Problem => ({
			message: `Sobra "${extra}" en la línea de comandos.`,
			hint: `Un texto con espacios va entre comillas, así: --title "Escuchar primero". "${help}" muestra lo que acepta el comando.`,
		}),
		missingWords: (help: string): Problem => ({
			message: 'Falta algo en la línea de comandos.',
			hint: `Ejecuta "${help}" para ver lo que necesita el comando.`,
		}),
		noAstroOptions: (command: string | undefined, help: string): Problem => ({
			message: `${command ? `"memoria ${command}"` : 'memoria'} no le pasa opciones a Astro, así que "--" no significa nada aquí.`,
			hint: `Solo dev, build y preview le pasan a Astro lo que sigue a "--". "${help}" lista las opciones.`,
		}),
		notYetAvailable: (command: string): Problem => ({
			message: `"memoria ${command}" todavía no está disponible en esta versión de Memoria.`,
			hint: 'El README, sección "Para empezar", explica cómo crear un sitio por ahora.',
		}),
		noConfig: (root: string): Problem => ({
			message: `No hay ningún memoria.config.ts en ${root}.`,
			hint: 'Ejecuta el comando en la carpeta de tu sitio de Memoria, o indica esa carpeta con --root.',
		}),
		badPort: (port: string): Problem => ({ message: `"${port}" no es un número de puerto.`, hint: 'Escribe un número del 1 al 65535, así: --port 4321.' }),
	},
} satisfies Record<WriterLanguage, unknown>;
