import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';

/**
 * A member of a learning network as a hub sees it, made up in the test: exports written here, and
 * a manifest that lists them with their sha256 (no site is built: that is the member side's own
 * tests). `serveMembers` serves members on 127.0.0.1, each under its own prefix, with handlers a
 * test can swap for hostile ones.
 */

const encoder = new TextEncoder();
export const bytesOf = (value: unknown) => encoder.encode(typeof value === 'string' ? value : JSON.stringify(value));
export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface MemberData {
	/** Every file of the member's root but the manifest, by path. */
	files: Map<string, Uint8Array>;
	manifest: Record<string, any>;
}

/** One language's export with `titles.length` learnings. */
export function exportOf(language: string, titles: string[]): Record<string, unknown> {
	return {
		language,
		generated: '2026-01-15T10:00:00Z',
		themes: [{ id: 'listening', label: language === 'es' ? 'Escucha' : 'Listening' }],
		learnings: titles.map((title, n) => ({
			id: `learning-${n + 1}`,
			type: 'learnings',
			url: `https://member.example.org/${language === 'en' ? '' : `${language}/`}learnings/learning-${n + 1}/`,
			path: `${language === 'es' ? 'aprendizajes' : 'learnings'}/learning-${n + 1}/`,
			language,
			translated: true,
			title,
			body: `## ${title}\n\nWhat we learned.`,
			themes: [{ id: 'listening', label: 'Listening' }],
		})),
		projects: [],
	};
}

/** A member publishing in English and Spanish, with a Pagefind bundle of `pagefind` (none: undefined). */
export function member(
	options: { name?: string; pagefind?: string | undefined; bundle?: boolean; copies?: { allowed: boolean; leaving: boolean } } = {}
): MemberData {
	const files = new Map<string, Uint8Array>([
		['data/memory.en.json', bytesOf(exportOf('en', ['Listen first', 'Ask twice']))],
		['data/memory.es.json', bytesOf(exportOf('es', ['Escuchar primero']))],
	]);
	const bundle = options.bundle ?? true;
	if (bundle) {
		files.set('pagefind/pagefind-entry.json', bytesOf({ version: options.pagefind ?? '1.6.0', languages: {} }));
		files.set('pagefind/index/en_1.pf_index', new Uint8Array([1, 2, 3, 4, 5]));
		files.set('pagefind-retired/pagefind-entry.json', bytesOf({ version: options.pagefind ?? '1.6.0', languages: {} }));
	}
	const listed = (path: string) => ({ path, sha256: sha256(files.get(path)!), bytes: files.get(path)!.length });
	const inBundle = (folder: string) =>
		[...files.keys()].filter((path) => path.startsWith(`${folder}/`)).map((path) => ({ ...listed(path), path: path.slice(folder.length + 1) }));
	const manifest = {
		format: 'memoria-manifest',
		version: 1,
		generated: '2026-01-15T10:00:00Z',
		organisation: { name: options.name ?? 'Colectivo Brújula', country: 'MX', description: { es: 'Una memoria.' } },
		site: { url: 'https://member.example.org/', base: '/' },
		languages: ['en', 'es'],
		defaultLanguage: 'en',
		licence: { id: 'CC-BY-4.0' },
		copies: options.copies ?? { allowed: true, leaving: false },
		generator: { memoria: '0.1.0', pagefind: options.pagefind ?? '1.6.0' },
		exports: [
			{ ...listed('data/memory.en.json'), language: 'en', entries: 2 },
			{ ...listed('data/memory.es.json'), language: 'es', entries: 1 },
		],
		search: bundle
			? [
					{ kind: 'current', path: 'pagefind/', files: inBundle('pagefind') },
					{ kind: 'retired', path: 'pagefind-retired/', files: inBundle('pagefind-retired') },
				]
			: [],
	};
	return { files, manifest };
}

/** Replaces a file and lists its new hash and size in the manifest (an export, or a bundle's file). */
export function replaceListed(data: MemberData, path: string, content: Uint8Array): void {
	data.files.set(path, content);
	for (const listed of [...data.manifest.exports, ...data.manifest.search.flatMap((bundle: any) => bundle.files.map((f: any) => ({ ...f, bundle })))]) {
		const full = listed.bundle ? `${listed.bundle.path}${listed.path}` : listed.path;
		if (full !== path) continue;
		const target = listed.bundle ? listed.bundle.files.find((f: any) => f.path === listed.path) : listed;
		target.sha256 = sha256(content);
		target.bytes = content.length;
	}
}

/** Every file of the member, the manifest included, by path. */
export const allFiles = (data: MemberData) => new Map([...data.files, ['memoria.json', bytesOf(data.manifest)]]);

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A server on 127.0.0.1 answering `/<prefix>/<path>` from what each member serves now. */
export async function serveMembers() {
	const members = new Map<string, { files: Map<string, Uint8Array>; handlers: Map<string, Handler> }>();
	const server = createServer((request, response) => {
		const [, prefix, ...rest] = (request.url ?? '/').split('/');
		const path = rest.join('/');
		const served = members.get(prefix ?? '');
		const handler = served?.handlers.get(path);
		if (handler) return handler(request, response);
		const file = served?.files.get(path);
		if (!file) return response.writeHead(404).end();
		response.writeHead(200, { 'content-type': 'application/json', 'content-length': file.length }).end(file);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		/** Serves `files` under `/<prefix>/` (replacing what was there, hostile handlers included); resolves with the member's url. */
		serve(prefix: string, files: Map<string, Uint8Array>) {
			members.set(prefix, { files, handlers: new Map() });
			return `${base}/${prefix}/`;
		},
		/** Answers one path of a member with `handler` instead of its file. */
		handle(prefix: string, path: string, handler: Handler) {
			members.get(prefix)!.handlers.set(path, handler);
		},
		async close() {
			server.closeAllConnections();
			server.close();
			await once(server, 'close');
		},
	};
}

/** Never answers: the request is kept open until the server closes. */
export const neverAnswer: Handler = () => {};

/** Sends bytes without end, as fast as the client reads them, until the client goes away. */
export const endlessBody: Handler = (_request, response) => {
	const piece = new Uint8Array(64 * 1024).fill(32);
	response.writeHead(200, { 'content-type': 'application/json' });
	const more = () => {
		while (!response.destroyed && response.write(piece));
	};
	response.on('drain', more);
	more();
};

/** Redirects to `location`. */
export const redirectTo =
	(location: string): Handler =>
	(_request, response) =>
		response.writeHead(302, { location }).end();

/** A .zip of `files` (fflate, sizes in every header), each under `folder/` when given. */
export function zipOf(files: Map<string, Uint8Array>, folder = ''): Uint8Array {
	return zipSync(Object.fromEntries([...files].map(([path, data]) => [folder ? `${folder}/${path}` : path, data])), { level: 6 });
}

/**
 * The zip with the uncompressed size it declares for `name` made `by` bytes smaller, in the entry's
 * header and in the archive's directory alike: a lying archive whose entry unpacks to more.
 */
export function declareSmaller(zip: Uint8Array, name: string, by: number): Uint8Array {
	const patched = zip.slice();
	const view = new DataView(patched.buffer);
	const nameBytes = encoder.encode(name);
	const named = (at: number) => nameBytes.every((byte, n) => patched[at + n] === byte);
	for (let at = 0; at + 46 < patched.length; at++) {
		const signature = view.getUint32(at, true);
		// A local header: the size at 22, the name at 30. The directory's entry: the size at 24, the name at 46.
		if (signature === 0x04034b50 && view.getUint16(at + 26, true) === nameBytes.length && named(at + 30))
			view.setUint32(at + 22, view.getUint32(at + 22, true) - by, true);
		if (signature === 0x02014b50 && view.getUint16(at + 28, true) === nameBytes.length && named(at + 46))
			view.setUint32(at + 24, view.getUint32(at + 24, true) - by, true);
	}
	return patched;
}
