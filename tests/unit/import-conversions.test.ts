/**
 * `memoria import`'s conversions of a page's body, each on the syntax of its tool: admonitions
 * to Starlight's asides (MkDocs, Docusaurus, GitHub alerts, Hugo themes' shortcodes, Just the
 * Docs' callouts), Liquid and shortcodes with a Markdown equivalent, the title taken from a first
 * heading and headings moved down, links and images readdressed without touching anything else,
 * and what cannot be converted found by line, never inside code.
 */
import { describe, expect, it } from 'vitest';
import { asideFor } from '../../src/import/convert/asides';
import { convertDocusaurusAdmonitions } from '../../src/import/convert/docusaurus-admonitions';
import { convertGithubAlerts } from '../../src/import/convert/github-alerts';
import { convertHugoShortcodes, shortcodeParameters } from '../../src/import/convert/hugo-shortcodes';
import { convertJekyllLiquid } from '../../src/import/convert/jekyll-liquid';
import { convertMkdocsAdmonitions } from '../../src/import/convert/mkdocs-admonitions';
import { rewriteMarkdown } from '../../src/import/convert/rewrite-markdown';
import { applyEdits } from '../../src/import/convert/text-edits';
import { findUnconvertible } from '../../src/import/convert/unconvertible';

const lines = (...text: string[]) => text.join('\n');
const nothing = () => undefined;

describe('asides', () => {
	it("maps a kind Starlight has under another name to that aside, with Starlight's own title", () => {
		expect(asideFor('warning')).toEqual({ variant: 'caution' });
		expect(asideFor('hint')).toEqual({ variant: 'tip' });
		expect(asideFor('error')).toEqual({ variant: 'danger' });
		expect(asideFor('info')).toEqual({ variant: 'note' });
	});

	it('keeps the name of a kind Starlight lacks as the title, and a title the writer gave', () => {
		expect(asideFor('example')).toEqual({ variant: 'note', title: 'Example' });
		expect(asideFor('bug')).toEqual({ variant: 'danger', title: 'Bug' });
		expect(asideFor('success', 'It worked')).toEqual({ variant: 'tip', title: 'It worked' });
		expect(asideFor('note', 'Read this')).toEqual({ variant: 'note', title: 'Read this' });
	});
});

describe('MkDocs admonitions', () => {
	it('turns !!! kind "Title" and its indented body into an aside, the body no longer indented (which would make it code)', () => {
		const text = lines('Intro.', '', '!!! warning "Before you start"', '    Ask first.', '', '    Then write it down.', '', 'After.');
		expect(convertMkdocsAdmonitions(text)).toBe(
			lines('Intro.', '', ':::caution[Before you start]', 'Ask first.', '', 'Then write it down.', ':::', '', 'After.')
		);
	});

	it('reads collapsible ones (??? and ???+), extra class names, and an empty title as no title', () => {
		expect(convertMkdocsAdmonitions(lines('??? tip', '    Small surveys first.'))).toBe(lines(':::tip', 'Small surveys first.', ':::'));
		expect(convertMkdocsAdmonitions(lines('???+ example inline end "A case"', '    Ten homes.'))).toBe(lines(':::note[A case]', 'Ten homes.', ':::'));
		expect(convertMkdocsAdmonitions(lines('!!! note ""', '    No title bar.'))).toBe(lines(':::note', 'No title bar.', ':::'));
	});

	it('converts an admonition inside another, the outer fence one colon longer', () => {
		const text = lines('!!! note "Outer"', '    Outside.', '', '    !!! danger', '        Inside.');
		expect(convertMkdocsAdmonitions(text)).toBe(lines('::::note[Outer]', 'Outside.', '', ':::danger', 'Inside.', ':::', '::::'));
	});

	it('keeps code blocks inside the body, and leaves an admonition shown in a code block alone', () => {
		const inside = lines('!!! tip', '    Run:', '', '    ```sh', '    mkdocs serve', '    ```');
		expect(convertMkdocsAdmonitions(inside)).toBe(lines(':::tip', 'Run:', '', '```sh', 'mkdocs serve', '```', ':::'));
		const example = lines('```md', '!!! note', '    Example.', '```');
		expect(convertMkdocsAdmonitions(example)).toBe(example);
	});
});

describe('Docusaurus admonitions', () => {
	it("rewrites the opening line only: kinds to Starlight's, the older `:::kind Title` to :::kind[Title]", () => {
		const text = lines(
			':::tip Where to begin',
			'Start here.',
			':::',
			'',
			':::info',
			'',
			'Checked twice.',
			'',
			':::',
			'',
			':::warning[Check the year]',
			'Two budgets.',
			':::'
		);
		expect(convertDocusaurusAdmonitions(text)).toBe(
			lines(
				':::tip[Where to begin]',
				'Start here.',
				':::',
				'',
				':::note',
				'',
				'Checked twice.',
				'',
				':::',
				'',
				':::caution[Check the year]',
				'Two budgets.',
				':::'
			)
		);
	});

	it('keeps nested fences and code', () => {
		expect(convertDocusaurusAdmonitions(lines('::::danger', ':::note Inner', 'x', ':::', '::::'))).toBe(
			lines('::::danger', ':::note[Inner]', 'x', ':::', '::::')
		);
		const code = lines('```', ':::warning', '```');
		expect(convertDocusaurusAdmonitions(code)).toBe(code);
	});
});

describe('GitHub alerts', () => {
	it('turns a quote that starts with [!KIND] into an aside, and an Obsidian title into its title', () => {
		expect(convertGithubAlerts(lines('> [!WARNING]', '> Never say a full name.', '> Ask first.', '', 'After.'))).toBe(
			lines(':::caution', 'Never say a full name.', 'Ask first.', ':::', '', 'After.')
		);
		expect(convertGithubAlerts(lines('> [!tip]- Quick win', '> Start small.'))).toBe(lines(':::tip[Quick win]', 'Start small.', ':::'));
		expect(convertGithubAlerts('> A plain quote.')).toBe('> A plain quote.');
	});
});

describe('Hugo shortcodes', () => {
	it('reads positional and named parameters, quoted or not', () => {
		expect(shortcodeParameters('info title="Ojo: dos" color=warning `raw`')).toEqual({
			positional: ['info', 'raw'],
			named: { title: 'Ojo: dos', color: 'warning' },
		});
	});

	it("turns the common themes' admonitions into asides: Docsy's alert, Book's hint, Relearn's notice", () => {
		expect(convertHugoShortcodes(lines('{{< alert title="Ojo" color="warning" >}}', 'No lo enciendas.', '{{< /alert >}}'), nothing)).toBe(
			lines(':::caution[Ojo]', 'No lo enciendas.', ':::')
		);
		expect(convertHugoShortcodes(lines('{{< hint danger >}}', '**Stop.**', '{{< /hint >}}'), nothing)).toBe(lines(':::danger', '**Stop.**', ':::'));
		expect(convertHugoShortcodes('{{% notice tip %}}One line.{{% /notice %}}', nothing)).toBe(lines(':::tip', 'One line.', ':::'));
	});

	it("turns figure into an image described by its alt, or by its caption as Hugo's own figure does", () => {
		expect(convertHugoShortcodes('{{< figure src="/images/antena.png" alt="Una antena" >}}', nothing)).toBe('![Una antena](/images/antena.png)');
		expect(convertHugoShortcodes('{{< figure src="a.png" caption="A roof" >}}', nothing)).toBe('![A roof](a.png)');
	});

	it('turns ref and relref into the path of the page they name, and leaves one it cannot find for the report', () => {
		const resolve = (reference: string) => (reference === 'docs/equipo.md' ? './docs/equipo.md' : undefined);
		expect(convertHugoShortcodes('[El equipo]({{< ref "docs/equipo.md" >}})', resolve)).toBe('[El equipo](./docs/equipo.md)');
		expect(convertHugoShortcodes('[x]({{< relref "nowhere" >}})', resolve)).toBe('[x]({{< relref "nowhere" >}})');
	});

	it('leaves other shortcodes, and shortcodes shown as code, as they are', () => {
		expect(convertHugoShortcodes('{{< youtube w7Ft2ymGmfc >}}', nothing)).toBe('{{< youtube w7Ft2ymGmfc >}}');
		const code = lines('```', '{{< alert >}}', 'x', '{{< /alert >}}', '```');
		expect(convertHugoShortcodes(code, nothing)).toBe(code);
	});
});

describe('Jekyll Liquid', () => {
	const references = {
		link: (p: string) => (p === 'about.md' ? '../about.md' : undefined),
		post: (n: string) => (n === '2023-05-02-first' ? './2023-05-02-first.md' : undefined),
	};

	it('drops the base address before a path, and relative_url around one', () => {
		expect(convertJekyllLiquid('![A]({{ site.baseurl }}/assets/a.png)', references)).toBe('![A](/assets/a.png)');
		expect(convertJekyllLiquid('[B]({{ site.url }}{{ site.baseurl }}/b/)', references)).toBe('[B](/b/)');
		expect(convertJekyllLiquid("[C]({{ '/c/' | relative_url }})", references)).toBe('[C](/c/)');
	});

	it('turns {% link %} and {% post_url %} into the files they name', () => {
		expect(convertJekyllLiquid('[About]({% link about.md %}) and [first]({% post_url 2023-05-02-first %})', references)).toBe(
			'[About](../about.md) and [first](./2023-05-02-first.md)'
		);
	});

	it('turns highlight blocks into fenced code and drops raw markers', () => {
		expect(convertJekyllLiquid(lines('{% highlight ruby %}', 'puts 1', '{% endhighlight %}', '{% raw %}{{ x }}{% endraw %}'), references)).toBe(
			lines('```ruby', 'puts 1', '```', '{{ x }}')
		);
	});

	it("turns Just the Docs' callouts into asides, with the paragraph or quote that follows", () => {
		expect(convertJekyllLiquid(lines('{: .note }', 'Open to all.', '', 'After.'), references)).toBe(lines(':::note', 'Open to all.', ':::', '', 'After.'));
		expect(convertJekyllLiquid(lines('{: .warning }', '> Careful.'), references)).toBe(lines(':::caution', 'Careful.', ':::'));
	});

	it('leaves includes for the report', () => {
		expect(convertJekyllLiquid('{% include video.html id="x" %}', references)).toBe('{% include video.html id="x" %}');
	});
});

describe('headings, links and images', () => {
	const keep = { rewrite: () => undefined };

	it('takes a first # heading as the title when the frontmatter has none, and removes it', () => {
		const result = rewriteMarkdown(lines('# Safe *interviews*', '', 'Text.'), { title: undefined, ...keep });
		expect(result.headingTitle).toBe('Safe interviews');
		expect(result.body).toBe('Text.');
	});

	it('removes a first heading that repeats the title, and keeps one that says something else (then moved down)', () => {
		expect(rewriteMarkdown(lines('# Getting started', '', 'Text.'), { title: 'Getting Started', ...keep }).body).toBe('Text.');
		const other = rewriteMarkdown(lines('# Welcome', '', 'Text.'), { title: 'Start here', ...keep });
		expect(other.headingTitle).toBeUndefined();
		expect(other.body).toBe(lines('## Welcome', '', 'Text.'));
	});

	it('moves every heading one level down when another h1 remains, underlined ones included', () => {
		const result = rewriteMarkdown(lines('# Title', '', '## Part', '', 'Appendix', '========', '', 'Sub', '---'), { title: undefined, ...keep });
		expect(result.demoted).toBe(true);
		expect(result.body).toBe(lines('### Part', '', '## Appendix', '', '### Sub'));
	});

	it('leaves headings alone when the title was the only h1', () => {
		const result = rewriteMarkdown(lines('# Title', '', '## Part'), { title: undefined, ...keep });
		expect(result.demoted).toBe(false);
		expect(result.body).toBe('## Part');
	});

	it('replaces only the address of each link, image and definition, the rest of the text as it was written', () => {
		const seen: string[] = [];
		const body = lines('See [*the* guide](setup.md#a "Setup") and ![A map](img/map.png).', '', '[ref]: other.md', '', '[keep](https://example.org)');
		const result = rewriteMarkdown(body, {
			title: 'T',
			rewrite: (url, kind) => {
				seen.push(`${kind} ${url}`);
				return url.startsWith('https:') ? undefined : `NEW/${url}`;
			},
		});
		expect(seen).toEqual(['link setup.md#a', 'image img/map.png', 'link other.md', 'link https://example.org']);
		expect(result.body).toBe(
			lines('See [*the* guide](NEW/setup.md#a "Setup") and ![A map](NEW/img/map.png).', '', '[ref]: NEW/other.md', '', '[keep](https://example.org)')
		);
	});

	it('writes an address with spaces between angle brackets', () => {
		expect(rewriteMarkdown('[a](<my file.md>)', { title: 'T', rewrite: () => 'the new one/' }).body).toBe('[a](<the new one/>)');
	});

	it('reports images without a description and images in HTML, at their place in the new body', () => {
		const result = rewriteMarkdown(lines('# Title', '', '![](a.png)', '', '<img src="b.png" alt="B">'), { title: undefined, ...keep });
		expect(result.images.map((i) => [i.problem, i.url, result.body.slice(i.offset, i.offset + 4)])).toEqual([
			['no-alt', 'a.png', '![]('],
			['html', 'b.png', '<img'],
		]);
	});
});

describe('text edits', () => {
	it('applies edits together and finds old places in the new text', () => {
		const edited = applyEdits('abcdef', [
			{ start: 4, end: 5, text: 'XYZ' },
			{ start: 0, end: 2, text: '' },
		]);
		expect(edited.text).toBe('cdXYZf');
		expect(edited.moved(5)).toBe(5);
		expect(edited.moved(2)).toBe(0);
	});
});

describe('what cannot be converted', () => {
	it('finds shortcodes, template tags, snippets, tabs and attribute lists by line, never in code', () => {
		const text = lines(
			'Text {{< youtube x >}}',
			'{% include a.html %}',
			'--8<-- "inc.md"',
			'=== "Tab"',
			'{: .md-button }',
			'`{{< shown >}}` is how a shortcode looks.',
			'```',
			'{% not this %}',
			'```',
			'Value {{ page.title }}'
		);
		expect(findUnconvertible(text, 'plain', false).map((f) => [f.line, f.construct])).toEqual([
			[1, 'hugo-shortcode'],
			[2, 'template-tag'],
			[3, 'snippet'],
			[4, 'content-tabs'],
			[5, 'attribute-list'],
			[10, 'template-value'],
		]);
	});

	it('finds MDX imports and components in MDX pages, and in Docusaurus pages, which it reads as MDX', () => {
		const text = lines("import Tabs from '@theme/Tabs';", '', '<Tabs>', '<TabItem value="a">A</TabItem>', '</Tabs>');
		expect(findUnconvertible(text, 'docusaurus', false).map((f) => f.construct)).toEqual(['mdx-import', 'mdx-component', 'mdx-component', 'mdx-component']);
		expect(findUnconvertible(text, 'plain', false)).toEqual([]);
		expect(findUnconvertible(text, 'starlight', true)).toHaveLength(4);
	});
});
