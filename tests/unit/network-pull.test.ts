/**
 * `memoria network pull` (issue 23, points 2 and 5): a hub copies its members' manifests, exports
 * and search bundles into its mirror, from a member's site (served here on 127.0.0.1), a folder or
 * an offline zip, and treats every byte as untrusted. Each hostile export of the table is refused
 * with the member, the file and the problem named in English and Spanish, and the last good copy
 * stays as it was; consent withdrawn, or a member no longer listed, removes the copy.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outcomeLines } from '../../src/cli/network-text';
import { memoria } from './support/memoria-in-process';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import type { SiteConfigInput } from '../../src/config/site-config';
import { filesUnder } from '../../src/lib/files-under';
import { installedPagefindVersion } from '../../src/network/pagefind-version';
import type { MemberOutcome } from '../../src/network/pull/pull-member';
import { type PullOptions, pullNetwork } from '../../src/network/pull/pull-network';
import { createZipWriter } from '../../src/offline/archive';
import {
	allFiles,
	bytesOf,
	declareSmaller,
	endlessBody,
	exportOf,
	type Handler,
	type MemberData,
	member,
	neverAnswer,
	redirectTo,
	replaceListed,
	serveMembers,
	zipOf,
} from './support/network-member';
import { tempFolder } from './support/temp-folder';

const pagefind = installedPagefindVersion();
const folders: ReturnType<typeof tempFolder>[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) folder.remove();
});

let server: Awaited<ReturnType<typeof serveMembers>>;
beforeAll(async () => {
	server = await serveMembers();
});
afterAll(() => server.close());

type Members = NonNullable<SiteConfigInput['network']>['members'];

/** A hub: a folder with a network of `members`, and its pull (at a given time, with the hub's limits changed for the test). */
function hub(members: Members, network: Partial<NonNullable<SiteConfigInput['network']>> = {}) {
	const folder = tempFolder('memoria-hub-');
	folders.push(folder);
	const config = parseSiteConfig({ organisation: 'Red de aprendizaje', network: { members, ...network } }, 'en');
	const mirror = join(folder.root, config.network.mirror);
	return {
		root: folder.root,
		mirror,
		write: folder.write,
		pull: (options: Partial<PullOptions> = {}) =>
			pullNetwork({ root: folder.root, network: config.network, language: 'en', hubPagefind: pagefind, ...options }),
		/** Every file of a member's copy with its content, pull.json aside (it records each attempt). */
		copy: (id: string) =>
			Object.fromEntries(
				filesUnder(join(mirror, id))
					.filter((path) => path !== 'pull.json')
					.sort()
					.map((path) => [path, readFileSync(join(mirror, id, path), 'utf8')])
			),
		record: (id: string) => JSON.parse(readFileSync(join(mirror, id, 'pull.json'), 'utf8')),
		/** Folders the pull works in (`.pull-…`, `.previous-…`), which must never stay behind. */
		working: () => (existsSync(mirror) ? readdirSync(mirror).filter((name) => name.startsWith('.')) : []),
	};
}

const at = (day: number) => () => new Date(Date.UTC(2026, 1, day, 9));
const only = (result: { outcomes: MemberOutcome[] }) => {
	expect(result.outcomes).toHaveLength(1);
	return result.outcomes[0]!;
};
const text = (data: Uint8Array) => new TextDecoder().decode(data);
/** A member's folder holding its built site: its files and its manifest. */
function siteFolder(data: MemberData): string {
	const folder = tempFolder('memoria-member-');
	folders.push(folder);
	for (const [path, content] of allFiles(data)) folder.write(path, content);
	return folder.root;
}

describe('a member pulled from its site, a folder or an offline zip', () => {
	it('copies the manifest, the exports and the search bundles from a member’s site, each verified', async () => {
		const data = member({ pagefind });
		const url = server.serve('brujula', allFiles(data));
		const network = hub([{ id: 'brujula', url }]);

		const outcome = only(await network.pull({ now: at(1) }));

		expect(outcome).toMatchObject({ member: 'brujula', status: 'pulled', entries: { en: 2, es: 1 }, search: 'merged' });
		expect(Object.keys(network.copy('brujula'))).toEqual([
			'data/memory.en.json',
			'data/memory.es.json',
			'memoria.json',
			'pagefind-retired/pagefind-entry.json',
			'pagefind/index/en_1.pf_index',
			'pagefind/pagefind-entry.json',
		]);
		expect(network.copy('brujula')['data/memory.es.json']).toBe(text(data.files.get('data/memory.es.json')!));
		expect(network.record('brujula')).toEqual({
			member: 'brujula',
			source: url,
			pulled: '2026-02-01T09:00:00.000Z',
			checked: '2026-02-01T09:00:00.000Z',
			answered: true,
			search: 'merged',
		});
		expect(network.working()).toEqual([]);
	});

	it('copies a member’s built site from a folder on this computer', async () => {
		const data = member({ pagefind });
		const site = siteFolder(data);
		const network = hub([{ id: 'usb', path: site }]);

		const outcome = only(await network.pull());

		expect(outcome).toMatchObject({ status: 'pulled', entries: { en: 2, es: 1 }, search: 'merged' });
		expect(network.copy('usb')['pagefind/index/en_1.pf_index']).toBe(text(data.files.get('pagefind/index/en_1.pf_index')!));
	});

	it('copies the exports of an offline-archive zip, whose one folder holds the site, and has the hub index it (a zip has no search bundle)', async () => {
		const data = member({ bundle: false });
		const network = hub([{ id: 'sin-red', path: 'llegadas/sin-red.zip' }]);
		// The archive as `memoria build` writes it (src/offline/archive.ts): a folder inside, pages and images beside the data.
		const zip = createZipWriter(join(network.root, 'llegadas/sin-red.zip'));
		for (const [path, content] of allFiles(data)) zip.add(`sin-red-offline-2026-01-15/${path}`, content);
		zip.add('sin-red-offline-2026-01-15/index.html', '<p>Inicio</p>');
		zip.add('sin-red-offline-2026-01-15/images/foto de la asamblea.png', new Uint8Array(2000));
		await zip.close();

		const outcome = only(await network.pull());

		expect(outcome).toMatchObject({ status: 'pulled', entries: { en: 2, es: 1 }, search: { why: 'offline' } });
		expect(Object.keys(network.copy('sin-red'))).toEqual(['data/memory.en.json', 'data/memory.es.json', 'memoria.json']);
		expect(network.record('sin-red').search).toBe('hub-indexed');
		expect(outcomeLines(outcome, 'en').join('\n')).toContain('hub-indexed (an offline archive carries no search bundle');
	});

	it('pulls several members together, each on its own', async () => {
		const [a, b] = [member({ pagefind, name: 'A' }), member({ pagefind, name: 'B' })];
		const network = hub([
			{ id: 'a', url: server.serve('several-a', allFiles(a)) },
			{ id: 'b', path: siteFolder(b) },
			{ id: 'c', url: server.serve('several-c', new Map()) },
		]);

		const outcomes = (await network.pull()).outcomes;

		expect(Object.fromEntries(outcomes.map((o) => [o.member, o.status]))).toEqual({ a: 'pulled', b: 'pulled', c: 'kept' });
		expect(JSON.parse(network.copy('b')['memoria.json']!).organisation.name).toBe('B');
	});

	it('does not merge a bundle of another Pagefind version: it warns with both versions, copies no bundle, and the hub indexes the copy', async () => {
		const data = member({ pagefind: '0.12.0' });
		const network = hub([{ id: 'older', url: server.serve('older', allFiles(data)) }]);

		const outcome = only(await network.pull());

		expect(outcome).toMatchObject({ status: 'pulled', search: { why: 'pagefind', member: '0.12.0', hub: pagefind } });
		expect(Object.keys(network.copy('older')).filter((path) => path.startsWith('pagefind'))).toEqual([]);
		expect(network.record('older').search).toBe('hub-indexed');
		expect(outcomeLines(outcome, 'en')[1]).toContain(`made by Pagefind 0.12.0, and this hub has Pagefind ${pagefind}`);
		expect(outcomeLines(outcome, 'es')[1]).toContain(`lo hizo Pagefind 0.12.0, y este nodo tiene Pagefind ${pagefind}`);
	});
});

/** One hostile change to a member that served a good copy before, and what its refusal must say. */
interface Hostile {
	/** Changes the member's files and manifest. */
	change?: (data: MemberData) => void;
	/** Answers a path of the member in its own way. */
	handlers?: Record<string, Handler>;
	limits?: PullOptions['limits'];
	/** The file the message names (the end of its address). */
	file: string;
	/** What the English message says of it. */
	says: string;
	/** Whether the member's manifest came. */
	answered?: boolean;
}

const exportEn = 'data/memory.en.json';
const withExport = (data: MemberData, change: (value: any) => void) => {
	const value = exportOf('en', ['Listen first', 'Ask twice']);
	change(value);
	replaceListed(data, exportEn, bytesOf(value));
};

const hostileExports: Record<string, Hostile> = {
	'an export whose sha256 is not the one listed': {
		change: (data) => (data.manifest.exports[0].sha256 = 'a'.repeat(64)),
		file: exportEn,
		says: `the manifest says ${'a'.repeat(64)}`,
	},
	'an export served longer than listed, without end (stopped while streaming)': {
		handlers: { [exportEn]: endlessBody },
		file: exportEn,
		says: 'kept coming after the',
	},
	'an export larger than the hub accepts': { limits: { exportBytes: 200 }, file: exportEn, says: 'is larger than the 200 bytes a hub accepts' },
	'a manifest without end': { handlers: { 'memoria.json': endlessBody }, file: 'memoria.json', says: 'is larger than the 2,097,152 bytes', answered: false },
	'more bytes in all than the hub keeps for a member': { limits: { totalBytes: 1000 }, file: 'memoria.json', says: 'more than the 1,000 bytes a hub keeps' },
	'malformed JSON': {
		change: (data) => replaceListed(data, exportEn, bytesOf('{"language": "en", "learnings": [')),
		file: exportEn,
		says: 'is not valid JSON',
	},
	'an entry without a title (wrong schema)': {
		change: (data) => withExport(data, (value) => delete value.learnings[1].title),
		file: exportEn,
		says: 'does not follow the format: learnings.1.title',
	},
	'a manifest of another major version': {
		change: (data) => (data.manifest.version = 2),
		file: 'memoria.json',
		says: "is in version 2 of Memoria's format, and this hub reads version 1",
	},
	'a file that is not a Memoria manifest': { change: (data) => (data.manifest.format = 'other'), file: 'memoria.json', says: 'is not a Memoria manifest' },
	'an export listed at "../"': {
		change: (data) => (data.manifest.exports[0].path = '../secret.json'),
		file: 'memoria.json',
		says: 'the path "../secret.json"',
	},
	'an export listed at an absolute path': {
		change: (data) => (data.manifest.exports[0].path = '/etc/passwd'),
		file: 'memoria.json',
		says: 'the path "/etc/passwd"',
	},
	'an export listed with backslashes': {
		change: (data) => (data.manifest.exports[0].path = 'data\\..\\..\\memory.en.json'),
		file: 'memoria.json',
		says: 'the path "data\\..\\..\\memory.en.json"',
	},
	'an export listed with an encoded "../"': {
		change: (data) => (data.manifest.exports[0].path = '%2e%2e/secret.json'),
		file: 'memoria.json',
		says: 'the path "%2e%2e/secret.json"',
	},
	'an export listed on a drive': {
		change: (data) => (data.manifest.exports[0].path = 'C:/secret.json'),
		file: 'memoria.json',
		says: 'the path "C:/secret.json"',
	},
	'a search bundle file listed at "../"': {
		change: (data) => (data.manifest.search[0].files[0].path = '../../memoria.json'),
		file: 'memoria.json',
		says: 'the path "../../memoria.json"',
	},
	'an entry whose page path goes up': {
		change: (data) => withExport(data, (value) => (value.learnings[0].path = '../../../etc/')),
		file: exportEn,
		says: 'the path "../../../etc/"',
	},
	'an entry whose id is absolute': {
		change: (data) => withExport(data, (value) => (value.learnings[0].id = '/etc/passwd')),
		file: exportEn,
		says: 'the path "/etc/passwd"',
	},
	'two entries at one page path': {
		change: (data) => withExport(data, (value) => (value.learnings[1].path = value.learnings[0].path)),
		file: exportEn,
		says: 'has two entries at the same page path',
	},
	'an export of another language than listed': {
		change: (data) => replaceListed(data, exportEn, bytesOf(exportOf('es', ['Escuchar']))),
		file: exportEn,
		says: 'says it is the export of "es"',
	},
	'a language without its export': {
		change: (data) => data.manifest.exports.pop(),
		file: 'memoria.json',
		says: 'lists "es" among its languages but no export',
	},
	'a search bundle file whose sha256 is not the one listed': {
		change: (data) => (data.manifest.search[0].files[1].sha256 = 'b'.repeat(64)),
		file: 'pagefind/index/en_1.pf_index',
		says: 'is not the file its manifest lists',
	},
	'two search bundle files, one inside the other': {
		change: (data) => {
			const index = data.manifest.search[0].files[1];
			data.manifest.search[0].files.push({ ...index, path: `${index.path}/inside` });
			data.files.set(`pagefind/${index.path}/inside`, data.files.get(`pagefind/${index.path}`)!);
		},
		file: 'memoria.json',
		says: 'clashes with another file its manifest lists at "index/en_1.pf_index/inside"',
	},
	'a redirect to file:': {
		handlers: { 'memoria.json': redirectTo('file:///etc/passwd') },
		file: 'memoria.json',
		says: 'redirects to "file:///etc/passwd"',
		answered: false,
	},
	'a redirect of an export to data:': {
		handlers: { [exportEn]: redirectTo('data:application/json,{}') },
		file: exportEn,
		says: 'redirects to "data:application/json,{}"',
	},
	'a server that never answers': {
		handlers: { 'memoria.json': neverAnswer },
		limits: { timeoutSeconds: 0.2 },
		file: 'memoria.json',
		says: 'gave no answer for 0.2 s',
		answered: false,
	},
	'an export that is not there': {
		handlers: { [exportEn]: (_q, response) => response.writeHead(404).end() },
		file: exportEn,
		says: 'answered with HTTP status 404',
	},
};

describe('a hostile member: refused, naming the member, the file and the problem; its last good copy kept', () => {
	it.each(Object.entries(hostileExports))('%s', async (name, hostile) => {
		const prefix = `hostile-${Object.keys(hostileExports).indexOf(name)}`;
		const data = member({ pagefind });
		const url = server.serve(prefix, allFiles(data));
		const network = hub([{ id: 'brujula', url }]);
		expect(only(await network.pull({ now: at(1) })).status).toBe('pulled');
		const good = network.copy('brujula');

		hostile.change?.(data);
		server.serve(prefix, allFiles(data));
		for (const [path, handler] of Object.entries(hostile.handlers ?? {})) server.handle(prefix, path, handler);
		const outcome = only(await network.pull({ now: at(8), ...(hostile.limits ? { limits: hostile.limits } : {}) }));

		expect(outcome.status).toBe('kept');
		if (outcome.status !== 'kept') return;
		expect(outcome.message.en).toContain(`Network member "brujula": ${url}${hostile.file} `);
		expect(outcome.message.en).toContain(hostile.says);
		expect(outcome.message.es).toContain(`Miembro de la red "brujula": ${url}${hostile.file} `);
		expect(outcome.message.es).not.toBe(outcome.message.en);
		expect(outcome.hint.en).toContain('The last good copy of "brujula" is kept');
		expect(outcome.lastPulled).toBe('2026-02-01T09:00:00.000Z');
		expect(network.copy('brujula')).toEqual(good);
		expect(network.record('brujula')).toEqual({
			member: 'brujula',
			source: url,
			pulled: '2026-02-01T09:00:00.000Z',
			checked: '2026-02-08T09:00:00.000Z',
			answered: hostile.answered ?? true,
			search: 'merged',
			problem: outcome.message,
		});
		expect(network.working()).toEqual([]);
	});

	it('clears the problem of pull.json at the next good pull', async () => {
		const data = member({ pagefind });
		const url = server.serve('recovers', allFiles(data));
		const network = hub([{ id: 'brujula', url }]);
		await network.pull({ now: at(1) });
		server.handle('recovers', 'memoria.json', (_q, response) => response.writeHead(503).end());
		expect(only(await network.pull({ now: at(8) })).status).toBe('kept');
		expect(network.record('brujula')).toMatchObject({ answered: false, problem: { en: expect.stringContaining('HTTP status 503') } });

		server.serve('recovers', allFiles(data));
		expect(only(await network.pull({ now: at(15) })).status).toBe('pulled');

		expect(network.record('brujula')).toEqual({
			member: 'brujula',
			source: url,
			pulled: '2026-02-15T09:00:00.000Z',
			checked: '2026-02-15T09:00:00.000Z',
			answered: true,
			search: 'merged',
		});
	});
});

describe('a hostile folder or zip', () => {
	it('never follows a link out of the member’s folder, even to a file with the listed content', async () => {
		const data = member({ pagefind });
		const site = siteFolder(data);
		const network = hub([{ id: 'usb', path: site }]);
		expect(only(await network.pull({ now: at(1) })).status).toBe('pulled');
		const good = network.copy('usb');
		const outside = join(network.root, 'secret.json');
		writeFileSync(outside, data.files.get(exportEn)!);
		unlinkSync(join(site, exportEn));
		symlinkSync(outside, join(site, exportEn));

		const outcome = only(await network.pull({ now: at(8) }));

		expect(outcome).toMatchObject({
			status: 'kept',
			message: { en: expect.stringContaining(`${site}/${exportEn} is a link that leads outside the member's folder`) },
		});
		expect(network.copy('usb')).toEqual(good);
	});

	it('follows a link that stays inside the member’s folder', async () => {
		const data = member({ pagefind });
		const site = siteFolder(data);
		mkdirSync(join(site, 'exports'));
		writeFileSync(join(site, 'exports/en.json'), data.files.get(exportEn)!);
		unlinkSync(join(site, exportEn));
		symlinkSync(join(site, 'exports/en.json'), join(site, exportEn));

		expect(only(await hub([{ id: 'usb', path: site }]).pull()).status).toBe('pulled');
	});

	it('says a folder that is not there is not there, and that the member did not answer', async () => {
		const network = hub([{ id: 'usb', path: 'stick/usb' }]);

		const outcome = only(await network.pull());

		expect(outcome).toMatchObject({
			status: 'kept',
			lastPulled: undefined,
			message: { en: 'Network member "usb": stick/usb is not there.', es: 'Miembro de la red "usb": stick/usb no está.' },
			hint: { en: expect.stringMatching(/^The hub has no copy of "usb" yet\. The next pull tries again\./) },
		});
		expect(existsSync(join(network.mirror, 'usb'))).toBe(false);
	});

	it('says a folder without memoria.json holds no memory', async () => {
		const network = hub([{ id: 'usb', path: 'stick' }]);
		network.write('stick/index.html', '<p>A site, but not a memory.</p>');

		expect(only(await network.pull())).toMatchObject({ status: 'kept', message: { en: 'Network member "usb": stick/memoria.json is not there.' } });
	});

	/** A zip member that was pulled once, then replaced by `zip`. */
	async function zipRefused(zip: Uint8Array, limits?: PullOptions['limits']) {
		const data = member({ bundle: false });
		const network = hub([{ id: 'zip', path: 'member.zip' }]);
		network.write('member.zip', zipOf(allFiles(data), 'member-offline'));
		expect(only(await network.pull({ now: at(1) })).status).toBe('pulled');
		const good = network.copy('zip');
		network.write('member.zip', zip);
		const outcome = only(await network.pull({ now: at(8), ...(limits ? { limits } : {}) }));
		expect(outcome.status).toBe('kept');
		expect(network.copy('zip')).toEqual(good);
		expect(network.record('zip').checked).toBe('2026-02-08T09:00:00.000Z');
		return outcome.status === 'kept' ? outcome.message : { en: '', es: '' };
	}

	it('refuses a zip bomb: an export that would unpack to a thousand times its size', async () => {
		const data = member({ bundle: false });
		// Valid JSON, with the right sha256 and size in the manifest: only its expansion gives it away.
		replaceListed(data, exportEn, bytesOf(`${JSON.stringify(exportOf('en', ['Listen first']))}${' '.repeat(3_000_000)}`));

		const message = await zipRefused(zipOf(allFiles(data), 'member-offline'));

		expect(message.en).toMatch(
			/^Network member "zip": member\.zip\S* would grow [\d,]+ times its compressed size when unpacked, more than the 50 times a hub accepts \(a zip bomb\)\.$/
		);
		expect(message.es).toContain('(una bomba zip)');
	});

	it('refuses a zip bomb hidden among files that do not compress: the entry’s own expansion, before it is unpacked', async () => {
		const data = member({ bundle: false });
		replaceListed(data, exportEn, bytesOf(`${JSON.stringify(exportOf('en', ['Listen first']))}${' '.repeat(3_000_000)}`));
		const files = allFiles(data);
		// Photos: as large as they are compressed, so the archive as a whole expands little.
		files.set('images/photo.jpg', randomBytes(3_000_000));

		const message = await zipRefused(zipOf(files, 'member-offline'));

		expect(message.en).toMatch(new RegExp(`^Network member "zip": member\\.zip/member-offline/${exportEn} would grow [\\d,]+ times its compressed size`));
	});

	it('refuses a zip with more entries than the hub opens, before unpacking any', async () => {
		const data = member({ bundle: false });
		const files = allFiles(data);
		for (let n = 0; n < 30; n++) files.set(`page-${n}.html`, bytesOf(`<p>${n}</p>`));

		const message = await zipRefused(zipOf(files), { zipEntries: 20 });

		expect(message.en).toBe('Network member "zip": member.zip holds 21 entries or more, more than the 20 a hub opens.');
	});

	it.each(['../evil.json', '/etc/cron.d/evil', 'member-offline\\..\\..\\evil.json', 'C:/evil.json', 'a//b.json'])(
		'refuses a zip holding an entry named %j',
		async (name) => {
			const data = member({ bundle: false });
			const files = allFiles(data);
			files.set(name, bytesOf('{}'));

			const message = await zipRefused(zipOf(files));

			expect(message.en).toContain(`names the path "${name}", which is not a path inside the member's folder`);
		}
	);

	it('stops unpacking an entry that unpacks to more than the archive declares for it', async () => {
		const data = member({ bundle: false });
		const size = data.files.get(exportEn)!.length;

		const message = await zipRefused(declareSmaller(zipOf(allFiles(data)), exportEn, 10));

		expect(message.en).toBe(
			`Network member "zip": member.zip/${exportEn} unpacks to at least ${size.toLocaleString('en')} bytes, more than the ${(size - 10).toLocaleString('en')} bytes the archive declares for it.`
		);
	});
});

describe('consent is the member’s', () => {
	it.each([
		['copies.allowed: false', { allowed: false, leaving: false }, 'copies-not-allowed'],
		['copies.leaving: true', { allowed: true, leaving: true }, 'leaving'],
	] as const)('removes the copy of a member whose manifest says %s', async (_, copies, reason) => {
		const url = server.serve(`consent-${reason}`, allFiles(member({ pagefind })));
		const network = hub([{ id: 'brujula', url }]);
		await network.pull();
		expect(existsSync(join(network.mirror, 'brujula'))).toBe(true);

		server.serve(`consent-${reason}`, allFiles(member({ pagefind, copies })));
		const outcome = only(await network.pull());

		expect(outcome).toEqual({ member: 'brujula', source: url, status: 'removed', reason, hadCopy: true });
		expect(existsSync(join(network.mirror, 'brujula'))).toBe(false);
		expect(outcomeLines(outcome, 'en')[0]).toContain('removed its copy');
		expect(outcomeLines(outcome, 'es')[0]).toContain('El consentimiento es del miembro.');
	});

	it('keeps nothing of a member that never allowed copies', async () => {
		const network = hub([{ id: 'private', url: server.serve('never-allowed', allFiles(member({ copies: { allowed: false, leaving: false } }))) }]);

		expect(only(await network.pull())).toMatchObject({ status: 'removed', reason: 'copies-not-allowed', hadCopy: false });
		expect(existsSync(join(network.mirror, 'private'))).toBe(false);
	});

	it('obeys a member leaving even in a manifest of a format version the hub cannot read', async () => {
		const url = server.serve('leaving-v2', allFiles(member({ pagefind })));
		const network = hub([{ id: 'brujula', url }]);
		await network.pull();
		const leaving = member({ copies: { allowed: true, leaving: true } });
		leaving.manifest.version = 2;
		server.serve('leaving-v2', allFiles(leaving));

		expect(only(await network.pull())).toMatchObject({ status: 'removed', reason: 'leaving' });
		expect(existsSync(join(network.mirror, 'brujula'))).toBe(false);
	});

	it('removes the copy of a member no longer in network.members, and leaves alone a folder the pull did not make', async () => {
		const [a, b] = [server.serve('listed-a', allFiles(member({ pagefind }))), server.serve('listed-b', allFiles(member({ pagefind })))];
		const before = hub([
			{ id: 'a', url: a },
			{ id: 'b', url: b },
		]);
		await before.pull();
		before.write('network/notes/README.md', 'The hub’s own notes.');
		const after = parseSiteConfig({ organisation: 'Red', network: { members: [{ id: 'a', url: a }] } }, 'en');

		const { outcomes } = await pullNetwork({ root: before.root, network: after.network, language: 'en', hubPagefind: pagefind });

		expect(outcomes.map((o) => [o.member, o.status])).toEqual([
			['a', 'pulled'],
			['b', 'removed'],
		]);
		expect(outcomes[1]).toMatchObject({ reason: 'not-a-member', hadCopy: true, source: b });
		expect(readdirSync(before.mirror).sort()).toEqual(['a', 'notes']);
	});
});

describe('the mirror', () => {
	it('puts back a last good copy that an interrupted swap left aside, and drops a new copy never swapped in', async () => {
		const url = server.serve('interrupted', allFiles(member({ pagefind })));
		const network = hub([{ id: 'brujula', url }]);
		await network.pull({ now: at(1) });
		const good = network.copy('brujula');
		// Stopped between the two renames: the last copy aside, a new one beside it.
		const { renameSync } = await import('node:fs');
		renameSync(join(network.mirror, 'brujula'), join(network.mirror, '.previous-brujula-Ab12Cd'));
		network.write('network/.pull-brujula-Zz98Yy/memoria.json', '{}');
		server.handle('interrupted', 'memoria.json', (_q, response) => response.writeHead(500).end());

		expect(only(await network.pull({ now: at(8) })).status).toBe('kept');

		expect(network.copy('brujula')).toEqual(good);
		expect(network.record('brujula')).toMatchObject({ pulled: '2026-02-01T09:00:00.000Z', checked: '2026-02-08T09:00:00.000Z' });
		expect(network.working()).toEqual([]);
	});

	it.each([
		['.', "is the site's own folder"],
		['../elsewhere', "is outside the site's folder"],
		['content/network', 'is inside content/, public/'],
		['public', 'is inside content/, public/'],
		['linked', "is outside the site's folder"],
	])('refuses network.mirror %j: the pull replaces and removes folders there', async (mirror, says) => {
		const network = hub([{ id: 'a', url: 'https://a.example.org/' }], { mirror });
		// A mirror that is a link to a folder outside the site is outside it.
		if (mirror === 'linked') {
			const elsewhere = tempFolder('memoria-elsewhere-');
			folders.push(elsewhere);
			symlinkSync(elsewhere.root, join(network.root, 'linked'));
		}

		await expect(network.pull()).rejects.toMatchObject({ id: 'unsafe-mirror-folder', message: expect.stringContaining(says) });
	});

	it('replaces no member folder it did not make', async () => {
		const network = hub([{ id: 'brujula', url: server.serve('not-ours', allFiles(member({ pagefind }))) }]);
		network.write('network/brujula/notes.md', 'Someone’s notes.');

		await expect(network.pull()).rejects.toMatchObject({ id: 'unsafe-mirror-folder', message: expect.stringContaining('did not make it') });
		expect(readdirSync(join(network.mirror, 'brujula'))).toEqual(['notes.md']);
	});
});

describe('memoria network pull', () => {
	/** A hub's folder with its memoria.config.ts (each test its own: a config module is loaded once per path). */
	function hubSite(members: Members) {
		const folder = tempFolder('memoria-hub-site-');
		folders.push(folder);
		folder.write('memoria.config.ts', `export default ${JSON.stringify({ organisation: 'Red', network: { members } })};\n`);
		return folder.root;
	}

	it('reports each member on stderr in the writer’s language, and exits with 0 when every member was pulled', async () => {
		const url = server.serve('command-es', allFiles(member({ pagefind })));
		const root = hubSite([{ id: 'brujula', url }]);

		const result = await memoria(['network', 'pull', '--root', root], 'es_MX.UTF-8');

		expect(result.status).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('Memoria · descarga de la red: 1 miembro en network/');
		expect(result.stderr).toMatch(new RegExp(`✓ brujula \\(${url}\\): descargado, entradas 2 en en y 1 en es; \\d+ kB en \\d+,\\d s\\.`));
		expect(result.stderr).toContain('Búsqueda: combinada');
		expect(existsSync(join(root, 'network/brujula/data/memory.en.json'))).toBe(true);
	});

	it('exits with 1 when a member failed, naming it, the file and the problem', async () => {
		const good = server.serve('command-good', allFiles(member({ pagefind })));
		const root = hubSite([
			{ id: 'good', url: good },
			{ id: 'gone', url: server.serve('command-gone', new Map()) },
		]);

		const result = await memoria(['network', 'pull', '--root', root]);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✓ good');
		expect(result.stderr).toContain('✗ gone');
		expect(result.stderr).toContain('Network member "gone": http://127.0.0.1');
		expect(result.stderr).toContain('memoria.json answered with HTTP status 404.');
		expect(result.stderr).toContain('1 member pulled, 1 kept its last copy, 0 removed.');
	});

	it('pulls one member with --member, and removes no other copy', async () => {
		const root = hubSite([
			{ id: 'a', url: server.serve('command-a', allFiles(member({ pagefind }))) },
			{ id: 'b', url: server.serve('command-b', allFiles(member({ pagefind }))) },
		]);
		mkdirSync(join(root, 'network/old'), { recursive: true });
		writeFileSync(join(root, 'network/old/pull.json'), '{}');

		const result = await memoria(['network', 'pull', '--member', 'b', '--root', root]);

		expect(result.status).toBe(0);
		expect(readdirSync(join(root, 'network')).sort()).toEqual(['b', 'old']);
	});

	it.each([
		[['network', 'push'], '"memoria network push" is not a command: network has one, pull.'],
		[['network', 'pull', '--member', 'brujla'], 'Did you mean "brujula"?'],
	])('refuses %j with exit code 2', async (args, says) => {
		const root = hubSite([{ id: 'brujula', url: 'https://brujula.example.org/' }]);

		const result = await memoria([...args, '--root', root]);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain(says);
	});
});
