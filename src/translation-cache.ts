/**
 * Remembers the UI strings a build has already looked up. Starlight's `t()` goes through i18next
 * on every call, and a Memoria page makes a hundred such calls (labels, headings, states): 3.3 s
 * of a build of 4,700 pages in a CPU profile (issue 7). A string without options is the same on
 * every page of a language, so it is looked up once per language per build.
 *
 * Runs after Starlight's middleware, which sets `locals.t` for the page's language. Calls with
 * options (interpolation, plurals) always go to i18next. In `astro dev` nothing is cached, so an
 * edited translation shows at once.
 */
import { defineMiddleware } from 'astro:middleware';

type Translate = App.Locals['t'];
/** i18next's overloads, seen as one plain function: this file only passes the arguments along. */
type Lookup = (key: unknown, options?: unknown) => string;

const byLanguage = new Map<string, Map<string, string>>();

function remembering(t: Translate, language: string): Translate {
	let strings = byLanguage.get(language);
	if (!strings) byLanguage.set(language, (strings = new Map()));
	const known = strings;
	const translate = t as unknown as Lookup;
	const lookup: Lookup = (key, options) => {
		if (options !== undefined || typeof key !== 'string') return translate(key, options);
		let text = known.get(key);
		if (text === undefined) known.set(key, (text = translate(key)));
		return text;
	};
	return Object.assign(lookup, { all: t.all, exists: t.exists, dir: t.dir }) as unknown as Translate;
}

export const onRequest = defineMiddleware((context, next) => {
	if (!import.meta.env.DEV && context.locals.t) context.locals.t = remembering(context.locals.t, context.currentLocale ?? '');
	return next();
});
