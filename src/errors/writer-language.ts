/**
 * The language writers read messages in, taken from the shell's locale the way gettext does:
 * LANGUAGE, then LC_ALL, LC_MESSAGES and LANG. `LANG=es_MX.UTF-8` gives Spanish; anything else English.
 */
export type WriterLanguage = 'en' | 'es';

export function writerLanguage(env: Record<string, string | undefined> = process.env): WriterLanguage {
	const locale = env.LANGUAGE || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}
