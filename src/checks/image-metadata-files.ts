import sharp from 'sharp';
import { join } from 'node:path';
import type { WriterLanguage } from '../errors/writer-language';
import { filesUnder } from '../lib/files-under';
import { finding, type Finding } from './findings';

/**
 * The build removes camera, place and author metadata from JPEG, PNG and WebP files
 * (integrations/image-metadata.ts). Other image formats cannot be cleaned without re-encoding, so
 * one that carries such metadata (Exif, XMP, IPTC) is refused, and so is any TIFF: it cannot be
 * proved harmless.
 */
const uncleaned = /\.(avif|heic|heif|tiff?|gif)$/i;

export async function checkImageMetadata(root: string, language: WriterLanguage): Promise<Finding[]> {
	const findings: Finding[] = [];
	const images = ['content', 'public'].flatMap((folder) =>
		filesUnder(join(root, folder))
			.filter((f) => uncleaned.test(f))
			.map((f) => `${folder}/${f}`)
	);
	for (const path of images.sort()) {
		const metadata = await sharp(join(root, path))
			.metadata()
			.catch(() => undefined);
		// Unreadable, holding metadata, or TIFF (whose every field is metadata, and which browsers do not show): refused.
		if (!metadata || metadata.exif || metadata.xmp || metadata.iptc || /\.tiff?$/i.test(path))
			findings.push(finding('error', 'image-metadata', {}, { file: path }, language));
	}
	return findings;
}
