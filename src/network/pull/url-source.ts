import { joinChunks, type MemberSource, overLimit, type ReadLimit } from './member-source';
import { PullProblem, refused, unreachable } from './pull-problem';

/**
 * A member's published site, read with Node's fetch. Each file:
 * - waits at most `timeoutSeconds` for the server's answer, and as long again for each next piece
 *   of the file (a slow but steady connection finishes; a server that stops sending does not hold
 *   the pull);
 * - follows at most five redirects, each only to an http or https address (never file:, data:…);
 * - stops reading at the limit, as the bytes arrive: a file longer than its manifest says, or
 *   larger than a hub accepts, is never held whole (a Content-Length over the limit is refused
 *   before the first byte).
 */

const maxRedirects = 5;

export function urlSource(site: string, timeoutSeconds: number): MemberSource {
	// The member's address is its site's base: "https://example.org/memoria" holds "https://example.org/memoria/memoria.json".
	const base = new URL(site.endsWith('/') ? site : `${site}/`);
	// Paths reaching here are relativePath()s (no "..", no "//", nothing to encode): the address stays under the base.
	const address = (path: string) => new URL(path, base);
	return {
		kind: 'url',
		describe: (path) => address(path).href,
		read: (path, limit) => fetchLimited(address(path), limit, timeoutSeconds),
	};
}

async function fetchLimited(address: URL, limit: ReadLimit, timeoutSeconds: number): Promise<Uint8Array> {
	const file = address.href;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
	try {
		const response = await fetchFollowing(address, controller.signal, file);
		timer.refresh();
		if (!response.ok) {
			await response.body?.cancel();
			throw unreachable(file, { reason: 'status', status: response.status });
		}
		// A compressed answer's length is not the file's: then only the bytes read count.
		const length = Number(response.headers.get('content-length') ?? Number.NaN);
		if (!response.headers.has('content-encoding') && Number.isFinite(length) && length > limit.bytes) {
			await response.body?.cancel();
			throw overLimit(file, limit);
		}
		if (!response.body) return new Uint8Array(0);
		const reader = response.body.getReader();
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			timer.refresh();
			total += value.length;
			if (total > limit.bytes) {
				await reader.cancel();
				throw overLimit(file, limit);
			}
			chunks.push(value);
		}
		return joinChunks(chunks, total);
	} catch (error) {
		if (error instanceof PullProblem) throw error;
		if (controller.signal.aborted) throw unreachable(file, { reason: 'timeout', seconds: timeoutSeconds });
		throw unreachable(file, { reason: 'connection', detail: connectionProblem(error) });
	} finally {
		clearTimeout(timer);
	}
}

/** The answer at `address`, after the redirects it is allowed. */
async function fetchFollowing(address: URL, signal: AbortSignal, file: string): Promise<Response> {
	let url = address;
	for (let hops = 0; ; hops++) {
		const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/json, */*' } });
		const location = response.headers.get('location');
		if (response.status < 300 || response.status > 399 || location === null) return response;
		await response.body?.cancel();
		let next: URL;
		try {
			next = new URL(location, url);
		} catch {
			throw refused(file, { problem: 'redirect', location });
		}
		if (next.protocol !== 'http:' && next.protocol !== 'https:') throw refused(file, { problem: 'redirect', location: next.href });
		if (hops === maxRedirects) throw unreachable(file, { reason: 'connection', detail: `more than ${maxRedirects} redirects` });
		url = next;
	}
}

/** What Node says went wrong with a connection: its code (ECONNREFUSED, ENOTFOUND…) when it has one. */
function connectionProblem(error: unknown): string | undefined {
	const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
	if (typeof cause?.code === 'string') return cause.code;
	if (typeof cause?.message === 'string') return cause.message;
	return error instanceof Error ? error.message : undefined;
}
