/**
 * Whether a URL written in content may become a link or an image source: relative, a fragment,
 * or one of the allowed schemes. Everything else — javascript:, data:, vbscript:, file:, and
 * any scheme nobody listed — is refused (OWASP: allow-lists, not block-lists). Control
 * characters and spaces are removed first, as browsers do ("jav\tascript:" is javascript:).
 */
export const webSchemes = ['http:', 'https:'] as const;
export const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export function isSafeUrl(url: string, schemes: readonly string[] = linkSchemes): boolean {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these before reading a scheme, so must we
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
	if (scheme === undefined) return !cleaned.startsWith('//') || schemes.includes('https:');
	return schemes.includes(`${scheme.toLowerCase()}:`);
}
