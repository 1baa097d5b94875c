import { slug } from 'github-slugger';

/** A guide's path in its address, from its file's path: each part slugified as Starlight does (GitHub's rules), "index" dropped. */
export function guidePath(key: string): string {
	return key
		.split('/')
		.map((part) => slug(part))
		.join('/')
		.replace(/(^|\/)index$/, '');
}
