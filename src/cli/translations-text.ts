import type { WriterLanguage } from '../errors/writer-language';

/** What `memoria translations` prints, in English and Spanish. */
export const translationsText = {
	en: {
		title: (from: string, to: string) => `Translation status (${from} → ${to})`,
		collection: (name: string, count: number) => `${name} (${count} ${count === 1 ? 'entry' : 'entries'})`,
		state: {
			'up-to-date': 'up to date',
			missing: 'missing',
			stale: 'stale',
			unknown: 'unknown',
			original: 'original',
		},
		staleSince: (source: string, translation: string) => `original changed ${source}, translation ${translation}`,
		note: {
			'no-git': 'not a git repository: staleness cannot be known',
			shallow: 'shallow clone: older history is missing (git fetch --unshallow)',
			'not-in-history': 'never committed',
			uncommitted: 'uncommitted changes (times from the files)',
		},
		summary: (language: string, t: Record<string, number>) =>
			`${language}: ${t['up-to-date']} up to date, ${t.missing} missing, ${t.stale} stale, ${t.unknown} unknown`,
		shallowWarning: 'This is a shallow clone: files last changed before its oldest commit show as "unknown". Run "git fetch --unshallow" for full history.',
		noGitWarning: 'This folder is not in a git repository: only missing translations can be found.',
		strictFailed: 'Some translations are missing or stale (--strict).',
		howToFix:
			'To update a translation, edit the file under the language folder; if the original changed but the translation needs nothing, add "sourceChecked: YYYY-MM-DD" (today) to its frontmatter.',
	},
	es: {
		title: (from: string, to: string) => `Estado de las traducciones (${from} → ${to})`,
		collection: (name: string, count: number) => `${name} (${count} ${count === 1 ? 'entrada' : 'entradas'})`,
		state: {
			'up-to-date': 'al día',
			missing: 'falta',
			stale: 'desactualizada',
			unknown: 'sin datos',
			original: 'original',
		},
		staleSince: (source: string, translation: string) => `el original cambió el ${source}, la traducción el ${translation}`,
		note: {
			'no-git': 'no es un repositorio git: no se puede saber si están desactualizadas',
			shallow: 'clon superficial: falta el historial antiguo (git fetch --unshallow)',
			'not-in-history': 'nunca se guardó en un commit',
			uncommitted: 'cambios sin commit (fechas tomadas de los archivos)',
		},
		summary: (language: string, t: Record<string, number>) =>
			`${language}: al día ${t['up-to-date']} · faltantes ${t.missing} · desactualizadas ${t.stale} · sin datos ${t.unknown}`,
		shallowWarning:
			'Este es un clon superficial: los archivos que cambiaron antes de su commit más antiguo aparecen "sin datos". Ejecuta "git fetch --unshallow" para tener el historial completo.',
		noGitWarning: 'Esta carpeta no está en un repositorio git: solo se pueden detectar traducciones faltantes.',
		strictFailed: 'Hay traducciones que faltan o están desactualizadas (--strict).',
		howToFix:
			'Para actualizar una traducción, edita el archivo dentro de la carpeta del idioma; si el original cambió pero la traducción no necesita cambios, agrega "sourceChecked: AAAA-MM-DD" (la fecha de hoy) a sus metadatos.',
	},
} satisfies Record<WriterLanguage, unknown>;
