import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { assessmentSchema, structureDifferences, type AssessmentInput } from '../../src/schemas/assessment';

/** The frontmatter of a Markdown file, as YAML reads it. */
const frontmatter = (path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!) as AssessmentInput;

const band = (from: number, to: number, title = `${from} to ${to}`) => ({ from, to, title, message: `Scores ${from} to ${to}.` });
const options = () => [
	{ label: 'Yes', score: 2 },
	{ label: 'Partly', score: 1 },
	{ label: 'No', score: 0 },
];
/** Two dimensions of one and two questions: "goals" scores 0–2, "staff" 0–4, overall 0–6. */
const valid = (): AssessmentInput => ({
	title: 'Ready?',
	description: 'Whether we are ready.',
	intro: 'Answer together.',
	dimensions: [
		{ id: 'goals', label: 'Goals', bands: [band(0, 1), band(2, 2)] },
		{ id: 'staff', label: 'Staff', bands: [band(0, 2), band(3, 4)] },
	],
	questions: [
		{ id: 'goal', dimension: 'goals', text: 'Is there a goal?', options: options() },
		{ id: 'time', dimension: 'staff', text: 'Is there time?', options: options() },
		{ id: 'backing', dimension: 'staff', text: 'Is there backing?', options: options() },
	],
	overall: [band(0, 3), band(4, 6)],
});

/** The problems zod reports, as "path: message" lines, in the writer's language given. */
function problems(value: unknown, language: 'en' | 'es' = 'en'): string[] {
	const saved = process.env.LANGUAGE;
	process.env.LANGUAGE = language;
	try {
		const result = assessmentSchema().safeParse(value);
		return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	} finally {
		if (saved === undefined) delete process.env.LANGUAGE;
		else process.env.LANGUAGE = saved;
	}
}

describe('self-assessment schema', () => {
	it('accepts the demo site’s assessment in both languages, and its translation scores like the original', () => {
		const en = assessmentSchema().parse(frontmatter('content/assessments/right-tool-now.md'));
		const es = assessmentSchema().parse(frontmatter('content/assessments/es/right-tool-now.md'));

		expect(en.questions.length).toBeGreaterThan(8);
		expect(en.dimensions.map((d) => d.id)).toEqual(['goals', 'staff', 'connectivity', 'skills']);
		expect(structureDifferences(en, es, 'content/assessments/right-tool-now.md')).toEqual([]);
	});

	it.each([
		['content/docs/guides/writers-guide.md', '## Write a self-assessment'],
		['content/docs/es/guides/writers-guide.md', '## Escribir una autoevaluación'],
	])('accepts the example of the writers’ guide (%s)', (path, heading) => {
		const section = readFileSync(path, 'utf8').split(heading)[1]!;
		const example = /```md\n---\n([\s\S]*?)\n---\n```/.exec(section)![1]!;

		expect(problems(parse(example))).toEqual([]);
	});

	it('fills in what a writer may leave out: no overall bands, no next steps', () => {
		const { overall: _, ...rest } = valid();
		const parsed = assessmentSchema().parse(rest);

		expect(parsed.overall).toEqual([]);
		expect(parsed.dimensions[0]!.bands[0]!.next).toEqual([]);
		expect(parsed.archived).toBe(false);
	});

	it('refuses two questions with one id, naming the second', () => {
		const value = valid();
		value.questions[2]!.id = 'time';

		expect(problems(value)).toEqual(['questions.2.id: Two questions of this self-assessment have the id "time".']);
	});

	it('refuses a question in a dimension that does not exist, in the writer’s language', () => {
		const value = valid();
		value.questions[0]!.dimension = 'goal';

		expect(problems(value)).toEqual(
			expect.arrayContaining(['questions.0.dimension: The question counts towards dimension "goal", which is not listed in "dimensions".'])
		);
		expect(problems(value, 'es')).toEqual(
			expect.arrayContaining(['questions.0.dimension: La pregunta suma a la dimensión "goal", que no está en la lista "dimensions".'])
		);
	});

	it('refuses a dimension without questions', () => {
		const value = valid();
		value.dimensions.push({ id: 'skills', label: 'Skills', bands: [band(0, 0)] });

		expect(problems(value)).toEqual(['dimensions.2: Dimension "skills" has no questions, so it cannot give a result.']);
	});

	it.each([
		['a gap between two bands', [band(0, 1), band(3, 4)], 'dimensions.1.bands: The result bands of dimension "staff" give no message for a score of 2.'],
		[
			'a band that stops short of the highest score',
			[band(0, 2)],
			'dimensions.1.bands: The result bands of dimension "staff" give no message for scores 3 to 4.',
		],
		['two bands claiming one score', [band(0, 2), band(2, 4)], 'dimensions.1.bands.1: Two result bands of dimension "staff" both cover a score of 2.'],
		[
			'a band beyond the possible scores',
			[band(0, 2), band(3, 5)],
			'dimensions.1.bands.1: A result band of dimension "staff" goes from 3 to 5, but that score can only go from 0 to 4.',
		],
	])('refuses result bands with %s', (_, bands, message) => {
		const value = valid();
		value.dimensions[1]!.bands = bands;

		expect(problems(value)).toEqual([message]);
	});

	it('checks the overall bands against the sum of every question', () => {
		const value = valid();
		value.overall = [band(0, 3), band(4, 5)];

		expect(problems(value)).toEqual(['overall: The result bands of the overall result give no message for a score of 6.']);
		expect(problems(value, 'es')).toEqual(['overall: Las franjas del resultado general no dan ningún mensaje para un puntaje de 6.']);
	});

	it('refuses a question with a single option', () => {
		const value = valid();
		value.questions[0]!.options = [{ label: 'Yes', score: 1 }];

		expect(problems(value)).toEqual(['questions.0.options: A question needs at least two options.']);
	});

	it('refuses a score that is not a whole number', () => {
		const value = valid();
		value.questions[0]!.options[1] = { label: 'Partly', score: 1.5 };

		expect(problems(value).map((p) => p.split(':')[0])).toEqual(['questions.0.options.1.score']);
	});
});

describe('a translated self-assessment', () => {
	it('must keep the ids, the order, the scores and the bands of its original', () => {
		const original = assessmentSchema().parse(valid());
		const changed = valid();
		changed.questions[1]!.options = [options()[0]!, options()[2]!];
		changed.dimensions[0]!.bands = [band(0, 0), band(1, 2)];
		[changed.questions[1], changed.questions[2]] = [changed.questions[2]!, changed.questions[1]!];

		const differences = structureDifferences(original, assessmentSchema().parse(changed), 'content/assessments/ready.md');

		expect(differences.map((d) => `${d.field}: ${d.params.what} ${d.params.expected} → ${d.params.found}`)).toEqual([
			'questions: questions goal, time, backing → goal, backing, time',
			'questions.2.options: option-scores 2, 1, 0 → 2, 0',
			'dimensions.0.bands: bands 0–1, 2–2 → 0–0, 1–2',
		]);
	});
});

describe('content checks of self-assessments', () => {
	let root: string | undefined;
	afterEach(() => root && rmSync(root, { recursive: true, force: true }));

	function site(files: Record<string, unknown>, language: 'en' | 'es' = 'en') {
		root = mkdtempSync(join(tmpdir(), 'memoria-assessment-'));
		for (const [path, data] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), `---\n${stringify(data)}---\nBody.\n`);
		}
		return runChecks({ root, config: parseSiteConfig({ organisation: 'Test' }), audience: 'public', language, today: new Date('2025-01-01') })
			.filter((f) => f.severity === 'error')
			.map((f) => `${f.id} ${f.file}${f.line ? `:${f.line}` : ''}${f.field ? ` → ${f.field}` : ''} | ${f.message} | ${f.hint}`);
	}

	it('accepts a valid assessment and its translation', () => {
		expect(site({ 'content/assessments/ready.md': valid(), 'content/assessments/es/ready.md': { ...valid(), title: '¿Listos?' } })).toEqual([]);
	});

	it('reports a problem of the bands under its own id, at the line of the bands, with the range to cover', () => {
		const value = valid();
		value.dimensions[1]!.bands = [band(0, 1), band(3, 4)];

		const [finding, ...others] = site({ 'content/assessments/ready.md': value });

		expect(others).toEqual([]);
		expect(finding).toMatch(/^assessment-bands content\/assessments\/ready\.md:\d+ → dimensions\.1\.bands \| /);
		// The line named is the staff dimension's first band, not the line of "dimensions:".
		const line = Number(/:(\d+) /.exec(finding!)![1]);
		const lines = readFileSync(join(root!, 'content/assessments/ready.md'), 'utf8').split('\n');
		expect(lines.slice(line - 4, line).map((l) => l.trim())).toEqual(['- id: staff', 'label: Staff', 'bands:', '- from: 0']);
		expect(finding).toContain('give no message for a score of 2.');
		expect(finding).toContain('Scores of dimension "staff" go from 0 to 4.');
	});

	it('reports in Spanish to a Spanish-speaking writer', () => {
		const value = valid();
		value.questions[0]!.dimension = 'goal';

		const findings = site({ 'content/assessments/ready.md': value }, 'es');

		expect(findings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^assessment-unknown-dimension .* → questions\.0\.dimension \| La pregunta suma a la dimensión "goal".* \| ¿Quisiste poner "goals"\?/
				),
			])
		);
	});

	it('reports a translation whose scores differ from the original, in the translation', () => {
		const translation = valid();
		// The same range of scores, but "En parte" and "No" swapped their scores.
		translation.questions[0]!.options = [
			{ label: 'Sí', score: 2 },
			{ label: 'En parte', score: 0 },
			{ label: 'No', score: 1 },
		];

		expect(site({ 'content/assessments/ready.md': valid(), 'content/assessments/es/ready.md': translation })).toEqual([
			expect.stringMatching(
				/^assessment-translation-mismatch content\/assessments\/es\/ready\.md:\d+ → questions\.0\.options \| This translation differs from its original \(content\/assessments\/ready\.md\) in the option scores of question "goal": "2, 1, 0" in the original, "2, 0, 1" here\./
			),
		]);
	});
});
