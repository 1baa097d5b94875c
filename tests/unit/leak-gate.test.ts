import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/checks/content-files';
import { archiveBatches, findLeaks, type Leak } from '../../src/checks/leak-gate';
import { publicationFacts, type PublicationFacts } from '../../src/checks/publication-facts';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { createLocales } from '../../src/site/locales';
import { parseContentData } from '../../src/model/frontmatter';

const config = parseSiteConfig({ organisation: 'Test Org', languages: ['en', 'es'], defaultLanguage: 'en', site: 'https://test.example.org' });

/** An internal lesson with a distinctive title, a few sentences (one in Spanish) and a file of public/ only it uses. */
const surveyTitle = 'Why the river survey stalled in winter';
const englishText =
	'During the winter fieldwork our volunteers discovered that several riverside families distrusted the survey because previous researchers never returned their findings. ' +
	'We learned that the report must travel back to every household before anyone publishes conclusions about their neighbourhood.';
const spanishText = 'Las familias ribereñas desconfiaban de la encuesta porque ningún investigador había devuelto jamás sus resultados a la comunidad.';
const survey = `---\ntitle: ${surveyTitle}\nvisibility: internal\n---\n${englishText}\n\n${spanishText}\n\nSee [the budget](/files/budget-2023.pdf).\n`;
/** Internal too, but its title is three words anyone could write, and its body an everyday phrase. */
const budget = '---\ntitle: Budget meeting notes\nvisibility: internal\n---\nIf you have any questions please let us know. Kept for the treasurer.\n';
/** Internal, its body a heading and a list of short items. */
const checklist =
	'---\ntitle: Household checklist\nvisibility: internal\n---\n## Findings from the riverside households\n\n' +
	'- Volunteers discovered families distrusted surveys\n- Researchers never returned findings afterwards\n- Households wanted conclusions before publication\n- Neighbourhood leaders requested printed summaries\n';
const story = '---\ntitle: A public story\nvisibility: public\n---\nThe market maps helped traders plan their stalls.\n';

/** A content file as the checks read it (content-files.ts), parsed by the real parser. */
function contentFile(path: string, raw: string): ContentFile {
	const { file } = parseContentData(raw, 'markdown');
	const key = path.replace(/^content\/learnings\//, '').replace(/\.md$/, '');
	return {
		path,
		collection: 'learnings',
		language: 'en',
		key,
		data: file!.data,
		fieldLines: file!.fieldLines,
		raw,
		body: file!.body,
		bodyLine: file!.bodyLine,
		problems: [],
	};
}

/** The body's words as a reader sees them: letters and digits, punctuation dropped. */
const surveyWords = englishText.match(/[\p{L}\p{N}]+/gu) ?? [];
const surveyEntry = 'content/learnings/river-survey.md';
const checklistEntry = 'content/learnings/household-checklist.md';
const sixteenWords = surveyWords.slice(5, 21);

let root: string;
let facts: PublicationFacts;
const outputs: string[] = [];

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'memoria-leak-root-'));
	mkdirSync(join(root, 'public/files'), { recursive: true });
	writeFileSync(join(root, 'public/files/budget-2023.pdf'), '%PDF-1.4 budget');
	writeFileSync(join(root, 'public/files/market-map.png'), 'PNG');
	const files = [
		contentFile(surveyEntry, survey),
		contentFile('content/learnings/budget-notes.md', budget),
		contentFile(checklistEntry, checklist),
		contentFile('content/learnings/public-story.md', story),
	];
	facts = publicationFacts(files, config, createLocales(config), root);
});

afterAll(() => {
	for (const folder of [root, ...outputs]) rmSync(folder, { recursive: true, force: true });
});

/** Writes a built site's files into a fresh folder and runs the gate on it. */
function gate(files: Record<string, string | Uint8Array>): Leak[] {
	const dir = mkdtempSync(join(tmpdir(), 'memoria-leak-out-'));
	outputs.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return findLeaks(dir, facts);
}

const page = (main: string) => `<!doctype html><html lang="en"><head><title>Test Org</title></head><body><main>${main}</main></body></html>`;
/** Words with inline markup and entities between them, as a rendered page has them. */
const marked = (list: string[]) =>
	list.map((word, i) => (i % 3 === 1 ? `<em>${word}</em>` : word)).reduce((html, word, i) => `${html}${i % 2 === 1 ? '&nbsp;' : ' \n'}${word}`);
const pagefindFragment = (content: string) =>
	gzipSync(
		Buffer.concat([
			Buffer.from('pagefind_dcd'),
			Buffer.from(JSON.stringify({ url: '/learnings/public-story/', content, word_count: 16, filters: {}, meta: { title: 'A public story' } })),
		])
	);
const accentsAsEntities = (text: string) => text.replace(/[ñúíá]/g, (c) => ({ ñ: '&ntilde;', ú: '&uacute;', í: '&iacute;', á: '&aacute;' })[c]!);

describe('the leak gate: what it fingerprints', () => {
	it('fingerprints the internal entries only, with their addresses in every language and their source path', () => {
		expect(facts.internal.map((entry) => entry.file).sort()).toEqual(['content/learnings/budget-notes.md', checklistEntry, surveyEntry]);
		expect(facts.internal.find((entry) => entry.file === surveyEntry)?.addresses).toEqual([
			'/learnings/river-survey/',
			'/es/aprendizajes/river-survey/',
			'/learnings/river-survey.md',
		]);
	});

	it('withholds the public/ file only an internal entry names', () => {
		expect(facts.withheld).toEqual(['files/budget-2023.pdf']);
	});
});

describe('the leak gate finds an internal entry in the output', () => {
	it.each<[string, Record<string, string | Uint8Array>, Leak[]]>([
		[
			'its address in a link of a page',
			{ 'learnings/index.html': page('<a href="/learnings/river-survey/">Read more</a>') },
			[{ entry: surveyEntry, output: 'learnings/index.html', what: 'address' }],
		],
		[
			"its address under the site's base path, with a fragment",
			{ 'index.html': page('<a href="/memoria/learnings/river-survey/#findings">Read more</a>') },
			[{ entry: surveyEntry, output: 'index.html', what: 'address' }],
		],
		[
			'its Spanish address in a sitemap',
			{ 'sitemap-0.xml': '<?xml version="1.0"?><urlset><url><loc>https://test.example.org/es/aprendizajes/river-survey/</loc></url></urlset>' },
			[{ entry: surveyEntry, output: 'sitemap-0.xml', what: 'address' }],
		],
		[
			'its address in a JSON export',
			{
				'data/learnings.en.json': JSON.stringify([
					{ id: 'public-story', url: '/learnings/public-story/' },
					{ id: 'river-survey', url: '/learnings/river-survey/' },
				]),
			},
			[{ entry: surveyEntry, output: 'data/learnings.en.json', what: 'address' }],
		],
		[
			'its source file named as text, as a translation status page would',
			{ 'translations/index.html': page('<td><code>content/learnings/river-survey.md</code></td>') },
			[{ entry: surveyEntry, output: 'translations/index.html', what: 'address' }],
		],
		[
			'its own page written out',
			{ 'learnings/river-survey/index.html': page('<p>Nothing here.</p>') },
			[{ entry: surveyEntry, output: 'learnings/river-survey/index.html', what: 'address' }],
		],
		[
			'16 consecutive words of its body in a page, with markup and entities between the words',
			{ 'learnings/public-story/index.html': page(`<p>${marked(sixteenWords)}</p>`) },
			[{ entry: surveyEntry, output: 'learnings/public-story/index.html', what: 'text' }],
		],
		[
			'16 consecutive words of its body in a gzip-compressed Pagefind fragment',
			{ 'pagefind/fragment/en_1a2b3c4.pf_fragment': pagefindFragment(sixteenWords.join(' ')) },
			[{ entry: surveyEntry, output: 'pagefind/fragment/en_1a2b3c4.pf_fragment', what: 'text' }],
		],
		[
			'16 consecutive words of its body in a page inside a .zip archive',
			{ 'offline/test-org-offline.zip': zipSync({ 'pages/story.html': strToU8(page(`<p>${sixteenWords.join(' ')}</p>`)) }) },
			[{ entry: surveyEntry, output: 'offline/test-org-offline.zip → pages/story.html', what: 'text' }],
		],
		[
			'16 consecutive words of its body in a CSV export',
			{ 'data/learnings.en.csv': `\uFEFFid,lesson\npublic-story,"${sixteenWords.join(' ')}"\n` },
			[{ entry: surveyEntry, output: 'data/learnings.en.csv', what: 'text' }],
		],
		['a sentence of its body in Spanish', { 'es/index.html': page(`<p>${spanishText}</p>`) }, [{ entry: surveyEntry, output: 'es/index.html', what: 'text' }]],
		[
			'a sentence of its body whose accented letters the page writes as entities (ribere&ntilde;as)',
			{ 'es/index.html': page(`<p>${accentsAsEntities(spanishText)}</p>`) },
			[{ entry: surveyEntry, output: 'es/index.html', what: 'text' }],
		],
		[
			'its heading and list items copied as a list',
			{
				'learnings/public-story/index.html': page(
					'<h2>Findings from the riverside households</h2><ul><li>Volunteers discovered families distrusted surveys</li><li>Researchers never returned findings afterwards</li><li>Households wanted conclusions before publication</li><li>Neighbourhood leaders requested printed summaries</li></ul>'
				),
			},
			[{ entry: checklistEntry, output: 'learnings/public-story/index.html', what: 'text' }],
		],
		[
			'its title in a heading, in other letter case and punctuation',
			{ 'learnings/public-story/index.html': page('<h1>Why the River Survey Stalled — in Winter?</h1>') },
			[{ entry: surveyEntry, output: 'learnings/public-story/index.html', what: 'title' }],
		],
		[
			'its title in an attribute',
			{ 'learnings/public-story/index.html': page(`<img src="/files/market-map.png" alt="${surveyTitle}">`) },
			[{ entry: surveyEntry, output: 'learnings/public-story/index.html', what: 'title' }],
		],
		[
			'a withheld public/ file copied into the output',
			{ 'files/budget-2023.pdf': '%PDF-1.4 budget' },
			[{ entry: 'public/files/budget-2023.pdf', output: 'files/budget-2023.pdf', what: 'file' }],
		],
		[
			'a link to a withheld public/ file',
			{ 'index.html': page('<a href="/files/budget-2023.pdf">Budget</a>') },
			[{ entry: 'public/files/budget-2023.pdf', output: 'index.html', what: 'address' }],
		],
	])('finds %s, naming the entry and the output file', (_, files, expected) => {
		const leaks = gate(files);

		expect(leaks).toEqual(expected);
	});
});

describe('the leak gate leaves ordinary public pages alone', () => {
	it.each<[string, Record<string, string | Uint8Array>]>([
		[
			'a page that shares only common words and short phrases with it',
			{ 'index.html': page('<p>Read the report. We learned that the team listened to every household in winter.</p>') },
		],
		["a page with an internal entry's title of three words", { 'index.html': page('<h1>Budget meeting notes</h1><p>Open to everyone.</p>') }],
		['a page with the same 7 words in a row (the first words of its body)', { 'index.html': page(`<p>${surveyWords.slice(0, 7).join(' ')}</p>`) }],
		['a page with the same 7 words in a row (from the middle of its body)', { 'index.html': page(`<p>${surveyWords.slice(8, 15).join(' ')}</p>`) }],
		[
			'a page with an everyday phrase of eight words an internal entry also has',
			{ 'index.html': page('<p>If you have any questions, please let us know.</p>') },
		],
		[
			'a Pagefind fragment with the same 7 words in a row',
			{ 'pagefind/fragment/en_0000000.pf_fragment': pagefindFragment(surveyWords.slice(16, 23).join(' ')) },
		],
		['a link to a public page whose address begins like an internal one', { 'index.html': page('<a href="/learnings/river-survey-followup/">Follow-up</a>') }],
		[
			"a public entry's page, its text and a file of public/ it uses",
			{
				'learnings/public-story/index.html': page(
					'<h1>A public story</h1><p>The market maps helped traders plan their stalls.</p><img src="/files/market-map.png" alt="Market map">'
				),
				'files/market-map.png': 'PNG',
			},
		],
	])('finds nothing in %s', (_, files) => {
		const leaks = gate(files);

		expect(leaks).toEqual([]);
	});
});

describe('the leak gate reads an internal text to its end', () => {
	it('finds 20 words quoted from the 450th word of a 600-word internal body', () => {
		// Words that make no everyday phrase: "field3 notes3 …" numbered so no run repeats.
		const words = Array.from({ length: 600 }, (_, i) => `${['river', 'survey', 'household', 'winter', 'trust', 'volunteer'][i % 6]}${i}`);
		const internal = `---\ntitle: A long internal account\nvisibility: internal\n---\n${words.join(' ')}\n`;
		const facts = publicationFacts(
			[contentFile('content/learnings/long-account.md', internal)],
			config,
			createLocales(config),
			mkdtempSync(join(tmpdir(), 'memoria-gate-'))
		);
		const dir = mkdtempSync(join(tmpdir(), 'memoria-gate-out-'));
		writeFileSync(join(dir, 'index.html'), page(`<p>${words.slice(450, 470).join(' ')}</p>`));

		const leaks = findLeaks(dir, facts);

		expect(leaks).toEqual([{ entry: 'content/learnings/long-account.md', output: 'index.html', what: 'text' }]);
		rmSync(dir, { recursive: true, force: true });
	});
});

describe('an internal translation of a public entry', () => {
	it("is looked for by its own text, never by the public entry's addresses, which show the original in its language", () => {
		const original = '---\ntitle: River readings in the open\nvisibility: public\n---\nThe readings are published every month for everyone.\n';
		const translation =
			'---\ntitle: Lecturas del río en borrador interno\nvisibility: internal\n---\nLa traducción interna habla de fuentes confidenciales que nadie debe conocer todavía.\n';
		const spanish: ContentFile = { ...contentFile('content/learnings/es/river-readings.md', translation), language: 'es', key: 'river-readings' };

		const facts = publicationFacts(
			[contentFile('content/learnings/river-readings.md', original), spanish],
			config,
			createLocales(config),
			mkdtempSync(join(tmpdir(), 'memoria-gate-'))
		);

		expect(facts.internal).toHaveLength(1);
		expect(facts.internal[0]!.addresses).toEqual(['/learnings/es/river-readings.md']);
		expect(facts.internal[0]!.runs.length).toBeGreaterThan(0);
	});
});

describe('an internal entry first written in Spanish', () => {
	it('is looked for at its English address too, where a fallback page of it would stand, and by its Spanish text', () => {
		const spanish =
			'---\ntitle: Acuerdos reservados con la comunidad del río\nvisibility: internal\n---\nLa comunidad pidió que los acuerdos de la asamblea de marzo quedaran entre nosotros hasta que las familias del río decidieran publicarlos.\n';
		const original: ContentFile = { ...contentFile('content/learnings/es/acuerdos-reservados.md', spanish), language: 'es', key: 'acuerdos-reservados' };
		const internal = publicationFacts([original], config, createLocales(config), mkdtempSync(join(tmpdir(), 'memoria-gate-')));
		const dir = mkdtempSync(join(tmpdir(), 'memoria-gate-out-'));
		outputs.push(dir);
		mkdirSync(join(dir, 'learnings/acuerdos-reservados'), { recursive: true });
		writeFileSync(join(dir, 'learnings/acuerdos-reservados/index.html'), page('<h1>Learnings</h1>'));
		writeFileSync(
			join(dir, 'index.html'),
			page('<p>La comunidad pidió que los acuerdos de la asamblea de marzo quedaran entre nosotros hasta que las familias del río decidieran publicarlos.</p>')
		);

		expect(internal.internal[0]!.addresses).toEqual(expect.arrayContaining(['/learnings/acuerdos-reservados/', '/es/aprendizajes/acuerdos-reservados/']));
		expect(findLeaks(dir, internal)).toEqual(
			expect.arrayContaining([
				{ entry: 'content/learnings/es/acuerdos-reservados.md', output: 'learnings/acuerdos-reservados/index.html', what: 'address' },
				{ entry: 'content/learnings/es/acuerdos-reservados.md', output: 'index.html', what: 'text' },
			])
		);
	});
});

describe('an archive read a batch at a time', () => {
	it('hands every file over once, in batches no larger than the limit unless one file alone is larger', () => {
		const files = Object.fromEntries([40, 30, 50, 200, 10, 10].map((size, i) => [`f${i}.txt`, strToU8('x'.repeat(size))]));
		const batches = [...archiveBatches(zipSync(files), 100)].map((batch) => Object.keys(batch));
		expect(batches).toEqual([['f0.txt', 'f1.txt'], ['f2.txt'], ['f3.txt'], ['f4.txt', 'f5.txt']]);
	});

	it('hands over both of two files with the same name, and refuses an entry named __proto__', () => {
		const zip = (names: string[]) => {
			const chunks: Uint8Array[] = [];
			const writer = new Zip((_error, chunk) => chunks.push(chunk));
			for (const [at, name] of names.entries()) {
				const file = new ZipPassThrough(name);
				writer.add(file);
				file.push(strToU8(`file ${at}`), true);
			}
			writer.end();
			return new Uint8Array(Buffer.concat(chunks));
		};
		const contents = [...archiveBatches(zip(['a.html', 'b.html', 'a.html']))].flatMap((batch) =>
			Object.entries(batch).map(([name, bytes]) => `${name}: ${strFromU8(bytes)}`)
		);
		expect(contents).toEqual(['a.html: file 0', 'b.html: file 1', 'a.html: file 2']);
		expect(() => [...archiveBatches(zip(['page.html', '__proto__']))]).toThrow();
	});

	it('throws for bytes that are no archive, so the gate reports it unreadable', () => {
		expect(() => [...archiveBatches(strToU8('not a zip at all'))]).toThrow();
	});
});
