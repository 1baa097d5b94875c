import { slug } from 'github-slugger';

/** A guide's path in its address, from its file's path: each part slugified as Starlight does (GitHub's rules), "index" dropped. */
export function guidePath(key: string): string {
	return key
		.split('/')
		.map((part) => slug(part))
		.join('/')
		.replace(/(^|\/)index$/, '');
}

/**
 * A guide's id in the docs collection, from its file's path inside content/docs/ ("es/Digital
 * Security/VPN.md" → "es/digital-security/vpn"): Astro's own default, less one rule. Astro would
 * take a `slug:` field as the whole id instead, and pages brought from Hugo or Docusaurus carry
 * one that means something else there (the last part of the address, or an address from the
 * site's root): the page would leave its folder, and a translation with the same `slug:` would
 * take its original's place, one of the two lost without a word. A guide's address is its path,
 * as the checks, the folders' index pages and the pairing of translations assume; the content
 * checks warn that `slug:` is ignored.
 */
export function guideId(entry: string): string {
	return entry
		.replace(/\.[^./]+$/, '')
		.split('/')
		.map((part) => slug(part))
		.join('/')
		.replace(/\/index$/, '');
}
