/**
 * The CI recipes for a hub's weekly pull (examples/network/): read as GitHub Actions and GitLab
 * read them, they run `memoria network pull` on a weekly schedule and by hand, commit the mirror
 * even when a member failed, build the hub from it, and still end red when a member failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string) => parse(readFileSync(resolve(import.meta.dirname, '../../examples/network', name), 'utf8'));
/** A cron expression that runs once a week: a fixed minute, hour and weekday, any day of the month. */
const weekly = /^\d{1,2} \d{1,2} \* \* [0-6]$/;

describe('GitHub Actions (pull-weekly.yml)', () => {
	const workflow = read('pull-weekly.yml');
	const steps: { id?: string; run?: string; if?: string; uses?: string; 'continue-on-error'?: boolean }[] = workflow.jobs.pull.steps;
	const at = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

	it('runs weekly and by hand', () => {
		expect(workflow.on.schedule).toHaveLength(1);
		expect(workflow.on.schedule[0].cron).toMatch(weekly);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
	});

	it('pulls with memoria, commits the mirror even when a member failed, then builds', () => {
		const pull = steps[at(/^npx memoria network pull$/)]!;
		expect(pull).toMatchObject({ id: 'pull', 'continue-on-error': true });
		const commit = at(/git add --all network\n[\s\S]*git commit[\s\S]*git push/);
		const build = at(/^npx memoria build$/);
		expect(at(/^npx memoria network pull$/)).toBeLessThan(commit);
		expect(commit).toBeLessThan(build);
		expect(workflow.jobs.pull.permissions.contents).toBe('write');
	});

	it('ends red when a member failed, after the commit and the build', () => {
		const last = steps.at(-1)!;
		expect(last).toMatchObject({ if: "steps.pull.outcome == 'failure'", run: 'exit 1' });
	});

	it('publishes what it built, on GitHub Pages', () => {
		expect(steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
		expect(workflow.jobs.deploy.needs).toBe('pull');
		expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
	});
});

describe('GitLab CI (pull-weekly.gitlab-ci.yml)', () => {
	const job = read('pull-weekly.gitlab-ci.yml')['network-pull'];
	const script: string[] = job.script;
	const at = (pattern: RegExp) => script.findIndex((line) => pattern.test(line));

	it('runs on a schedule and by hand', () => {
		expect(job.rules[0].if).toContain('$CI_PIPELINE_SOURCE == "schedule"');
		expect(job.rules[0].if).toContain('$CI_PIPELINE_SOURCE == "web"');
	});

	it('pulls, remembers a failure, commits and pushes the mirror, builds, then fails if a member failed', () => {
		const pull = at(/^npx memoria network pull \|\| failed=1$/);
		expect(pull).toBeGreaterThanOrEqual(0);
		expect(pull).toBeLessThan(at(/^git add --all network$/));
		expect(at(/^git add --all network$/)).toBeLessThan(at(/^git push /));
		expect(at(/^git push /)).toBeLessThan(at(/^npx memoria build$/));
		expect(script.at(-1)).toMatch(/^test -z "\$\{failed\}"$/);
	});
});
