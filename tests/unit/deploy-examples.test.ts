/**
 * The server configurations in examples/deploy/ say what Memoria's dist/_headers says, for hosts
 * that do not read it: each file is read here the way its server reads it (as far as these files
 * use it), and its decision for every example path of the policy is compared with
 * src/integrations/response-headers.ts, the one declaration of the headers.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheClass, cacheControl, fingerprinted, revalidatedExamples, securityHeaders } from '../../src/integrations/response-headers';

const folder = resolve(import.meta.dirname, '../../examples/deploy');
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
/** Every example path of the policy, as a URL path. */
const urlPaths = [...fingerprinted.flatMap(({ examples }) => examples), ...revalidatedExamples].map((path) => `/${path}`);
const expected = (urlPath: string) => cacheControl(cacheClass(urlPath));
const withoutComments = (text: string, mark = '#') =>
	text
		.split('\n')
		.filter((line) => !line.trim().startsWith(mark))
		.join('\n');
const byName = (pairs: readonly (readonly [string, string])[]) => Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), value]));
const expectedSecurity = byName(securityHeaders);

describe('nginx (nginx.conf and security-headers.conf)', () => {
	const config = withoutComments(read('nginx.conf'));
	const locations = [...config.matchAll(/location\s+(?:(~\*?|\^~|=)\s+)?(\S+)\s*\{([^}]*)\}/g)].map(([, modifier, path, body]) => ({
		regex: modifier?.startsWith('~') ? new RegExp(path!, modifier === '~*' ? 'i' : '') : undefined,
		prefix: modifier ? undefined : path!,
		body: body!,
	}));
	/** nginx's choice: the first regular expression that matches, else the longest matching prefix. */
	const locationFor = (path: string) =>
		locations.find((l) => l.regex?.test(path)) ??
		locations.filter((l) => l.prefix !== undefined && path.startsWith(l.prefix)).sort((a, b) => b.prefix!.length - a.prefix!.length)[0];

	it('sends the security headers of the policy, on every response (always)', () => {
		const lines = [...withoutComments(read('security-headers.conf')).matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s*(always)?;/g)];
		expect(byName(lines.map(([, name, value]) => [name!, value!]))).toEqual(expectedSecurity);
		expect(lines.every(([, , , always]) => always === 'always')).toBe(true);
	});

	it.each(urlPaths)('gives %s the Cache-Control of the policy', (path) => {
		const location = locationFor(path);
		expect(location, `no location of nginx.conf serves ${path}`).toBeDefined();
		expect(/add_header\s+Cache-Control\s+"([^"]*)"/.exec(location!.body)?.[1]).toBe(expected(path));
	});

	it('includes the security headers again in every location that adds a header (nginx drops the server’s there)', () => {
		for (const { body } of locations.filter((l) => l.body.includes('add_header'))) {
			expect(body).toContain('include snippets/memoria-security-headers.conf;');
		}
		expect(config).toMatch(/server \{[\s\S]*?\n {4}include snippets\/memoria-security-headers\.conf;/);
	});
});

describe('Apache (apache.conf)', () => {
	const config = withoutComments(read('apache.conf'));
	const ifBlock = /<If\s+"%\{REQUEST_URI\} =~ m#(.+)#">([\s\S]*?)<\/If>/.exec(config)!;
	const outside = config.replace(ifBlock[0], '');
	const cacheIn = (text: string) => /Header\s+set\s+Cache-Control\s+"([^"]*)"/.exec(text)?.[1];

	it('sends the security headers of the policy, on every response (always)', () => {
		const lines = [...outside.matchAll(/Header\s+always\s+set\s+(\S+)\s+"([^"]*)"/g)];
		expect(byName(lines.map(([, name, value]) => [name!, value!]))).toEqual(expectedSecurity);
	});

	it.each(urlPaths)('gives %s the Cache-Control of the policy', (path) => {
		const matches = new RegExp(ifBlock[1]!).test(path);
		expect(cacheIn(matches ? ifBlock[2]! : outside)).toBe(expected(path));
	});
});

describe('Caddy (Caddyfile)', () => {
	const config = withoutComments(read('Caddyfile'));
	const matchers = new Map(
		[...config.matchAll(/^\s*@(\S+)\s+(not\s+)?path_regexp\s+(\S+)\s*$/gm)].map(([, name, not, regex]) => [
			name!,
			(path: string) => new RegExp(regex!).test(path) !== Boolean(not),
		])
	);
	const cacheRules = [...config.matchAll(/^\s*header\s+@(\S+)\s+Cache-Control\s+"([^"]*)"\s*$/gm)].map(([, matcher, value]) => ({
		matches: matchers.get(matcher!)!,
		value: value!,
	}));

	it('sends the security headers of the policy', () => {
		const block = /^\s*header\s*\{([^}]*)\}/m.exec(config)![1]!;
		const lines = [...block.matchAll(/^\s*(\S+)\s+"([^"]*)"\s*$/gm)];
		expect(byName(lines.map(([, name, value]) => [name!, value!]))).toEqual(expectedSecurity);
	});

	it('has no Cache-Control without a matcher (Caddy would order it after the others and let it win)', () => {
		expect(config).not.toMatch(/^\s*header\s+Cache-Control/m);
		expect(cacheRules.every((rule) => rule.matches !== undefined)).toBe(true);
	});

	it.each(urlPaths)('gives %s the Cache-Control of the policy, from one rule only', (path) => {
		expect(cacheRules.filter((rule) => rule.matches(path)).map((rule) => rule.value)).toEqual([expected(path)]);
	});
});

describe('S3 and CloudFront (s3-cloudfront.sh, cloudfront-response-headers-policy.json)', () => {
	const script = withoutComments(read('s3-cloudfront.sh')).replace(/\\\n/g, ' ');
	/** `aws s3 sync`: filters in order, the last that matches decides; `*` matches any characters, `/` included. */
	const syncs = [...script.matchAll(/aws s3 sync dist\/ \S+([^\n]*)/g)].map(([, options]) => ({
		filters: [...options!.matchAll(/--(include|exclude) '([^']*)'/g)].map(([, kind, glob]) => ({
			include: kind === 'include',
			matches: new RegExp(`^${glob!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
		})),
		cacheControl: /--cache-control '([^']*)'/.exec(options!)?.[1],
	}));
	const uploads = (file: string) =>
		syncs.filter(({ filters }) => filters.reduce((included, filter) => (filter.matches.test(file) ? filter.include : included), true));

	it('uploads every file once, with the Cache-Control of the policy', () => {
		expect(syncs).toHaveLength(2);
		for (const path of urlPaths) {
			const file = path.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
			expect(
				uploads(file).map((sync) => sync.cacheControl),
				file
			).toEqual([expected(path)]);
		}
		expect(uploads('_headers')).toEqual([]);
	});

	it('has CloudFront send the security headers of the policy', () => {
		const policy = JSON.parse(read('cloudfront-response-headers-policy.json'));
		const security = policy.SecurityHeadersConfig;
		const sent: [string, string][] = [
			['Content-Security-Policy', security.ContentSecurityPolicy.ContentSecurityPolicy],
			['X-Content-Type-Options', security.ContentTypeOptions ? 'nosniff' : ''],
			['Referrer-Policy', security.ReferrerPolicy.ReferrerPolicy],
			['X-Frame-Options', security.FrameOptions.FrameOption],
			[
				'Strict-Transport-Security',
				`max-age=${security.StrictTransportSecurity.AccessControlMaxAgeSec}${security.StrictTransportSecurity.IncludeSubdomains ? '; includeSubDomains' : ''}${security.StrictTransportSecurity.Preload ? '; preload' : ''}`,
			],
			...policy.CustomHeadersConfig.Items.map((item: { Header: string; Value: string }) => [item.Header, item.Value] as [string, string]),
		];
		expect(byName(sent)).toEqual(expectedSecurity);
		expect(policy.CustomHeadersConfig.Quantity).toBe(policy.CustomHeadersConfig.Items.length);
	});
});

describe('Netlify (netlify.toml)', () => {
	it('adds no header rule of its own: dist/_headers carries them, and Netlify would combine the two', () => {
		expect(withoutComments(read('netlify.toml'))).not.toContain('[[headers]]');
	});
});
