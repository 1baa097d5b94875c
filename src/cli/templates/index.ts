import type { KindName } from '../new-text';
import { assessmentTemplate } from './assessment';
import { callTemplate } from './call';
import type { TemplateInput } from './frontmatter';
import { guideTemplate } from './guide';
import { learningTemplate } from './learning';
import { organisationTemplate } from './organisation';
import { outcomeTemplate } from './outcome';
import { postTemplate } from './post';
import { projectTemplate } from './project';

export type { TemplateInput } from './frontmatter';

/** The text of a new file of each kind, from the answers and the file name. */
export const templates: Record<KindName, (input: TemplateInput, slug: string) => string> = {
	project: projectTemplate,
	learning: learningTemplate,
	outcome: outcomeTemplate,
	call: callTemplate,
	post: postTemplate,
	guide: guideTemplate,
	organisation: organisationTemplate,
	assessment: assessmentTemplate,
};
