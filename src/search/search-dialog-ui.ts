/**
 * Loaded by search-dialog.ts only when a reader is about to search: Pagefind's interface and the
 * styles of its results. Vite splits this module into a file of its own. The styles are linked
 * by hand: Astro would put a stylesheet imported here into every page's <head>.
 */
import stylesUrl from '../styles/search-dialog.css?url';
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';

export interface SearchUiOptions {
	element: HTMLElement;
	bundlePath: string;
	baseUrl: string;
	translations: Record<string, string>;
	mergeIndex: { bundlePath: string; baseUrl: string; indexWeight: number }[];
}

/** Resolves once the dialog's styles apply (or failed to load: the results still read unstyled). */
function linkStyles(): Promise<void> {
	return new Promise((done) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesUrl });
		link.addEventListener('load', () => done());
		link.addEventListener('error', () => done());
		document.head.append(link);
	});
}

export async function mountSearchUi({ element, ...options }: SearchUiOptions): Promise<void> {
	await linkStyles();
	new PagefindUI({ element, ...options, showImages: false, showSubResults: true });
}
