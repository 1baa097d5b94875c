import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { callSchema } from './call';
import { calendarDate } from './shared';
import { learningSchema } from './learning';
import { organisationSchema } from './organisation';
import { postSchema } from './post';
import { projectSchema } from './project';
import { themeSchema } from './theme';

/**
 * Memoria's content collections. Each reads one folder of `content/`: the default language's
 * files at its root, translations in a sub-folder per language code (same path = same entry).
 * Files whose name starts with "_" are drafts the build ignores.
 */
const markdown = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' });

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: z.object({ sourceChecked: calendarDate.optional() }) }),
	}),
	projects: defineCollection({ loader: markdown('projects'), schema: projectSchema() }),
	learnings: defineCollection({ loader: markdown('learnings'), schema: learningSchema() }),
	calls: defineCollection({ loader: markdown('calls'), schema: callSchema() }),
	posts: defineCollection({ loader: markdown('posts'), schema: ({ image }) => postSchema({ image }) }),
	organisations: defineCollection({
		loader: glob({ base: './content/organisations', pattern: '**/[^_]*.{yaml,yml,json}' }),
		schema: organisationSchema(),
	}),
	themes: defineCollection({ loader: file('./content/themes.yaml'), schema: themeSchema() }),
};
