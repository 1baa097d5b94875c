/**
 * Deterministic synthetic corpus for the benchmark: the same entries written twice, as a Memoria
 * site (content/<collection>/…, frontmatter that passes Memoria's schemas) and as plain pages of a
 * vanilla Starlight site (src/content/docs/…, title and description only). Everything comes from
 * a seeded PRNG, so a given N and seed always give byte-identical files.
 *
 * Text is made of real words (frequent ones first) and a long tail of invented words, drawn with
 * a Zipf distribution, so the number of distinct words grows with the corpus as in real writing
 * and the search index grows realistically too.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { encode, planRealFaults, relaxedChecks } from './real-faults.mjs';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// ---------------------------------------------------------------- vocabulary

const words = (s) => s.trim().split(/\s+/);
const BASE = {
	en: words(`
		the of and to a in that is for it with as was on be by this are we from at or have an they which
		our their not but had has more were all can when what about there one would so them its who into
		after than also been two other new how many first over only some could time people before these
		community data project team budget security partners organisation workshop report platform tool
		learning call process network women youth rights evidence survey interviews funding support
		training campaign members city region country public information local group session meeting
		questions answers needs design results plan months year week staff volunteers trust open feedback
		access privacy documentation archive connectivity phones messaging video radio paper spreadsheet
		translation language indigenous rural municipal government transparency accountability spending
		health education water land violence protection consent retention storage server hosting migration
		offline training facilitators participants impact change practice policy review decision action
		follow-up risk threat safety harassment surveillance journalists lawyers advocates researchers
		map maps mapping dataset datasets analysis indicators measurement outcomes goals priorities
		schedule deadline delay costs salaries grant donor funder reporting audit compliance governance
		board coordinator director assistant developer designer trainer translator moderator listener
		story stories voice voices memory lessons mistakes success failure context assumptions constraints
		bandwidth electricity laptop browser website forms database backup password encryption account
		neighbourhood market school clinic library union cooperative collective assembly council ministry
		court election census budgetary procurement contract supplier invoice payment transfer wages
	`),
	es: words(`
		de la que el en y a los se del las un por con no una su para es al lo como más o pero sus le ha
		me si sin sobre este ya entre cuando todo esta ser son dos también fue había era muy años hasta
		desde está mi porque qué sólo han yo hay vez puede todos así nos ni parte tiene él uno donde bien
		comunidad datos proyecto equipo presupuesto seguridad aliadas organización taller informe
		plataforma herramienta aprendizaje llamada proceso red mujeres jóvenes derechos evidencia encuesta
		entrevistas financiamiento apoyo capacitación campaña integrantes ciudad región país público
		información local grupo sesión reunión preguntas respuestas necesidades diseño resultados plan
		meses semana personal voluntarias confianza abierto retroalimentación acceso privacidad
		documentación archivo conectividad teléfonos mensajería video radio papel hoja cálculo traducción
		lengua indígena rural municipal gobierno transparencia rendición cuentas gasto salud educación agua
		tierra violencia protección consentimiento conservación almacenamiento servidor alojamiento
		migración desconectado facilitadoras participantes impacto cambio práctica política revisión
		decisión acción seguimiento riesgo amenaza cuidado acoso vigilancia periodistas abogadas
		defensoras investigadoras mapa mapas mapeo conjunto análisis indicadores medición logros metas
		prioridades calendario plazo retraso costos salarios donante financiadora auditoría cumplimiento
		gobernanza junta coordinadora directora asistente desarrolladora diseñadora traductora moderadora
		historia historias voz voces memoria lecciones errores éxito fracaso contexto supuestos
		restricciones ancho banda electricidad computadora navegador sitio formularios base respaldo
		contraseña cifrado cuenta barrio mercado escuela clínica biblioteca sindicato cooperativa colectivo
		asamblea consejo ministerio tribunal elección censo contratación contrato proveedor factura pago
	`),
};
const SYLLABLES = {
	en: words(
		'ab al an ar ber bro cal cor dan del der fin gal gra har ith kel lan len lor mar mel mon nor ol or pen per quin ran ril ro sel son sta ter tho ton tra ul ven ver wick wil ys'
	),
	es: words(
		'a ba bra ca ce cha co da de do e fa ga go gua i ja la le li lla lo ma me mi mo na ne ni no o pa pe po que ra re ri ro sa se so ta te ti to tu u va ve vi za'
	),
};

/** A language's words, frequent first: real words, then invented ones (names, jargon, rare words). */
function vocabulary(language, tail = 15000) {
	const random = prng(language === 'en' ? 11 : 13);
	const seen = new Set(BASE[language]);
	const list = [...BASE[language]];
	const syl = SYLLABLES[language];
	while (list.length < BASE[language].length + tail) {
		let w = '';
		for (let i = 0, n = 2 + Math.floor(random() * 3); i < n; i++) w += syl[Math.floor(random() * syl.length)];
		if (!seen.has(w)) seen.add(w), list.push(w);
	}
	return list;
}

/** Draws words with probability ∝ 1 / (rank + 3): Zipf's law. */
function zipf(list) {
	const cumulative = [];
	let total = 0;
	for (let r = 0; r < list.length; r++) cumulative.push((total += 1 / (r + 3)));
	return (random) => {
		const x = random() * total;
		let lo = 0,
			hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return list[lo];
	};
}

// ---------------------------------------------------------------- site facts

const THEMES = [
	['community-engagement', 'Community engagement', 'Participación comunitaria'],
	['impact-measurement', 'Impact measurement', 'Medición de impacto'],
	['organisational-learning', 'Organisational learning', 'Aprendizaje organizacional'],
	['tool-selection', 'Tool selection', 'Selección de herramientas'],
	['responsible-data', 'Responsible data', 'Datos responsables'],
	['digital-security', 'Digital security', 'Seguridad digital'],
	['open-budgets', 'Open budgets', 'Presupuestos abiertos'],
	['capacity-building', 'Capacity building', 'Fortalecimiento de capacidades'],
	['gender-justice', 'Gender justice', 'Justicia de género'],
	['connectivity', 'Connectivity', 'Conectividad'],
	['accessibility', 'Accessibility', 'Accesibilidad'],
	['funding', 'Funding', 'Financiamiento'],
];
const COUNTRIES = words('MX CO PE GT HN SV NI CR PA EC BO CL AR BR UY PY VE DO CU');
const TOOLS = words(
	'Etherpad BigBlueButton LimeSurvey KoboToolbox Nextcloud Signal Matrix Jitsi Ushahidi OpenStreetMap QGIS Metabase Decidim CiviCRM Discourse WordPress Hugo LibreOffice'
);
const PROJECT_STATUSES = ['planned', 'active', 'paused', 'completed', 'archived'];
const PHASES = ['design', 'build', 'launch', 'operate', 'close'];
const KINDS = ['worked', 'did-not-work', 'mixed'];
const CONFIDENCE = ['anecdotal', 'observed', 'verified'];
const EVIDENCE = ['data', 'testimony', 'document', 'link'];
const REC_STATES = ['open', 'done', 'dropped'];
/** Memoria's address segment per section and language; the vanilla site keeps the English one. */
export const SECTION_SLUGS = {
	projects: { en: 'projects', es: 'proyectos' },
	learnings: { en: 'learnings', es: 'aprendizajes' },
	calls: { en: 'calls', es: 'llamadas' },
	posts: { en: 'blog', es: 'blog' },
};
/** The top-level folders of the guides under guides/ (planCorpus). */
const GUIDE_AREAS = ['handbook', 'security', 'data', 'tools'];
/** Words the search measurement looks for: frequent, middling and rare in the corpus. */
export const SEARCH_QUERIES = ['community', 'budget', 'encryption'];

// ---------------------------------------------------------------- YAML and Markdown writers

const scalar = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? JSON.stringify(v) : String(v));
/** A small YAML writer for the shapes used here: objects, lists of scalars or objects, scalars, dates. */
function yaml(value, indent = '') {
	let out = '';
	for (const [key, v] of Object.entries(value)) {
		if (v === undefined) continue;
		if (Array.isArray(v)) {
			if (v.length === 0) continue;
			out += `${indent}${key}:\n`;
			for (const item of v) {
				if (item && typeof item === 'object' && !(item instanceof Date)) {
					const inner = yaml(item, `${indent}    `);
					out += `${indent}  - ${inner.slice(indent.length + 4)}`;
				} else out += `${indent}  - ${scalar(item)}\n`;
			}
		} else if (v && typeof v === 'object' && !(v instanceof Date)) out += `${indent}${key}:\n${yaml(v, `${indent}  `)}`;
		else out += `${indent}${key}: ${scalar(v)}\n`;
	}
	return out;
}
const markdownFile = (frontmatter, body) => `---\n${yaml(frontmatter)}---\n\n${body}`;

// ---------------------------------------------------------------- the generator

/**
 * Plans the corpus of `n` entries per language: 5 % projects, 60 % learnings, 15 % calls and 20 %
 * posts, about one organisation per 25 entries, 90 % of entries translated into Spanish.
 * Returns { n, entries, organisations }; each entry writes its frontmatter and body in either
 * language with `render(language, linkTo)`, where `linkTo(section, id)` gives a link's address.
 *
 * `realShaped`: the same corpus with the faults of real material added (real-faults.mjs): a
 * handbook brought from other tools, images without alt text, role addresses, bodies with their
 * own h1, other encodings, Spanish-only originals; and the relaxed `checks` it is built with.
 */
export function planCorpus(n, seed = 1, { realShaped = false } = {}) {
	const random = prng(seed);
	const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
	const pick = (list) => list[Math.floor(random() * list.length)];
	const some = (list, lo, hi) => {
		const k = Math.min(int(lo, hi), list.length);
		const chosen = new Set();
		while (chosen.size < k) chosen.add(pick(list));
		return [...chosen];
	};
	const day = (from = 2012, to = 2025) => new Date(Date.UTC(from, 0, 1) + int(0, (to - from + 1) * 365 - 1) * 86400000);
	const draw = { en: zipf(vocabulary('en')), es: zipf(vocabulary('es')) };
	const idWords = BASE.en.slice(100).filter((w) => /^[a-z]+$/.test(w));

	// Counts and ids first, so bodies and frontmatter can refer to any entry.
	const counts = { projects: Math.round(n * 0.05), calls: Math.round(n * 0.15), posts: Math.round(n * 0.2) };
	counts.learnings = n - counts.projects - counts.calls - counts.posts;
	const ids = {};
	for (const section of ['projects', 'learnings', 'calls', 'posts']) {
		ids[section] = Array.from({ length: counts[section] }, (_, i) => `${pick(idWords)}-${pick(idWords)}-${section.slice(0, 1)}${i + 1}`);
	}
	const orgIds = Array.from({ length: Math.max(4, Math.round(n / 25)) }, (_, i) => `${pick(idWords)}-org-${i + 1}`);

	// Text in a language from a PRNG `r`: the same PRNG state gives the same lengths in both languages.
	const text = (language, r) => {
		const w = () => draw[language](r);
		const phrase = (k) => Array.from({ length: k }, w).join(' ');
		const sentence = (k) => {
			const s = phrase(k);
			return `${s.charAt(0).toUpperCase() + s.slice(1)}.`;
		};
		return { phrase, sentence, title: (k) => sentence(k).slice(0, -1) };
	};

	/** A body plan: block kinds and sizes decided once, written out in each language. */
	const bodyPlan = (words) => {
		const blocks = [{ kind: 'p', sentences: int(2, 4) }];
		let budget = words - 40;
		while (budget > 0) {
			blocks.push({ kind: 'h2', size: int(2, 5) });
			budget -= 4;
			for (let i = 0, k = int(1, 3); i < k && budget > 0; i++) {
				const x = random();
				const links = random() < 0.5 ? [pickEntry()] : [];
				if (x < 0.55) blocks.push({ kind: 'p', sentences: int(2, 6), links }), (budget -= 60);
				else if (x < 0.72) blocks.push({ kind: random() < 0.7 ? 'ul' : 'ol', items: int(3, 6), links }), (budget -= 45);
				else if (x < 0.84) blocks.push({ kind: 'table', rows: int(3, 6), cols: int(3, 4) }), (budget -= 50);
				else if (x < 0.92) blocks.push({ kind: 'h3', size: int(2, 4) }), (budget -= 3);
				else blocks.push({ kind: 'quote', sentences: int(1, 2) }), (budget -= 20);
			}
		}
		return { blocks, seed: int(1, 2 ** 30) };
	};
	const pickEntry = () => {
		const section = pick(['projects', 'learnings', 'learnings', 'learnings', 'calls', 'posts']);
		return { section, id: pick(ids[section]) };
	};
	const writeBody = ({ blocks, seed: s }, language, linkTo) => {
		const r = prng(s);
		const t = text(language, r);
		const k = () => 6 + Math.floor(r() * 14);
		const para = (n, links = []) => {
			const sentences = Array.from({ length: n }, () => t.sentence(k()));
			links.forEach((l) => {
				const at = Math.floor(r() * sentences.length);
				sentences[at] = sentences[at].replace(/\.$/, ` ([${t.phrase(3)}](${linkTo(l.section, l.id)})).`);
			});
			if (r() < 0.3) sentences[0] = sentences[0].replace(/^(\S+ \S+)/, '**$1**');
			if (r() < 0.2) sentences[sentences.length - 1] = sentences[sentences.length - 1].replace(/(\S+)\.$/, '_$1_.');
			return sentences.join(' ');
		};
		return `${blocks
			.map((b) => {
				if (b.kind === 'p') return para(b.sentences, b.links);
				if (b.kind === 'h2') return `## ${t.title(b.size)}`;
				if (b.kind === 'h3') return `### ${t.title(b.size)}`;
				if (b.kind === 'quote') return `> ${para(b.sentences)}`;
				if (b.kind === 'ul' || b.kind === 'ol') {
					const items = Array.from({ length: b.items }, (_, i) => `${b.kind === 'ul' ? '-' : `${i + 1}.`} ${t.sentence(3 + Math.floor(r() * 10))}`);
					if (b.links[0]) items[0] += ` See [${t.phrase(2)}](${linkTo(b.links[0].section, b.links[0].id)}).`;
					return items.join('\n');
				}
				const head = Array.from({ length: b.cols }, () => t.title(1 + Math.floor(r() * 2)));
				const rows = Array.from({ length: b.rows }, () =>
					Array.from({ length: b.cols }, (_, c) => (c === b.cols - 1 ? String(Math.floor(r() * 1000)) : t.phrase(1 + Math.floor(r() * 3))))
				);
				return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
			})
			.join('\n\n')}\n`;
	};

	// Each entry's structure (relations, dates, enums, list lengths) is drawn once; its text is a
	// function of the language, drawn from the entry's own seed, so translations match in shape.
	const entries = [];
	const plan = (section, id, i, internal = false) => {
		const s = int(1, 2 ** 30);
		const themes = some(
			THEMES.map((x) => x[0]),
			1,
			3
		);
		const translated = random() >= 0.1;
		const date = day();
		const size = { projects: int(400, 1100), learnings: int(150, 600), calls: int(250, 700), posts: int(400, 1100) }[section];
		const body = bodyPlan(size);
		let data;
		if (section === 'projects') {
			const status = pick(PROJECT_STATUSES);
			const end = status === 'completed' || status === 'archived' ? new Date(date.getTime() + int(90, 1500) * 86400000) : undefined;
			const [countries, organisations] = [some(COUNTRIES, 1, 3), some(orgIds, 1, 4)];
			const nc = int(1, 3),
				no = int(2, 5),
				tools = some(TOOLS, 2, 5).map((name) => ({ name, open: random() < 0.7 }));
			data = (t, n) => ({
				title: t.title(n(2, 5)),
				summary: t.sentence(n(14, 28)),
				status,
				start: date,
				end,
				countries,
				organisations,
				themes,
				communities: Array.from({ length: nc }, () => t.sentence(n(5, 10))),
				objectives: Array.from({ length: no }, () => t.sentence(n(8, 16))),
				tools: tools.map((x) => ({ name: x.name, purpose: t.sentence(n(8, 16)), openSource: x.open })),
				questions: { why: t.sentence(n(30, 60)), how: t.sentence(n(30, 60)), which: t.sentence(n(20, 40)) },
			});
		} else if (section === 'learnings') {
			const project = pick(ids.projects),
				organisations = some(orgIds, 0, 2);
			const [phase, kind, confidence, status] = [pick(PHASES), pick(KINDS), pick(CONFIDENCE), random() < 0.6 ? 'reviewed' : 'draft'];
			const recs = Array.from({ length: int(1, 3) }, () => ({ due: random() < 0.4 ? day() : undefined, state: pick(REC_STATES) }));
			const evidence = Array.from({ length: int(0, 2) }, () => pick(EVIDENCE));
			const authors = int(0, 2);
			data = (t, n) => ({
				title: t.title(n(4, 9)),
				summary: t.sentence(n(14, 28)),
				date,
				project,
				organisations,
				phase,
				kind,
				expected: t.sentence(n(15, 35)),
				happened: t.sentence(n(20, 45)),
				why: t.sentence(n(15, 35)),
				lesson: t.sentence(n(12, 30)),
				recommendations: recs.map((x) => ({ action: t.sentence(n(8, 18)), owner: t.title(2), due: x.due, state: x.state })),
				evidence: evidence.map((k) => ({ kind: k, reference: k === 'link' ? `https://example.org/${t.phrase(1)}` : t.sentence(n(5, 12)) })),
				confidence,
				status,
				themes,
				authors: Array.from({ length: authors }, () => t.title(2)),
			});
		} else if (section === 'calls') {
			const [people, orgCount] = [int(6, 40), int(2, 15)];
			const [organisations, projects, learnings] = [some(orgIds, 0, 3), some(ids.projects, 1, 2), some(ids.learnings, 0, 3)];
			const [na, nd] = [int(3, 6), int(1, 4)];
			const actions = Array.from({ length: int(1, 4) }, () => ({ due: day(), done: random() < 0.5 }));
			data = (t, n) => ({
				title: t.title(n(4, 9)),
				summary: t.sentence(n(14, 28)),
				date,
				participants: { people, organisations: orgCount },
				organisations,
				facilitator: t.title(3),
				agenda: Array.from({ length: na }, () => t.sentence(n(4, 10))),
				projects,
				learnings,
				themes,
				decisions: Array.from({ length: nd }, () => t.sentence(n(8, 18))),
				actions: actions.map((x) => ({ what: t.sentence(n(8, 16)), owner: t.title(2), due: x.due, done: x.done })),
			});
		} else {
			const projects = random() < 0.7 ? [pick(ids.projects)] : [];
			const authors = int(1, 2);
			const series = i % 10 < 3 ? { id: `series-${Math.floor(i / 10) + 1}`, part: (i % 10) + 1 } : undefined;
			data = (t, n) => ({
				title: t.title(n(4, 9)),
				summary: t.sentence(n(14, 28)),
				date,
				authors: Array.from({ length: authors }, () => t.title(2)),
				series: series && { ...series, title: series.part === 1 ? t.title(3) : undefined },
				projects,
				themes,
			});
		}
		entries.push({
			section,
			id,
			translated,
			internal,
			render: (language, linkTo) => {
				const r = prng(s + 1);
				const n = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
				return { data: { ...data(text(language, prng(s)), n), ...(internal ? { visibility: 'internal' } : {}) }, body: writeBody(body, language, linkTo) };
			},
		});
	};
	for (const section of ['projects', 'learnings', 'calls', 'posts']) for (const [i, id] of ids[section].entries()) plan(section, id, i);

	const organisations = orgIds.map((id) => {
		const s = int(1, 2 ** 30),
			country = pick(COUNTRIES);
		return {
			id,
			render: (language) => {
				const t = text(language, prng(s));
				const name = t.title(3);
				return {
					name,
					shortName: name
						.split(' ')
						.map((x) => x[0].toUpperCase())
						.join(''),
					country,
					website: `https://${id}.example.org`,
					description: t.sentence(18),
				};
			},
		};
	});
	// Internal notes, 2 % of the learnings, planned last so the rest of the corpus is drawn as
	// before: no entry names them, the public build leaves them out and its leak gate looks for
	// them in every output file. The vanilla site, which has no such notion, leaves them out too.
	for (let k = 0; k < Math.max(1, Math.round(counts.learnings * 0.02)); k++) plan('learnings', `internal-note-l${k + 1}`, k, true);

	// Guides, 10 % of N per language (90 % translated), planned last so the rest of the corpus is
	// drawn as before. In folders of six (guides/<area>/topic-<k>/, four areas), so the tree widens as
	// a real handbook's does instead of piling every guide into one folder; the first guide of each
	// folder has `sidebar.order: 1`, the rest go by title.
	const guides = [];
	for (let i = 0; i < Math.max(6, Math.round(n * 0.1)); i++) {
		const topic = Math.floor(i / 6);
		const folder = `guides/${GUIDE_AREAS[topic % GUIDE_AREAS.length]}/topic-${topic + 1}`;
		const [s, translated, body] = [int(1, 2 ** 30), random() >= 0.1, bodyPlan(int(150, 400))];
		guides.push({
			path: `${folder}/${pick(idWords)}-g${i + 1}`,
			translated,
			render: (language, linkTo) => {
				const t = text(language, prng(s));
				const r = prng(s + 1);
				const k = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
				const data = { title: t.title(k(3, 7)), description: t.sentence(k(12, 24)), ...(i % 6 === 0 ? { sidebar: { order: 1 } } : {}) };
				return { data, body: writeBody(body, language, linkTo) };
			},
		});
	}
	const corpus = { n, entries, organisations, guides };
	if (!realShaped) return corpus;
	// Drawn from a PRNG of their own, after everything above, so the rest stays as it is.
	const faults = planRealFaults(corpus, { random: prng(seed * 7919 + 18), text, bodyPlan, writeBody, prng, idWords });
	return { ...corpus, ...faults, siteConfig: relaxedChecks };
}

// ---------------------------------------------------------------- writing the two sites

const write = (file, content) => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, content);
};

/** Address of an entry in Memoria: /learnings/x/ in English, /es/aprendizajes/x/ in Spanish. */
const memoriaLink = (language) => (section, id) => `${language === 'en' ? '' : `/${language}`}/${SECTION_SLUGS[section][language]}/${id}/`;
/** Address of the same page in the vanilla site, whose Spanish pages keep the English folder names. */
const vanillaLink = (language) => (section, id) => `${language === 'en' ? '' : `/${language}`}/${SECTION_SLUGS[section].en}/${id}/`;

/**
 * The site's memoria.config.ts: the same settings for every corpus, and a real-shaped corpus's
 * relaxed checks (`siteConfig`) unless `relaxed` is false.
 */
export function memoriaConfig(corpus, { relaxed = true } = {}) {
	const extra = relaxed && corpus.siteConfig ? Object.entries(corpus.siteConfig).map(([key, value]) => `\t${key}: ${JSON.stringify(value)},\n`) : [];
	return `export default {\n\torganisation: 'Benchmark Collective',\n\tdescription: { en: 'A synthetic memory for the benchmark.', es: 'Una memoria sintética para el benchmark.' },\n\tlanguages: ['en', 'es'],\n\tdefaultLanguage: 'en',\n\tsite: 'https://bench.example.org',\n\trepository: { url: 'https://example.org/bench/memoria', branch: 'main' },\n${extra.join('')}};\n`;
}

/**
 * Writes a Memoria site into `dir` (memoria.config.ts, astro.config.mjs importing the repository's
 * src/integration.ts, content.config.ts, content/…). Returns the number of files written.
 */
export function writeMemoriaSite(corpus, dir, repository) {
	rmSync(dir, { recursive: true, force: true });
	const src = relative(dir, join(repository, 'src')).replaceAll('\\', '/');
	write(join(dir, 'memoria.config.ts'), memoriaConfig(corpus));
	write(
		join(dir, 'astro.config.mjs'),
		`// Generated by bench/corpus.mjs: a Memoria site of ${corpus.n} entries per language.\nimport { defineConfig } from 'astro/config';\nimport memoria from '${src}/integration.ts';\nimport site from './memoria.config.ts';\n\nexport default defineConfig(memoria(site));\n`
	);
	write(join(dir, 'content.config.ts'), `export { collections } from '${src}/model/collections';\n`);
	write(join(dir, 'content/themes.yaml'), THEMES.map(([id, en, es]) => `${id}:\n  label: { en: ${JSON.stringify(en)}, es: ${JSON.stringify(es)} }\n`).join(''));
	let files = 1;
	for (const language of ['en', 'es']) {
		const folder = language === 'en' ? '' : `${language}/`;
		for (const e of corpus.entries) {
			if ((language !== 'en' && !e.translated) || (e.only && e.only !== language)) continue;
			const { data, body } = e.render(language, memoriaLink(language));
			write(join(dir, 'content', e.section, `${folder}${e.id}.md`), encode(markdownFile(data, body), e.encoding)), files++;
		}
		for (const o of corpus.organisations) write(join(dir, 'content/organisations', `${folder}${o.id}.yaml`), yaml(o.render(language))), files++;
		const guide = language === 'en' ? ['Writing guide', 'How we write entries.'] : ['Guía de escritura', 'Cómo escribimos las entradas.'];
		write(join(dir, `content/docs/${folder}guides/writing.md`), markdownFile({ title: guide[0] }, `${guide[1]}\n`)), files++;
		for (const g of corpus.guides) {
			if (language !== 'en' && !g.translated) continue;
			const { data, body } = g.render(language, memoriaLink(language));
			write(join(dir, `content/docs/${folder}${g.path}.md`), markdownFile(data, body)), files++;
		}
		// A real-shaped corpus's handbook, each guide with its images, in the languages it was written in.
		for (const g of corpus.handbook ?? []) {
			if (!g.languages.includes(language)) continue;
			const { data, body } = g.render(language, memoriaLink(language));
			const at = join(dir, `content/docs/${folder}${g.folder}`);
			write(join(at, `${g.name}.md`), encode(markdownFile(data, body), g.encoding)), files++;
			for (const image of g.images) write(join(at, image.path), image.content), files++;
		}
	}
	for (const file of corpus.files ?? []) write(join(dir, file.path), file.content), files++;
	return files;
}

/**
 * Writes the vanilla Starlight site into `dir`: bench/vanilla/'s config and the same entries as
 * plain pages (title, description, the same Markdown body), plus the same guides.
 */
export function writeVanillaSite(corpus, dir, template) {
	rmSync(dir, { recursive: true, force: true });
	cpSync(template, dir, { recursive: true });
	const docs = join(dir, 'src/content/docs');
	let files = 0;
	for (const language of ['en', 'es']) {
		const folder = language === 'en' ? '' : `${language}/`;
		for (const e of corpus.entries) {
			if ((language !== 'en' && !e.translated) || e.internal) continue;
			const { data, body } = e.render(language, vanillaLink(language));
			write(join(docs, `${folder}${SECTION_SLUGS[e.section].en}/${e.id}.md`), markdownFile({ title: data.title, description: data.summary }, body)), files++;
		}
		const guide = language === 'en' ? ['Writing guide', 'How we write entries.'] : ['Guía de escritura', 'Cómo escribimos las entradas.'];
		write(join(docs, `${folder}guides/writing.md`), markdownFile({ title: guide[0] }, `${guide[1]}\n`)), files++;
		for (const g of corpus.guides) {
			if (language !== 'en' && !g.translated) continue;
			const { data, body } = g.render(language, vanillaLink(language));
			write(join(docs, `${folder}${g.path}.md`), markdownFile(data, body)), files++;
		}
	}
	return files;
}
