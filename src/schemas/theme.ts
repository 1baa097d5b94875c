import { z } from 'zod';

/**
 * A theme of the controlled vocabulary in content/themes.yaml. Its id is the YAML key; labels
 * and descriptions are given per language code, so one file serves every language.
 */
export function themeSchema() {
	return z.object({
		/** The theme's name in each language, such as { en: Open data, es: Datos abiertos }. */
		label: z.record(z.string(), z.string().min(1)),
		/** One sentence per language about what the theme covers. */
		description: z.record(z.string(), z.string()).default({}),
	});
}

export type ThemeInput = z.input<ReturnType<typeof themeSchema>>;
export type Theme = z.output<ReturnType<typeof themeSchema>>;
