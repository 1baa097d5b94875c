import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripJpeg, stripPng, stripWebp } from '../../src/integrations/image-metadata';

/** A small photo as a camera or an editor saves it: author, copyright with an e-mail, a description, an orientation. */
const personal = { IFD0: { Artist: 'Jose Perez', Copyright: 'jose@example.org', ImageDescription: 'Safe house, 5th street' } };
const photo = (format: 'jpeg' | 'png' | 'webp', orientation?: number) => {
	const image = sharp({ create: { width: 8, height: 4, channels: 3, background: '#036' } }).withExif(personal);
	return (orientation ? image.withMetadata({ orientation }) : image)[format]().toBuffer();
};

describe('images lose their camera, place and author metadata', () => {
	it.each([
		['a JPEG', 'jpeg', stripJpeg],
		['a PNG', 'png', stripPng],
		['a WebP', 'webp', stripWebp],
	] as const)('%s keeps its picture and loses the author, copyright and description', async (_, format, strip) => {
		const original = await photo(format);
		expect(original.toString('latin1')).toContain('Jose Perez');

		const stripped = strip(original);

		const text = stripped.toString('latin1');
		for (const value of ['Jose Perez', 'jose@example.org', 'Safe house']) expect(text).not.toContain(value);
		const metadata = await sharp(stripped).metadata();
		expect([metadata.width, metadata.height]).toEqual([8, 4]);
		expect((await sharp(stripped).raw().toBuffer()).equals(await sharp(original).raw().toBuffer())).toBe(true);
	});

	it('a JPEG keeps its orientation, so a phone photo is not shown sideways', async () => {
		const stripped = stripJpeg(await photo('jpeg', 6));

		expect((await sharp(stripped).metadata()).orientation).toBe(6);
		expect(stripped.toString('latin1')).not.toContain('Jose Perez');
	});
});
