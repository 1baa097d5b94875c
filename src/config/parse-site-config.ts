import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { memoriaError } from '../errors/memoria-error';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './site-config';

/** Validates the configuration, or stops with one message that names memoria.config.ts and each wrong field. */
export function parseSiteConfig(input: SiteConfigInput): SiteConfig {
	const result = siteConfigSchema.safeParse(input);
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
	throw memoriaError('invalid-site-config', { problems }, { file: 'memoria.config.ts' });
}

/** Reads and validates `memoria.config.ts` of a project, for the command-line tools. */
export async function loadSiteConfig(root: string): Promise<SiteConfig> {
	const module = (await import(/* @vite-ignore */ pathToFileURL(join(root, 'memoria.config.ts')).href)) as { default: SiteConfigInput };
	return parseSiteConfig(module.default);
}
