// The admin page's first script (src/admin/admin-page.ts), run before Sveltia CMS:
// 1. It picks the configuration in the writer's language: ?lang=es or ?lang=en in the address,
//    else the first of the browser's languages the admin speaks, else the site's default.
// 2. It keeps Sveltia's own look-ups on this site. Sveltia CMS asks unpkg.com for its interface text
//    in languages other than English, for its newest version and for optional parts (code
//    highlighting, maps), and githubstatus.com whether GitHub is down; the page's policy would refuse
//    them all. The interface text is answered from the copy served beside this file; the rest is
//    not asked, and Sveltia carries on without it as it does offline.
(() => {
	const script = document.currentScript;
	const languages = (script.dataset.languages || 'en').split(',');
	const fallback = script.dataset.defaultLanguage || languages[0];
	const shipped = new Set((script.dataset.uiLocales || '').split(',').filter(Boolean));
	const asked = new URLSearchParams(location.search).get('lang');
	const preferred = [asked, ...(navigator.languages || [navigator.language])].filter(Boolean).map((l) => l.toLowerCase().split('-')[0]);
	const language = preferred.find((l) => languages.includes(l)) || fallback;
	document.documentElement.lang = language;

	const link = document.createElement('link');
	link.rel = 'cms-config-url';
	link.type = 'application/yaml';
	link.href = new URL(`config.${language}.yml`, script.src).href;
	document.head.append(link);

	const original = window.fetch.bind(window);
	const cms = /^https:\/\/unpkg\.com\/@sveltia\/cms(?:@[^/]+)?\/(.*)$/;
	const notAsked = /^https:\/\/(?:unpkg\.com|www\.githubstatus\.com)\//;
	window.fetch = (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const locale = /^locales\/([\w-]+)\.json$/.exec(cms.exec(url)?.[1] || '');
		if (locale && shipped.has(locale[1])) return original(new URL(`locales/${locale[1]}.json`, script.src).href, init);
		if (!notAsked.test(url)) return original(input, init);
		return Promise.resolve(new Response('', { status: 404, statusText: 'Not served by this site' }));
	};
})();
