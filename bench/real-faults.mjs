/**
 * The faults of real material, for the benchmark's real-shaped corpus (issue 18, point 8): what an
 * organisation brings when it drops its old handbook and blog into a Memoria site on a Friday
 * afternoon. planCorpus(n, seed, { realShaped: true }) adds them to the synthetic corpus:
 *
 * - a handbook of guides copied from other tools into content/docs/imported/, in folders nested up
 *   to four deep (some named as people name folders: "Digital Security", "tools_and_apps"), with
 *   the frontmatter of Jekyll (`layout`, `permalink`), Hugo (`weight`, `translationKey`, `slug`,
 *   `lastmod`) and Docusaurus (`sidebar_position`, `sidebar_label`, `id`);
 * - images without alt text: Markdown `![](…)`, reference-style `![][ref]` and raw `<img>`, in
 *   guides and blog posts (most with no description; a few with one, as real pages have);
 * - an organisation's role addresses (info@, press@, prensa@, soporte@…) and one team address
 *   (bridges@) that the site lists in `personalData.allow`;
 * - bodies that begin with their own `# Title`, some repeating the title, some not, and some with
 *   the title as an HTML `<h1>`, as pages from GitHub do;
 * - files saved with a byte-order mark, with Windows line endings, or both;
 * - originals only in Spanish: guides, learnings and posts written first (and only) in Spanish,
 *   and guides only in English.
 *
 * Everything is drawn from a PRNG of its own, after the rest of the corpus is planned, so the
 * synthetic corpus stays byte-identical with or without these faults. `relaxedChecks` is the
 * memoria.config.ts setting a team would write while it fixes them (README, *Checks you can relax*).
 */
import { crc32, deflateSync } from 'node:zlib';

/** The handbook's top-level folders and what grows under them, as real handbooks name folders. */
const HANDBOOK = {
	'Digital Security': ['devices', 'accounts-and-passwords', 'safe_browsing'],
	organisational_security: ['risk-assessment', 'travel'],
	tools_and_apps: ['messaging', 'file-sharing', 'Video Calls'],
	'training-materials': ['facilitators', 'participants'],
};
/** Folders a level further down, for some of the above (so guides sit up to four folders deep). */
const DEEPER = ['basics', 'advanced', 'checklists'];
/** Role addresses at the organisation's domain: a function, not a person (src/checks/role-addresses.ts). */
const ROLE_ADDRESSES = {
	en: ['info', 'press', 'support', 'security', 'hello', 'general'],
	es: ['info', 'prensa', 'soporte', 'seguridad', 'contacto', 'hola'],
};
export const ORGANISATION_DOMAIN = 'bench.example.org';
/** A team's address that is no role word: the site lists it in `personalData.allow`. */
export const TEAM_ADDRESS = `bridges@${ORGANISATION_DOMAIN}`;
/** A heading a body opens with that is not its title. */
const OTHER_H1 = { en: 'Background', es: 'Antecedentes' };

/**
 * The `checks` and `personalData` a team writes in memoria.config.ts while it fixes the material
 * it brought in: images without alt text, HTML images beside their page (shown broken until they
 * are written in Markdown) and other tools' fields are warnings in the folders that came in (the
 * handbook in each language, the blog); everything else keeps its level.
 */
export const relaxedChecks = {
	checks: {
		folders: {
			'content/docs/imported/': { 'image-without-alt': 'warn', 'html-image-path': 'warn', 'unknown-field': 'warn' },
			'content/docs/es/imported/': { 'image-without-alt': 'warn', 'html-image-path': 'warn', 'unknown-field': 'warn' },
			'content/posts/': { 'image-without-alt': 'warn' },
		},
	},
	personalData: { allow: [TEAM_ADDRESS] },
};

/**
 * Adds the faults to a planned corpus, drawing from its own PRNG `random` and writing text with
 * the corpus's own tools (`text`, `bodyPlan`, `writeBody`). Changes the corpus's entries in
 * place (which language they exist in, their first heading, their encoding) and returns the
 * handbook's guides (each with the images it shows, saved beside it in each language) and the
 * other files to write (the blog's images in public/).
 */
export function planRealFaults(corpus, { random, text, bodyPlan, writeBody, prng, idWords }) {
	const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
	const pick = (list) => list[Math.floor(random() * list.length)];
	// Images in public/ (for blog posts, by their address) and beside the guides (each guide's own).
	const files = [];
	let drawn = 0;
	const image = () => ({ name: `image-${++drawn}.png`, bytes: png(24 + (drawn % 9), 16, drawn) });
	const publicImage = () => {
		const { name, bytes } = image();
		files.push({ path: `public/images/${name}`, content: bytes });
		return `/images/${name}`;
	};

	// Each fault at least once whatever N: the first entry or guide that can have it has it.
	const done = new Set();
	const first = (fault) => !done.has(fault) && !!done.add(fault);

	// 1. Entries: Spanish-only originals, bodies with their own h1, other encodings, and in some
	//    blog posts images without alt text and the organisation's addresses.
	for (const entry of corpus.entries) {
		if (entry.internal) continue;
		const x = random();
		if (entry.translated && (entry.section === 'learnings' || entry.section === 'posts') && (x < 0.1 || first('only-es'))) entry.only = 'es';
		const y = random();
		const h1 =
			entry.section === 'projects'
				? undefined
				: first('h1-same')
					? 'same'
					: first('h1-other')
						? 'other'
						: y < 0.25
							? pick(['same', 'same', 'other'])
							: undefined;
		const z = random();
		const encoding = first('bom') ? 'bom' : first('crlf') ? 'crlf' : first('bom-crlf') ? 'bom-crlf' : z < 0.08 ? pick(['bom', 'crlf', 'bom-crlf']) : undefined;
		const w = random();
		const post = entry.section === 'posts' && (w < 0.2 || first('post-image')) ? { src: publicImage(), role: pick(ROLE_ADDRESSES.en) } : undefined;
		if (!h1 && !encoding && !post) continue;
		const render = entry.render;
		entry.encoding = encoding;
		entry.render = (language, linkTo) => {
			const { data, body } = render(language, linkTo);
			let text = body;
			if (post) text += `\n<img src="${post.src}">\n\n${language === 'es' ? 'Escríbenos a' : 'Write to us at'} ${post.role}@${ORGANISATION_DOMAIN}.\n`;
			if (h1) text = `# ${h1 === 'same' ? data.title : OTHER_H1[language]}\n\n${text}`;
			return { data, body: text };
		};
	}

	// 2. The handbook: folders up to four deep, guides in each, in English and Spanish.
	const folders = [];
	for (const [area, subs] of Object.entries(HANDBOOK)) {
		for (const [j, sub] of subs.entries()) {
			folders.push(`imported/${area}/${sub}`);
			if (j === 0 || random() < 0.4) for (const deeper of DEEPER.slice(0, int(1, 3))) folders.push(`imported/${area}/${sub}/${deeper}`);
		}
	}
	// The deepest folders are filled first, so even a small corpus has guides four folders deep.
	folders.sort((a, b) => b.split('/').length - a.split('/').length);
	const handbook = [];
	const count = Math.max(12, Math.round(corpus.n * 0.3));
	const kinds = ['markdown', 'reference', 'html'];
	for (let i = 0; i < count; i++) {
		const folder = folders[i < folders.length ? i : int(0, folders.length - 1)];
		const name = `${pick(idWords)}-${pick(idWords)}-h${i + 1}`;
		// 80 % in both languages, 10 % only in English, 10 % only in Spanish (written there first).
		const x = random();
		const languages = i === 0 ? ['es'] : i === 1 ? ['en'] : x < 0.8 ? ['en', 'es'] : x < 0.9 ? ['en'] : ['es'];
		const tool = i < 4 ? ['jekyll', 'hugo', 'docusaurus', 'plain'][i] : pick(['jekyll', 'hugo', 'hugo', 'docusaurus', 'docusaurus', 'plain']);
		const order = int(1, 20);
		const h1 = i === 0 ? 'same' : i === 1 ? 'other' : i === 2 ? 'html' : pick(['same', 'same', 'same', 'other', 'html', undefined, undefined]);
		// The first guide shows an image of each kind without a description, and one with.
		const pictures =
			i === 0
				? [...kinds.map((kind) => ({ kind, described: false, ...image() })), { kind: 'markdown', described: true, ...image() }]
				: Array.from({ length: random() < 0.65 ? int(1, 3) : 0 }, () => ({ kind: pick(['markdown', ...kinds]), described: random() < 0.15, ...image() }));
		const addresses = i === 1 ? 2 : random() < 0.35 ? int(1, 2) : 0;
		const team = i === 2 || random() < 0.08;
		const encoding = [undefined, undefined, undefined, 'bom', 'crlf', 'bom-crlf'][i] ?? (random() < 0.12 ? pick(['bom', 'crlf', 'bom-crlf']) : undefined);
		const [s, plan] = [int(1, 2 ** 30), bodyPlan(int(150, 400))];
		handbook.push({
			folder,
			name,
			languages,
			encoding,
			images: pictures.map(({ name, bytes }) => ({ path: `images/${name}`, content: bytes })),
			render: (language, linkTo) => {
				const t = text(language, prng(s));
				const r = prng(s + 1);
				const k = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
				const title = t.title(k(3, 7));
				const description = t.sentence(k(12, 24));
				const data = frontmatterOf(tool, { title, description, order, name, language, folder });
				let body = writeBody(plan, language, linkTo);
				const lines = [];
				for (const [j, p] of pictures.entries()) {
					const src = `images/${p.name}`;
					const alt = p.described ? t.phrase(4) : '';
					if (p.kind === 'markdown') lines.push(`![${alt}](./${src})`);
					else if (p.kind === 'reference') lines.push(`![${alt}][figure-${j + 1}]\n\n[figure-${j + 1}]: ./${src}`);
					else lines.push(p.described ? `<img src="./${src}" alt="${alt}">` : `<img src="./${src}" width="300">`);
				}
				for (let a = 0; a < addresses; a++) {
					const role = ROLE_ADDRESSES[language][(s + a) % ROLE_ADDRESSES[language].length];
					lines.push(`${language === 'es' ? 'Para dudas, escribe a' : 'Questions? Write to'} ${role}@${ORGANISATION_DOMAIN}.`);
				}
				if (team) lines.push(`${language === 'es' ? 'El equipo de acompañamiento responde en' : 'The accompaniment team answers at'} ${TEAM_ADDRESS}.`);
				if (lines.length) body = body.replace(/\n\n/, `\n\n${lines.join('\n\n')}\n\n`);
				if (h1 === 'html') body = `<h1>${title}</h1>\n\n${body}`;
				else if (h1) body = `# ${h1 === 'same' ? title : OTHER_H1[language]}\n\n${body}`;
				return { data, body };
			},
		});
	}
	return { handbook, files };
}

/** The frontmatter another tool wrote for a page: a title and description, and that tool's own fields. */
function frontmatterOf(tool, { title, description, order, name, language, folder }) {
	if (tool === 'jekyll') return { layout: 'page', title, description, permalink: `/${folder.toLowerCase().replaceAll(' ', '-')}/${name}/`, lang: language };
	if (tool === 'hugo') return { title, description, weight: order, translationKey: name, slug: name, lastmod: new Date(Date.UTC(2023, order % 12, order)) };
	if (tool === 'docusaurus') return { id: name, title, description, sidebar_position: order, sidebar_label: title.split(' ').slice(0, 2).join(' ') };
	return { title };
}

/** The bytes a file is saved with: a UTF-8 byte-order mark, Windows line endings, or both. */
export function encode(content, encoding) {
	if (!encoding) return content;
	const text = encoding.includes('crlf') ? content.replace(/\r?\n/g, '\r\n') : content;
	return encoding.includes('bom') ? `\uFEFF${text}` : text;
}

/** A small PNG of one colour, `width` × `height`, its colour from `k` (each image different, as screenshots are). */
export function png(width, height, k) {
	const chunk = (type, data) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(data.length, 0);
		head.write(type, 4, 'latin1');
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
		return Buffer.concat([head, data, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
	const row = Buffer.alloc(1 + width * 3);
	for (let x = 0; x < width; x++) row.set([(k * 53) % 256, (k * 97) % 256, (k * 193) % 256], 1 + x * 3);
	const pixels = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
