import type { SiteConfig } from '../config/site-config';

/**
 * Addresses of a content file in the organisation's repository (GitHub, Gitea and Forgejo
 * style: /edit/<branch>/ and /blob/<branch>/), or undefined when no repository is configured.
 */
export function repositoryUrl(config: Pick<SiteConfig, 'repository'>, action: 'edit' | 'blob', path = ''): string | undefined {
	if (!config.repository) return undefined;
	return `${config.repository.url.replace(/\/$/, '')}/${action}/${config.repository.branch}/${path}`;
}
