/**
 * Check levels of memoria.config.ts (`checks`): a check made a warning or silenced for the whole
 * site or for a folder or glob; the checks that protect people kept as errors in a public build;
 * the warnings' report file; and the options refused for checks that can never be relaxed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCheckLevels, type CheckSettings } from '../../src/checks/check-levels';
import { writeCheckReport } from '../../src/checks/check-report';
import type { Finding } from '../../src/checks/findings';
import { parseSiteConfig } from '../../src/config/parse-site-config';

const found = (id: Finding['id'], file: string, severity: Finding['severity'] = 'error'): Finding => ({
	id,
	file,
	severity,
	line: 3,
	message: `${id} in ${file}`,
	hint: `Fix ${id}.`,
});
const settings = (s: Partial<CheckSettings>): CheckSettings => ({ severity: {}, folders: {}, ...s });
const levels = (findings: Finding[], s: Partial<CheckSettings>, audience: 'public' | 'internal' = 'public') =>
	applyCheckLevels(findings, settings(s), audience);
const severities = (result: ReturnType<typeof levels>) => result.findings.map((f) => `${f.id} ${f.file} ${f.severity}`);

describe('check levels', () => {
	const alt = (file: string) => found('image-without-alt', file);

	it('leaves every finding as it is when the site sets nothing', () => {
		const result = levels([alt('content/docs/a.md'), found('raw-html', 'content/docs/a.md')], {});
		expect(severities(result)).toEqual(['image-without-alt content/docs/a.md error', 'raw-html content/docs/a.md error']);
	});

	it('makes a check a warning for the whole site, or leaves it out with "off", counting what it left out', () => {
		expect(severities(levels([alt('content/docs/a.md')], { severity: { 'image-without-alt': 'warn' } }))).toEqual([
			'image-without-alt content/docs/a.md warning',
		]);
		const off = levels([alt('content/docs/a.md'), alt('content/learnings/b.md')], { severity: { 'image-without-alt': 'off' } });
		expect(off.findings).toEqual([]);
		expect(off.silenced).toBe(2);
	});

	it('makes a warning an error again ("review-due": "error")', () => {
		expect(severities(levels([found('review-due', 'content/learnings/a.md', 'warning')], { severity: { 'review-due': 'error' } }))).toEqual([
			'review-due content/learnings/a.md error',
		]);
	});

	it('sets a folder apart: its files only, not a sibling whose name begins the same, and it wins over the whole site', () => {
		const result = levels(
			[alt('content/docs/legacy/a.md'), alt('content/docs/legacy/deep/b.md'), alt('content/docs/legacy-notes/c.md'), alt('content/docs/d.md')],
			{
				severity: { 'image-without-alt': 'error' },
				folders: { 'content/docs/legacy/': { 'image-without-alt': 'warn' } },
			}
		);
		expect(severities(result)).toEqual([
			'image-without-alt content/docs/legacy/a.md warning',
			'image-without-alt content/docs/legacy/deep/b.md warning',
			'image-without-alt content/docs/legacy-notes/c.md error',
			'image-without-alt content/docs/d.md error',
		]);
	});

	it('takes a folder written without its last slash or with "./", a single file, and a glob', () => {
		const files = ['content/docs/legacy/a.md', 'content/docs/old-b.md', 'content/learnings/c.md', 'content/docs/new-d.md'];
		const result = levels(files.map(alt), {
			folders: {
				'./content/docs/legacy': { 'image-without-alt': 'off' },
				'content/docs/old-*.md': { 'image-without-alt': 'off' },
				'content/learnings/c.md': { 'image-without-alt': 'off' },
			},
		});
		expect(severities(result)).toEqual(['image-without-alt content/docs/new-d.md error']);
	});

	it('lets the folder written last win where two match', () => {
		const result = levels([alt('content/docs/legacy/a.md')], {
			folders: { 'content/docs/': { 'image-without-alt': 'off' }, 'content/docs/legacy/': { 'image-without-alt': 'warn' } },
		});
		expect(severities(result)).toEqual(['image-without-alt content/docs/legacy/a.md warning']);
	});

	it('keeps the checks that protect people as errors in a public build, and says which, but relaxes them in an internal one', () => {
		const people = [found('personal-data', 'content/calls/a.md'), found('retention-expired', 'content/calls/b.md')];
		const relaxed = { severity: { 'personal-data': 'off', 'retention-expired': 'warn' } } as const;

		const publicBuild = levels(people, relaxed, 'public');
		expect(severities(publicBuild)).toEqual(['personal-data content/calls/a.md error', 'retention-expired content/calls/b.md error']);
		expect(publicBuild.keptStrict).toEqual(['personal-data', 'retention-expired']);

		const internalBuild = levels(people, relaxed, 'internal');
		expect(severities(internalBuild)).toEqual(['retention-expired content/calls/b.md warning']);
		expect(internalBuild.keptStrict).toEqual([]);
	});
});

describe('checks in memoria.config.ts', () => {
	const refusal = (checks: unknown) => {
		try {
			parseSiteConfig({ organisation: 'Brújula', checks } as never, 'en');
		} catch (error) {
			return (error as Error).message;
		}
		throw new Error('accepted');
	};

	it('accepts levels for the checks a site may set, for the site and for folders', () => {
		const config = parseSiteConfig({
			organisation: 'Brújula',
			checks: { severity: { 'broken-link': 'warn' }, folders: { 'content/docs/': { 'image-without-alt': 'off' } } },
		});
		expect(config.checks).toEqual({ severity: { 'broken-link': 'warn' }, folders: { 'content/docs/': { 'image-without-alt': 'off' } } });
		expect(parseSiteConfig({ organisation: 'Brújula' }).checks).toEqual({ severity: {}, folders: {} });
	});

	it('refuses a check that can never be relaxed, and a level that does not exist, naming the option', () => {
		expect(refusal({ severity: { 'raw-html': 'off' } })).toMatch(/checks\.severity\.raw-html/);
		expect(refusal({ severity: { 'broken-link': 'ignore' } })).toMatch(/checks\.severity\.broken-link/);
		expect(refusal({ folders: { 'content/docs/': { 'internal-leak': 'warn' } } })).toMatch(/checks\.folders/);
	});
});

describe('the warnings report', () => {
	const root = mkdtempSync(join(tmpdir(), 'memoria-report-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('lists every warning as a checklist grouped by check, in the writer’s language, and goes away when none is left', () => {
		const warnings = [
			found('image-without-alt', 'content/docs/a.md', 'warning'),
			found('broken-link', 'content/docs/b.md', 'warning'),
			found('image-without-alt', 'content/docs/c.md', 'warning'),
		];

		const path = writeCheckReport(root, warnings, 'es')!;
		const report = readFileSync(path, 'utf8');
		expect(report).toContain('# Avisos de la revisión del contenido');
		expect(report.indexOf('## memoria:broken-link (1)')).toBeLessThan(report.indexOf('## memoria:image-without-alt (2)'));
		expect(report).toContain('- [ ] `content/docs/a.md:3`: image-without-alt in content/docs/a.md');
		expect(report).toContain('- [ ] `content/docs/c.md:3`');

		expect(writeCheckReport(root, [], 'es')).toBeUndefined();
		expect(existsSync(path)).toBe(false);
	});
});
