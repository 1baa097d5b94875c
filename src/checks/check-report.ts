import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WriterLanguage } from '../errors/writer-language';
import { type Finding, place } from './findings';

/** Where `memoria check` and the build list the warnings, from the site's root. */
export const checkReportPath = '.memoria/check-report.md';

const words = {
	en: {
		title: 'Warnings of the content checks',
		intro:
			'Written by `memoria check` and by every build. Each item is something to fix when there is time; the build goes on meanwhile. The file changes only when the warnings do, so its history in git shows the work done.',
		group: (id: string, count: number) => `## memoria:${id} (${count})`,
		fix: 'How to fix it',
	},
	es: {
		title: 'Avisos de la revisión del contenido',
		intro:
			'Lo escriben `memoria check` y cada construcción. Cada punto es algo por corregir cuando haya tiempo; mientras tanto, la construcción sigue. El archivo cambia solo cuando cambian los avisos, así que su historia en git muestra el trabajo hecho.',
		group: (id: string, count: number) => `## memoria:${id} (${count})`,
		fix: 'Cómo corregirlo',
	},
} satisfies Record<WriterLanguage, unknown>;

/**
 * Writes every warning into .memoria/check-report.md as a checklist grouped by check, so a team
 * can track what is left of material brought in with known faults; removes the report when
 * nothing is left, so an old list never outlives its warnings. Returns the report's path, or
 * undefined when there is none.
 */
export function writeCheckReport(root: string, warnings: Finding[], language: WriterLanguage): string | undefined {
	const path = join(root, checkReportPath);
	if (warnings.length === 0) {
		rmSync(path, { force: true });
		return undefined;
	}
	const text = words[language];
	const byId = Map.groupBy(warnings, (w) => w.id);
	const lines = [`# ${text.title}`, '', text.intro, ''];
	for (const [id, group] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
		lines.push(text.group(id, group.length), '', `${text.fix}: ${group[0]!.hint}`, '');
		for (const w of group) lines.push(`- [ ] \`${place(w)}\`: ${w.message}`);
		lines.push('');
	}
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, lines.join('\n'));
	return path;
}
