/**
 * Gives each page `Astro.locals.plural()` and `pluralForms()`, bound to the language of the
 * page's `t()`: Starlight's middleware makes `t` for `context.currentLocale`, or for the default
 * language, and the plural rules must be those of the language the forms are written in.
 */
import { defineMiddleware } from 'astro:middleware';
import config from 'virtual:memoria/config';
import { plural } from './translations/plural';
import { pluralForms, type Messages } from './translations/plural-forms';

export const onRequest = defineMiddleware((context, next) => {
	const language = context.currentLocale ?? config.defaultLanguage;
	// `t` is read at each call, not now: translation-cache.ts replaces it with its remembering one.
	context.locals.pluralForms = (key) => pluralForms(context.locals.t as unknown as Messages, key, language);
	context.locals.plural = (key, count) => plural(context.locals.pluralForms(key), count, language);
	return next();
});
