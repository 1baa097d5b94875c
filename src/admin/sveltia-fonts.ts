import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { memoriaError } from '../errors/memoria-error';

/**
 * Sveltia CMS's bundle draws its text and icons with fonts it loads from a CDN: its styles hold
 * @font-face rules whose `url(https://cdn.jsdelivr.net/fontsource/fonts/…)` point at fontsource's
 * copies on jsDelivr. /admin/ asks no other host, so when the bundle is copied every such address
 * becomes a file served beside it, taken from the fontsource package of the same font that Memoria
 * depends on (the files fontsource publishes to the CDN are the ones its npm packages hold).
 *
 * Rewriting the copied bundle, rather than adding rules of our own or catching the requests in the
 * browser, leaves Sveltia no address to reach: a font cannot be loaded from jsDelivr because the
 * page never names it. Any other address a style loads from another host, or a font whose package
 * is not installed (a newer Sveltia drawing with a font Memoria does not ship yet), stops the build
 * or the dev server with a message, instead of a page that reaches out or shows icon names as text.
 */

const require = createRequire(import.meta.url);

/** A style's address on another host: `url(https://…)`, with or without quotes. */
const remoteStyleAddress = /url\(\s*(["']?)(https?:\/\/[^)"'\s]+)\1\s*\)/g;
/** fontsource's CDN address of a font file: family, ":vf" for a variable font, version, file. */
const fontsourceAddress = /^https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[^/]+\/([a-z0-9-]+\.woff2?)$/;

export interface SveltiaFont {
	/** Its name in the admin's fonts/ folder: the file name fontsource's package gives it. */
	name: string;
	/** The file in node_modules. */
	file: string;
	/** The font's package, whose licence (OFL-1.1) is served beside the font. */
	packageName: string;
	/** The address in Sveltia's bundle it replaces. */
	address: string;
}

export interface SveltiaBundle {
	/** Sveltia's bundle with every font address pointing into `fontsFolder`. */
	script: string;
	fonts: SveltiaFont[];
}

/** The admin's folder for fonts, inside its own folder. */
export const fontsFolder = 'fonts';

const bundles = new Map<string, SveltiaBundle>();

/**
 * Sveltia's bundle (`sveltiaFolder/dist/sveltia-cms.js`) with its fonts served from `fontsPath`,
 * the fonts folder's address on the site ("/admin/fonts/"), and the fonts it needs.
 */
export function sveltiaBundle(sveltiaFolder: string, fontsPath: string): SveltiaBundle {
	const key = `${sveltiaFolder}\n${fontsPath}`;
	const known = bundles.get(key);
	if (known) return known;
	const original = readFileSync(join(sveltiaFolder, 'dist/sveltia-cms.js'), 'utf8');
	const fonts = new Map<string, SveltiaFont>();
	const script = original.replace(remoteStyleAddress, (_whole, quote: string, address: string) => {
		const font = fonts.get(address) ?? localFont(address);
		fonts.set(address, font);
		return `url(${quote}${fontsPath}${font.name}${quote})`;
	});
	const bundle = { script, fonts: [...fonts.values()] };
	bundles.set(key, bundle);
	return bundle;
}

/** The installed file of the font at fontsource's CDN `address`, or an error that names the package to install. */
function localFont(address: string): SveltiaFont {
	const match = fontsourceAddress.exec(address);
	if (!match) throw memoriaError('admin-asset-elsewhere', { address });
	const [, family, variable, file] = match as unknown as [string, string, string | undefined, string];
	const packageName = `@fontsource${variable ? '-variable' : ''}/${family}`;
	const name = `${family}-${file}`;
	try {
		return { name, file: require.resolve(`${packageName}/files/${name}`), packageName, address };
	} catch {
		throw memoriaError('admin-asset-elsewhere', { address, packageName });
	}
}

/** The licence of a font's package, which the OFL asks to travel with the font. */
export function fontLicence(packageName: string): Buffer {
	return readFileSync(require.resolve(`${packageName}/LICENSE`));
}
