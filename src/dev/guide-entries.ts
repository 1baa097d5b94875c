import { slug } from 'github-slugger';
import type { ContentFile } from '../checks/content-files';
import type { Locales } from '../site/locales';
import { createUrlBuilder } from '../site/urls';
import { guidePath } from '../lib/guide-path';

/**
 * Where a site's own guides explain a check's id: the section of a guide whose table has a row
 * for it (`| \`broken-link\` | …`), as the writers' guide Memoria's demo ships has for every id
 * of the catalogue (tests/unit/new-writers-guide.test.ts). The guide in the writer's language
 * when the site has one, else the original. A site without such a guide gets no link: the id
 * is still on the page, to search for.
 */
export function guideEntry(id: string, guides: readonly ContentFile[], language: string, locales: Locales, base: string): string | undefined {
	const row = `| \`${id}\` |`;
	const explaining = guides.filter((file) => file.collection === 'docs' && file.raw.includes(row));
	const guide = explaining.find((file) => file.language === language) ?? explaining.find((file) => file.language === locales.defaultLanguage) ?? explaining[0];
	if (!guide) return undefined;
	const before = guide.raw.slice(0, guide.raw.indexOf(row));
	const heading = [...before.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].at(-1)?.[1];
	const page = createUrlBuilder(locales, base).page(guidePath(guide.key), guide.language);
	return heading ? `${page}#${slug(heading)}` : page;
}
