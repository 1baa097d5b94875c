import type { CopyEntry, MemberView, NetworkMember } from './network';

/**
 * Where a link in a member's body leads on the hub. A member writes links for its own site:
 * relative ones ("../escuchar/"), from its root ("/memoria/es/aprendizajes/escuchar/"), or full
 * addresses of its own pages. Each is read as the member's site would read it, from the page the
 * body is on, and then leads:
 *
 * - to the hub's copy of that page, when the hub has one (in the page's language, or in the
 *   language the link names when the hub has that language too);
 * - otherwise to the original page, when the member has a public address;
 * - otherwise nowhere: the link's text stays, without a link.
 *
 * Links elsewhere keep their http(s) or mailto address; every other scheme (javascript:, data:,
 * file:, vbscript:…) and links to a place in the page (#…, whose ids the hub does not keep) lose
 * their link. A link never makes the reader's browser load anything by itself.
 */

/** The member's own origin for reading its relative links: never fetched, never written into a page. */
const memberOrigin = 'https://member.invalid';

/** The copy a view holds at a path of the member's site, or in the language the path names. */
export type CopyLookup = (language: string, path: string) => CopyEntry | undefined;

export function copyLinkResolver(member: NetworkMember, view: MemberView, entry: CopyEntry, lookup: CopyLookup): (href: string) => string | undefined {
	const prefix = (language: string) => (language === member.defaultLanguage ? '' : `${language}/`);
	const page = new URL(`${member.base}${prefix(view.exportLanguage)}${entry.path}`, memberOrigin);
	const siteUrl = member.siteUrl ? new URL(member.siteUrl) : undefined;
	return (href) => {
		const written = href.trim();
		if (written === '' || written.startsWith('#')) return undefined;
		let url: URL;
		try {
			url = new URL(written, page);
		} catch {
			return undefined;
		}
		if (url.protocol === 'mailto:') return url.href;
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
		const own = url.origin === memberOrigin || (siteUrl !== undefined && url.origin === siteUrl.origin && url.pathname.startsWith(siteUrl.pathname));
		if (!own) return url.href;
		if (!url.pathname.startsWith(member.base)) return siteUrl ? new URL(`${url.pathname}${url.search}${url.hash}`, siteUrl.origin).href : undefined;
		// The member's language prefix, then the path a copy is kept at.
		const rest = url.pathname.slice(member.base.length);
		const head = rest.split('/')[0]!;
		const named = member.languages.includes(head) && head !== member.defaultLanguage ? head : member.defaultLanguage;
		const path = (named === member.defaultLanguage ? rest : rest.slice(head.length + 1)).replace(/\/?$/, '/');
		const copy = (named === view.exportLanguage ? view.byPath.get(path) : undefined) ?? lookup(named, path);
		if (copy) return copy.href;
		return siteUrl ? new URL(`${url.pathname}${url.search}${url.hash}`, siteUrl.origin).href : undefined;
	};
}
