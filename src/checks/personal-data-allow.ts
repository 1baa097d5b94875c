import { existsSync, readFileSync } from 'node:fs';
import { siteLayout } from '../config/site-layout';
import type { WriterLanguage } from '../errors/writer-language';
import { finding, type Finding } from './findings';

/**
 * What `personalData.allow` in memoria.config.ts lets into a public build: exact values (an
 * address, a phone number: personal-data.ts compares them by meaning), and whole e-mail domains,
 * written "@example.org" (a bare "example.org" means the same: a domain alone is never personal
 * data, so it could mean nothing else). A domain covers the addresses at exactly that domain, not
 * its subdomains: "@org.ar" or "@com.mx" would otherwise let in every address of a country, and
 * telling such suffixes from an organisation's own domain needs a list Memoria does not ship.
 *
 * A public mail service's domain is never allowed: "@gmail.com" would let in every personal
 * address there. Such an entry is left out of the list (so those addresses are still reported)
 * and reported itself, at its line of memoria.config.ts.
 */
export interface AllowList {
	/** Exact values, as written. */
	values: readonly string[];
	/** Whole domains, lower case, without "@". */
	domains: ReadonlySet<string>;
}

/** "@Example.org" or "example.org." → "example.org"; anything that is not a domain name → undefined. */
export function allowedDomain(entry: string): string | undefined {
	const domain = entry.trim().normalize('NFC').toLowerCase().replace(/^@/, '').replace(/\.$/, '');
	// Labels of letters, digits and hyphens, at least two, the last one letters: "1.234.567" is not a domain.
	return /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(domain) ? domain : undefined;
}

/**
 * Mail services where anyone can open an address: the domain says nothing about whose it is.
 * The providers most used in Latin America and Spain, and those people at risk choose (Proton,
 * Tuta, Riseup, Disroot), at a commercial or a country ending ("yahoo.com.mx", "hotmail.co.uk",
 * "hotmail.es"), never an organisation's ("terra.org.br", "terra.or.cr" may well be one's own).
 */
const mailProviders =
	/^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|rocketmail|aol|icloud|protonmail|proton|tutanota|tutamail|riseup|disroot|autistici|posteo|gmx|yandex|zoho|mailfence|fastmail|hushmail|uol|bol|terra|prodigy)\.(?:(?:com|net)(?:\.[a-z]{2})?|co\.[a-z]{2}|[a-z]{2})$/;
/** Services whose name alone is too common a first word to match at every ending. */
const mailServiceDomains = new Set([
	...['me.com', 'mac.com', 'pm.me', 'proton.me', 'tuta.io', 'tuta.com', 'mail.com', 'email.com', 'web.de', 'mail.ru', 'qq.com', '163.com'],
	// Activists' mail services on ".org".
	...['disroot.org', 'autistici.org', 'inventati.org', 'systemli.org', 'espiv.net'],
]);

export function isMailService(domain: string): boolean {
	return mailServiceDomains.has(domain) || mailProviders.test(domain);
}

/** The domain an entry allows, if it is a domain ("@example.org", "example.org") and not an address. */
const domainEntry = (entry: string) => (/^[^@]+@/.test(entry.trim()) ? undefined : allowedDomain(entry));

/** The allow list as the check uses it; a mail service's domain is left out. */
export function readAllowList(allow: readonly string[]): AllowList {
	const values: string[] = [];
	const domains = new Set<string>();
	for (const entry of allow) {
		const domain = domainEntry(entry);
		if (domain === undefined) values.push(entry);
		else if (!isMailService(domain)) domains.add(domain);
	}
	return { values, domains };
}

/** An allow-list entry that is a public mail service's domain, at its line of memoria.config.ts. */
export function checkAllowList(root: string, allow: readonly string[], language: WriterLanguage): Finding[] {
	const refused = allow.filter((entry) => {
		const domain = domainEntry(entry);
		return domain !== undefined && isMailService(domain);
	});
	if (refused.length === 0) return [];
	const config = siteLayout(root).config;
	const lines = existsSync(config) ? readFileSync(config, 'utf8').split('\n') : [];
	return refused.map((entry) => {
		const index = lines.findIndex((line) => line.includes(`'${entry}'`) || line.includes(`"${entry}"`) || line.includes(`\`${entry}\``));
		return finding(
			'error',
			'allowed-mail-service',
			{ entry, domain: domainEntry(entry)! },
			{ file: 'memoria.config.ts', line: index === -1 ? undefined : index + 1, field: 'personalData.allow' },
			language
		);
	});
}
