import { parseYaml } from '@astrojs/internal-helpers/yaml';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { parseContentData } from '../../src/model/frontmatter';

/** Nine levels of nine aliases each ("billion laughs"): 9^9 strings once expanded. */
const aliasBomb = (() => {
	const names = 'abcdefghi';
	const levels = [`a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
	for (let i = 1; i < names.length; i++)
		levels.push(
			`${names[i]}: &${names[i]} [${Array(9)
				.fill(`*${names[i - 1]}`)
				.join(', ')}]`
		);
	return levels.join('\n');
})();
const deepFlow = `nested: ${'['.repeat(5000)}${']'.repeat(5000)}`;
const lineCount = (text: string) => text.split('\n').length;

describe('parseContentData reads frontmatter exactly as Astro does', () => {
	it.each([
		['plain YAML', '---\ntitle: A lesson\nvisibility: internal\n---\nBody.\n', { title: 'A lesson', visibility: 'internal' }],
		['a UTF-8 byte-order mark', '\uFEFF---\ntitle: A lesson\nvisibility: internal\n---\nBody.\n', { title: 'A lesson', visibility: 'internal' }],
		['CRLF line endings', '---\r\ntitle: A lesson\r\nvisibility: internal\r\n---\r\nBody.\r\n', { title: 'A lesson', visibility: 'internal' }],
		['a blank line before the opening ---', '\n---\ntitle: A lesson\nvisibility: internal\n---\nBody.\n', { title: 'A lesson', visibility: 'internal' }],
		['a YAML merge key', '---\nshared: &base\n  visibility: internal\n<<: *base\ntitle: A lesson\n---\nBody.\n', { title: 'A lesson', visibility: 'internal' }],
		[
			'a merge key inside a field',
			'---\nbase: &base { visibility: internal }\nentry:\n  <<: *base\n  title: B\n---\n',
			{ entry: { visibility: 'internal', title: 'B' } },
		],
		['anchors and aliases', '---\nteam: &team [Ana, Luis]\nauthors: *team\n---\nBody.\n', { authors: ['Ana', 'Luis'] }],
		[
			'timestamps',
			'---\ndate: 2024-03-15\nwhen: 2024-03-15T10:30:00Z\n---\n',
			{ date: new Date('2024-03-15T00:00:00Z'), when: new Date('2024-03-15T10:30:00Z') },
		],
		['TOML frontmatter between +++ lines', '+++\ntitle = "A lesson"\nvisibility = "internal"\n+++\nBody.\n', { title: 'A lesson', visibility: 'internal' }],
	])('gives the same data as Astro for %s', (_, text, expected) => {
		const astro = parseFrontmatter(text, { frontmatter: 'remove' }).frontmatter;

		const ours = parseContentData(text, 'markdown');

		expect(ours.problem).toBeUndefined();
		expect(ours.file!.data).toEqual(astro);
		expect(ours.file!.data).toMatchObject(expected);
	});

	it.each([
		['plain YAML', 'name: Acme\nvisibility: internal\n', { name: 'Acme', visibility: 'internal' }],
		['a UTF-8 byte-order mark', '\uFEFFname: Acme\nvisibility: internal\n', { name: 'Acme', visibility: 'internal' }],
		['CRLF line endings', 'name: Acme\r\nvisibility: internal\r\n', { name: 'Acme', visibility: 'internal' }],
		['a YAML merge key', 'shared: &base\n  visibility: internal\n<<: *base\nname: Acme\n', { name: 'Acme', visibility: 'internal' }],
		['anchors and aliases', 'team: &team [Ana, Luis]\nauthors: *team\n', { authors: ['Ana', 'Luis'] }],
		['timestamps', 'date: 2024-03-15\nwhen: 2024-03-15T10:30:00Z\n', { date: new Date('2024-03-15T00:00:00Z'), when: new Date('2024-03-15T10:30:00Z') }],
		['YAML 1.2 booleans (yes stays a string)', 'archived: yes\nvisibility: no\n', { archived: 'yes', visibility: 'no' }],
	])("gives the same data as Astro's data loaders for a data file with %s", (_, text, expected) => {
		const astro = parseYaml(text);

		const ours = parseContentData(text, 'data');

		expect(ours.problem).toBeUndefined();
		expect(ours.file!.data).toEqual(astro);
		expect(ours.file!.data).toMatchObject(expected);
	});
});

describe('parseContentData never throws on hostile or broken input', () => {
	it.each([
		['a YAML alias bomb (billion laughs, 9 levels)', `---\n${aliasBomb}\n---\nBody.\n`, undefined],
		['5,000-deep nested flow YAML', `---\ntitle: A\n${deepFlow}\n---\nBody.\n`, 3],
		['a NUL byte', '---\ntitle: A\nlesson: We\0learned.\n---\nBody.\n', 3],
		['an unclosed quote', '---\ntitle: A\nlesson: "unclosed\n---\nBody.\n', 3],
	])('returns an invalid-yaml problem inside the file for %s in a Markdown file', (_, text, line) => {
		const { file, problem } = parseContentData(text, 'markdown');

		expect(file).toBeUndefined();
		expect(problem?.id).toBe('invalid-yaml');
		expect(problem?.line).toBeGreaterThanOrEqual(1);
		expect(problem?.line).toBeLessThanOrEqual(lineCount(text));
		if (line !== undefined) expect(problem?.line).toBe(line);
	});

	it.each([
		['a YAML alias bomb (billion laughs, 9 levels)', `${aliasBomb}\n`, undefined],
		['5,000-deep nested flow YAML', `title: A\n${deepFlow}\n`, 2],
		['a NUL byte', 'title: A\nlabel: We\0learned.\n', 2],
		['an unclosed quote', 'title: A\nlabel: "unclosed\n', 2],
	])('returns an invalid-yaml problem inside the file for %s in a data file', (_, text, line) => {
		const { file, problem } = parseContentData(text, 'data');

		expect(file).toBeUndefined();
		expect(problem?.id).toBe('invalid-yaml');
		expect(problem?.line).toBeGreaterThanOrEqual(1);
		expect(problem?.line).toBeLessThanOrEqual(lineCount(text));
		if (line !== undefined) expect(problem?.line).toBe(line);
	});
});

describe('parseContentData gives each field the line the writer sees it on', () => {
	it.each([
		['plain', '---\ntitle: A\nsummary: B\nvisibility: internal\n---\nBody.\n'],
		['a byte-order mark', '\uFEFF---\ntitle: A\nsummary: B\nvisibility: internal\n---\nBody.\n'],
		['CRLF line endings', '---\r\ntitle: A\r\nsummary: B\r\nvisibility: internal\r\n---\r\nBody.\r\n'],
		['a byte-order mark and CRLF', '\uFEFF---\r\ntitle: A\r\nsummary: B\r\nvisibility: internal\r\n---\r\nBody.\r\n'],
		['a blank line before the opening ---', '\n---\ntitle: A\nvisibility: internal\n---\nBody.\n'],
	])('says line 4 for a field on line 4 (%s)', (_, text) => {
		const { file } = parseContentData(text, 'markdown');

		expect(file!.fieldLines.get('visibility')).toBe(4);
	});
});

describe('parseContentData reports dates YAML would move to another day', () => {
	it.each([
		['a month 13 and a day 45', '2024-13-45'],
		['30 February', '2024-02-30'],
		['29 February of a common year', '2023-02-29'],
	])('lists %s with its field name', (_, date) => {
		const { file } = parseContentData(`---\ntitle: A\ndate: ${date}\n---\nBody.\n`, 'markdown');

		expect(file!.impossibleDates).toEqual([{ field: 'date', text: date }]);
	});

	it.each([
		['an ordinary date', '2024-03-15'],
		['29 February of a leap year', '2024-02-29'],
		['a date and time', '2024-03-15T10:30:00Z'],
	])('does not list %s', (_, date) => {
		const { file } = parseContentData(`---\ntitle: A\ndate: ${date}\n---\nBody.\n`, 'markdown');

		expect(file!.impossibleDates).toEqual([]);
	});
});
