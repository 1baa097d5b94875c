import type { WriterLanguage } from '../errors/writer-language';
import { type CommandName, type CommandSpec, commandNames, commandSpecs, commonOptions, globalOptions, type OptionSpec } from './command-specs';

/**
 * `memoria --help` and `memoria help <command>`, in the writer's language, written from the
 * command table (command-specs.ts): the options listed are exactly those the parser accepts.
 */

const words = {
	en: {
		intro: (version: string) => `Memoria ${version}: a static site of what an organisation has learned, in English and Spanish.`,
		usage: 'Usage',
		commands: 'Commands',
		options: 'Options',
		examples: 'Examples',
		command: 'command',
		optionsWord: 'options',
		more: 'Run "memoria help <command>" (or "memoria <command> --help") for the options of a command.',
		exitCodes: [
			'Exit codes, for scripts and CI:',
			'  0  done',
			'  1  the site has a problem to fix: a content check, memoria.config.ts, a failed build or leak gate,',
			'     a missing translation with --strict',
			'  2  the command line could not be read: an unknown command or option, a missing value',
		],
		language: 'Messages are in Spanish when the shell speaks Spanish (LANG=es_MX.UTF-8).',
	},
	es: {
		intro: (version: string) => `Memoria ${version}: un sitio estático de lo que una organización ha aprendido, en español e inglés.`,
		usage: 'Uso',
		commands: 'Comandos',
		options: 'Opciones',
		examples: 'Ejemplos',
		command: 'comando',
		optionsWord: 'opciones',
		more: 'Ejecuta "memoria help <comando>" (o "memoria <comando> --help") para ver las opciones de un comando.',
		exitCodes: [
			'Códigos de salida, para scripts e integración continua:',
			'  0  terminó bien',
			'  1  el sitio tiene algo que corregir: una revisión del contenido, memoria.config.ts, una construcción',
			'     o un control de filtraciones que falló, una traducción que falta con --strict',
			'  2  no se pudo leer la línea de comandos: un comando o una opción desconocidos, un valor que falta',
		],
		language: 'Los mensajes salen en español porque la terminal está en español (LANG); con otro idioma salen en inglés.',
	},
} satisfies Record<WriterLanguage, unknown>;

/** The help of `memoria` itself: every command but the build's hidden steps. */
export function generalHelp(language: WriterLanguage, version: string): string {
	const w = words[language];
	const visible = commandNames.filter((name) => !(commandSpecs[name] as CommandSpec).hidden);
	const width = Math.max(...visible.map((name) => name.length)) + 2;
	return [
		w.intro(version),
		'',
		`${w.usage}: memoria <${w.command}> [${w.optionsWord}]`,
		'',
		`${w.commands}:`,
		...visible.map((name) => `  ${name.padEnd(width)}${commandSpecs[name].summary[language]}`),
		'',
		`${w.options}:`,
		...optionLines(globalOptions, language),
		'',
		w.more,
		'',
		...w.exitCodes,
		'',
		w.language,
	].join('\n');
}

/** The help of one command: usage, what it does, its options and examples. */
export function commandHelp(command: CommandName, language: WriterLanguage): string {
	const w = words[language];
	const spec: CommandSpec = commandSpecs[command];
	return [
		`${w.usage}: memoria ${command} ${spec.usage[language]}`.trimEnd(),
		'',
		`${spec.summary[language].replace(/^./, (first) => first.toUpperCase())}.`,
		...(spec.description ? [wrap(spec.description[language])] : []),
		'',
		`${w.options}:`,
		...optionLines({ ...spec.options, ...commonOptions }, language),
		...(spec.examples ? ['', `${w.examples}:`, ...spec.examples.map((example) => `  ${example}`)] : []),
	].join('\n');
}

function optionLines(options: Record<string, OptionSpec>, language: WriterLanguage): string[] {
	const shown = Object.entries(options).filter(([, option]) => !option.hidden);
	const names = shown.map(([name, option]) => `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` <${option.value[language]}>` : ''}`);
	const width = Math.max(...names.map((name) => name.length)) + 2;
	return shown.map(([, option], i) => `  ${names[i]!.padEnd(width)}${option.help[language]}`);
}

/** A paragraph cut into lines of at most 100 characters, between words. */
function wrap(text: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && `${line} ${word}`.length > 100) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return [...lines, line].join('\n');
}
