import config, { audience, hubPagefind, projectRoot, showsDrafts } from 'virtual:memoria/config';
import { createLocales } from './locales';
import { routeTable } from './routes';
import { createUrlBuilder } from './urls';

/** The parsed site configuration and what derives from it, shared by every page of a build. */
export { audience, config, hubPagefind, projectRoot, showsDrafts };
export const locales = createLocales(config);
export const urls = createUrlBuilder(locales, import.meta.env.BASE_URL);
/** Whether this site is a network's hub: it has members, whose copies it shows and searches (src/network/). */
export const isHub = config.network.members.length > 0;
export const routes = routeTable(locales, { network: isHub });

/** A page's address in every language, for the language switch and hreflang links. */
export function inEveryLanguage(address: (language: string) => string): Record<string, string> {
	return Object.fromEntries(locales.languages.map((l) => [l, address(l)]));
}
