import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImageMetadata } from '../../src/checks/image-metadata-files';

const image = (path: string, format: 'gif' | 'avif' | 'tiff', withExif: boolean) => {
	const made = sharp({ create: { width: 4, height: 4, channels: 3, background: '#036' } });
	return (withExif ? made.withExif({ IFD0: { Artist: 'Jose Perez' } }) : made)[format]().toFile(path);
};

describe('images in formats the build cannot clean', () => {
	it('are refused when they carry metadata, and accepted without', async () => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-images-'));
		mkdirSync(join(root, 'public/photos'), { recursive: true });
		mkdirSync(join(root, 'content/posts'), { recursive: true });
		await image(join(root, 'public/photos/phone.avif'), 'avif', true);
		await image(join(root, 'public/photos/plain.avif'), 'avif', false);
		await image(join(root, 'public/photos/scan.tiff'), 'tiff', false);
		await image(join(root, 'content/posts/plain.gif'), 'gif', false);

		const found = (await checkImageMetadata(root, 'en')).map((f) => `${f.id} ${f.file}`);

		expect(found).toEqual(['image-metadata public/photos/phone.avif', 'image-metadata public/photos/scan.tiff']);
		rmSync(root, { recursive: true, force: true });
	});
});
