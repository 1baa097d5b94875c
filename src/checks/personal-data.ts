import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';

/**
 * Personal identifiers likely in these organisations' notes: e-mail addresses, phone numbers
 * and Mexico's CURP (a national ID that appears in registration lists). A value passes only
 * when the site allows it (its own public address) or the entry records consent for it.
 */
const patterns: { kind: Record<WriterLanguage, string>; pattern: RegExp }[] = [
	{ kind: { en: 'e-mail address', es: 'correo electrónico' }, pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
	{
		kind: { en: 'phone number', es: 'número de teléfono' },
		// An international number (+52 55 1234 5678), or a local one with an area code in brackets ((55) 1234-5678).
		pattern: /(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?)?\d{2,4}[\s.-]?\d{3,4}(?:[\s.-]?\d{2,4})?|\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{4})/g,
	},
	{ kind: { en: 'national ID (CURP)', es: 'identificación oficial (CURP)' }, pattern: /\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b/g },
];

export function checkPersonalData(file: ContentFile, allowed: ReadonlySet<string>, language: WriterLanguage): Finding[] {
	const consent = new Set(((file.data?.consent as string[] | undefined) ?? []).map(String));
	const findings: Finding[] = [];
	file.raw.split('\n').forEach((text, i) => {
		// The consent list itself names the values it allows.
		if (/^\s*(consent:|-\s)/.test(text) && consent.size > 0 && [...consent].some((c) => text.includes(c))) return;
		for (const { kind, pattern } of patterns) {
			for (const [value] of text.matchAll(pattern)) {
				if (allowed.has(value) || consent.has(value)) continue;
				findings.push(finding('error', 'personal-data', { kind: kind[language], text: value }, { file: file.path, line: i + 1 }, language));
			}
		}
	});
	return findings;
}
