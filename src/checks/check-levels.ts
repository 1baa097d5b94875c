import picomatch from 'picomatch';
import { type AdjustableCheck, adjustableChecks, type CheckLevel } from './adjustable-checks';
import type { Finding } from './findings';

/** `checks` of memoria.config.ts: a level per check for the whole site, and per folder or glob. */
export interface CheckSettings {
	severity: Partial<Record<AdjustableCheck, CheckLevel>>;
	folders: Record<string, Partial<Record<AdjustableCheck, CheckLevel>>>;
}

export interface LeveledFindings {
	findings: Finding[];
	/** How many findings a level of "off" left out. */
	silenced: number;
	/** Checks the configuration relaxes that a public build keeps as errors (adjustable-checks.ts). */
	keptStrict: AdjustableCheck[];
}

const isAdjustable = (id: string): id is AdjustableCheck => id in adjustableChecks;

/**
 * Whether a path of memoria.config.ts's `folders` matches a file: a glob ("content/docs/old-*.md")
 * by picomatch, anything else as a folder ("content/docs/legacy" or ".../legacy/") or one file.
 */
function folderMatcher(pattern: string): (file: string) => boolean {
	const cleaned = pattern.replace(/^\.\//, '');
	if (picomatch.scan(cleaned).isGlob) return picomatch(cleaned, { dot: true });
	const folder = cleaned.replace(/\/+$/, '');
	return (file) => file === folder || file.startsWith(`${folder}/`);
}

/** The level the site set for a check on a file: the last matching folder's, else the site's; undefined leaves the check's own. */
export function levelFor(settings: CheckSettings, id: AdjustableCheck, file: string): CheckLevel | undefined {
	let level = settings.severity[id];
	for (const [pattern, levels] of Object.entries(settings.folders)) {
		if (levels[id] && folderMatcher(pattern)(file)) level = levels[id];
	}
	return level;
}

/**
 * Applies the site's levels to what the checks found: "error" and "warn" set the severity, "off"
 * leaves the finding out. A check that protects people keeps its own severity in a public build,
 * and is named in `keptStrict` so the writer learns why the setting did not apply.
 */
export function applyCheckLevels(found: Finding[], settings: CheckSettings, audience: 'public' | 'internal'): LeveledFindings {
	const findings: Finding[] = [];
	const keptStrict = new Set<AdjustableCheck>();
	let silenced = 0;
	for (const finding of found) {
		const level = isAdjustable(finding.id) ? levelFor(settings, finding.id, finding.file) : undefined;
		if (!level) {
			findings.push(finding);
			continue;
		}
		const id = finding.id as AdjustableCheck;
		if (audience === 'public' && adjustableChecks[id] === 'internal-build' && level !== 'error') {
			keptStrict.add(id);
			findings.push(finding);
		} else if (level === 'off') silenced++;
		else findings.push({ ...finding, severity: level === 'error' ? 'error' : 'warning' });
	}
	return { findings, silenced, keptStrict: [...keptStrict] };
}
