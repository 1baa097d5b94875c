/**
 * Whether a heading says the same as a page's title, as a reader would see it: letters and
 * digits only, without accents, in any case. "Listen first!", "LISTEN FIRST" and "Lísten first"
 * all repeat "Listen first"; "Listen first, then build" does not. Spaces and punctuation are left
 * out rather than compared, so "E-mail" repeats "Email" and "End to end" repeats "End-to-end":
 * two titles that differ only there are the same title written twice.
 */
export function sameTitle(heading: string, title: string): boolean {
	const a = comparable(heading);
	return a !== '' && a === comparable(title);
}

function comparable(text: string): string {
	return (
		text
			// "é" becomes "e" and a combining accent, which the next step drops; "ﬁ" becomes "fi".
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]/gu, '')
	);
}
