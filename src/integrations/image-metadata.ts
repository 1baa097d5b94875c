import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Photos carry what their camera or editor wrote: the place (GPS), the author's name, an e-mail
 * in the copyright, a description. Every JPEG, PNG and WebP file of the output (copied from
 * public/ or emitted from content/) loses that metadata before anything reads the output, without
 * being re-encoded: the picture's bytes stay as they are. A JPEG keeps only its orientation, so a
 * phone's photo is not shown sideways. Other formats are published as they are (say so in docs).
 */

/** The orientation (1–8) in a JPEG's Exif segment, read from its first image directory. */
function orientationOf(exif: Buffer): number | undefined {
	// "Exif\0\0", then a TIFF header: byte order, 42, offset of the first directory.
	if (exif.length < 14 || exif.toString('latin1', 0, 4) !== 'Exif') return undefined;
	const tiff = exif.subarray(6);
	const little = tiff.toString('latin1', 0, 2) === 'II';
	const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
	const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
	const directory = u32(4);
	if (directory + 2 > tiff.length) return undefined;
	const count = u16(directory);
	for (let i = 0; i < count; i++) {
		const at = directory + 2 + i * 12;
		if (at + 12 > tiff.length) return undefined;
		if (u16(at) === 0x0112) return u16(at + 8);
	}
	return undefined;
}

/** An Exif segment that says nothing but the orientation. */
function orientationSegment(orientation: number): Buffer {
	const payload = Buffer.alloc(6 + 8 + 2 + 12 + 4);
	payload.write('Exif\0\0', 0, 'latin1');
	payload.write('MM', 6, 'latin1');
	payload.writeUInt16BE(42, 8);
	payload.writeUInt32BE(8, 10);
	payload.writeUInt16BE(1, 14);
	payload.writeUInt16BE(0x0112, 16);
	payload.writeUInt16BE(3, 18);
	payload.writeUInt32BE(1, 20);
	payload.writeUInt16BE(orientation, 24);
	const header = Buffer.from([0xff, 0xe1, 0, 0]);
	header.writeUInt16BE(payload.length + 2, 2);
	return Buffer.concat([header, payload]);
}

/** A JPEG without Exif, XMP, IPTC and comments (APP1, APP13, COM), its orientation kept. */
export function stripJpeg(bytes: Buffer): Buffer {
	if (bytes.readUInt16BE(0) !== 0xffd8) return bytes;
	const kept: Buffer[] = [bytes.subarray(0, 2)];
	let orientation: number | undefined;
	let at = 2;
	while (at + 4 <= bytes.length && bytes[at] === 0xff) {
		const marker = bytes[at + 1]!;
		// Start of scan: the image data follows, to the end.
		if (marker === 0xda) break;
		const length = bytes.readUInt16BE(at + 2);
		const segment = bytes.subarray(at, at + 2 + length);
		if (marker === 0xe1) orientation ??= orientationOf(segment.subarray(4));
		else if (marker !== 0xed && marker !== 0xfe) kept.push(segment);
		at += 2 + length;
	}
	// After the JFIF segment if there is one, where Exif would stand.
	if (orientation && orientation !== 1) kept.splice(kept[1] && kept[1][1] === 0xe0 ? 2 : 1, 0, orientationSegment(orientation));
	kept.push(bytes.subarray(at));
	return Buffer.concat(kept);
}

const pngText = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** A PNG without its text, Exif and time chunks. */
export function stripPng(bytes: Buffer): Buffer {
	if (bytes.toString('latin1', 1, 4) !== 'PNG') return bytes;
	const kept: Buffer[] = [bytes.subarray(0, 8)];
	let at = 8;
	while (at + 12 <= bytes.length) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		const end = at + 12 + length;
		if (!pngText.has(type)) kept.push(bytes.subarray(at, end));
		at = end;
	}
	return Buffer.concat(kept);
}

/** A WebP without its EXIF and XMP chunks (and the flags that announce them). */
export function stripWebp(bytes: Buffer): Buffer {
	if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return bytes;
	const kept: Buffer[] = [];
	let at = 12;
	while (at + 8 <= bytes.length) {
		const type = bytes.toString('latin1', at, at + 4);
		const size = bytes.readUInt32LE(at + 4);
		const end = at + 8 + size + (size % 2);
		if (type === 'VP8X') {
			const chunk = Buffer.from(bytes.subarray(at, end));
			chunk[8] = chunk[8]! & ~0x0c;
			kept.push(chunk);
		} else if (type !== 'EXIF' && type !== 'XMP ') kept.push(bytes.subarray(at, end));
		at = end;
	}
	const body = Buffer.concat(kept);
	const header = Buffer.from(bytes.subarray(0, 12));
	header.writeUInt32LE(body.length + 4, 4);
	return Buffer.concat([header, body]);
}

const strippers: [RegExp, (bytes: Buffer) => Buffer][] = [
	[/\.jpe?g$/i, stripJpeg],
	[/\.png$/i, stripPng],
	[/\.webp$/i, stripWebp],
];

/** Strips every image of a built site; returns how many files changed. */
export async function stripImageMetadata(dir: string): Promise<number> {
	let changed = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const strip = strippers.find(([pattern]) => pattern.test(entry.name))?.[1];
		if (!strip) continue;
		const path = join(entry.parentPath, entry.name);
		const bytes = await readFile(path);
		const stripped = strip(bytes);
		if (stripped.length === bytes.length && stripped.equals(bytes)) continue;
		await writeFile(path, stripped);
		changed++;
	}
	return changed;
}

/** Runs when Astro has written the site, before the search index and the offline copy read it. */
export function memoriaImageMetadata(): AstroIntegration {
	return {
		name: 'memoria:image-metadata',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const changed = await stripImageMetadata(fileURLToPath(dir));
				if (changed > 0) logger.info(`Removed camera and author metadata from ${changed} image${changed === 1 ? '' : 's'}.`);
			},
		},
	};
}
