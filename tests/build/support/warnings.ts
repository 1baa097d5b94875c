/**
 * The lines of a command's output that are warnings: Astro's and its integrations' (`[WARN]`),
 * Vite's (`(!)`) and Memoria's own (`⚠`), without the terminal's colours.
 */
export function warningLines(output: string): string[] {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's colour codes
	const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
	return plain.split('\n').filter((line) => /\[WARN\]|\(!\)|⚠/.test(line));
}
