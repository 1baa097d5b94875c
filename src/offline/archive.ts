/**
 * Writes a .zip file one entry at a time, straight to disk, so a site of thousands of pages never
 * sits in memory whole. fflate (pure JavaScript, no dependencies, streaming) writes the ZIP
 * structure; the DEFLATE itself is Node's zlib (native, several times faster than JavaScript),
 * through the extension point fflate documents for other compressors. Files that are compressed
 * already (images, fonts) are stored as they are.
 *
 * The archive is written under a temporary name and renamed when complete: a failed or
 * interrupted step never leaves a truncated .zip where the site serves it.
 */
import { Zip, type ZipInputFile, ZipPassThrough } from 'fflate';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Formats whose data is already compressed: deflating them again costs time and saves nothing. */
const stored = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|mp4|webm|mp3|ogg|pdf)$/i;

/**
 * An entry compressed with zlib's raw DEFLATE. fflate computes the checksum and size from the data
 * pushed (before compression) and writes what `process` hands on. Each file is pushed whole, in
 * one chunk, so one deflateRawSync call makes the complete stream.
 */
/** A file's text compressed as the archive's entries are (zlib's raw DEFLATE, level 6). */
export const deflate = (data: Uint8Array) => deflateRawSync(data, { level: 6 });

class NativeDeflate extends ZipPassThrough {
	constructor(filename: string) {
		super(filename);
		this.compression = 8;
	}
	protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
		this.ondata(null, deflate(chunk), final);
	}
}

export interface ZipWriter {
	/** Adds one file; `name` uses forward slashes, relative to the archive's root. */
	add(name: string, data: Uint8Array | string): void;
	/** Adds one file already compressed with raw DEFLATE (`deflate`), given its text's CRC-32 and size. */
	addDeflated(name: string, file: { deflated: Uint8Array<ArrayBuffer>; crc: number; size: number }): void;
	/** Finishes the archive and moves it into place; resolves to its size in bytes. */
	close(): Promise<number>;
	/** Gives up: removes the unfinished file. */
	abort(): void;
}

export function createZipWriter(path: string, options: { mtime?: Date } = {}): ZipWriter {
	const temporary = `${path}.partial`;
	mkdirSync(dirname(path), { recursive: true });
	const fd = openSync(temporary, 'w');
	const mtime = options.mtime ?? new Date();
	let bytes = 0;
	let failure: Error | null = null;
	let finish: (() => void) | undefined;
	let finished = false;
	const encoder = new TextEncoder();

	const zip = new Zip((error, chunk, final) => {
		if (error) {
			failure = error;
			return;
		}
		writeSync(fd, chunk);
		bytes += chunk.length;
		if (final) {
			finished = true;
			finish?.();
		}
	});

	return {
		add(name, data) {
			if (failure) throw failure;
			const entry = stored.test(name) ? new ZipPassThrough(name) : new NativeDeflate(name);
			entry.mtime = mtime;
			zip.add(entry);
			entry.push(typeof data === 'string' ? encoder.encode(data) : data, true);
			if (failure) throw failure;
		},
		addDeflated(name, { deflated, crc, size }) {
			if (failure) throw failure;
			// fflate's documented way to add a file it did not compress: the entry's sizes and
			// checksum are set before its one and final chunk.
			const entry: ZipInputFile = { filename: name, compression: 8, crc, size, mtime };
			zip.add(entry);
			entry.ondata!(null, deflated, true);
			if (failure) throw failure;
		},
		async close() {
			zip.end();
			if (!finished) await new Promise<void>((done) => (finish = done));
			closeSync(fd);
			if (failure) {
				rmSync(temporary, { force: true });
				throw failure;
			}
			renameSync(temporary, path);
			return bytes;
		},
		abort() {
			try {
				zip.terminate();
				closeSync(fd);
			} catch {
				// Already closed.
			}
			rmSync(temporary, { force: true });
		},
	};
}
