import type { FileTime } from './git-history';

/**
 * Whether a translation is up to date with its original. A translation is stale when the
 * original changed after the translation did, unless a translator recorded (`sourceChecked`)
 * that they compared the two on or after the original's change and found nothing to update.
 */
export type TranslationState = 'original' | 'up-to-date' | 'missing' | 'stale' | 'unknown';

export interface TranslationStatus {
	state: TranslationState;
	/** For stale: when the original and the translation last changed (seconds). */
	sourceTime?: number | undefined;
	translationTime?: number | undefined;
	/** Why the state is unknown, or that a time came from an uncommitted file. */
	note?: 'no-git' | 'shallow' | 'not-in-history' | 'uncommitted';
}

export function translationStatus(source: FileTime, translation: FileTime | undefined, sourceChecked?: Date): TranslationStatus {
	if (!translation) return { state: 'missing' };
	const checked = sourceChecked ? Math.floor(sourceChecked.getTime() / 1000) + 86_399 : undefined;
	const unknown = source.unknown ?? translation.unknown;
	const note = unknown ?? (source.uncommitted || translation.uncommitted ? 'uncommitted' : undefined);
	if (source.time === undefined || translation.time === undefined) {
		// A check recorded by the translator still counts when git cannot tell.
		return checked !== undefined && source.time !== undefined && checked >= source.time
			? { state: 'up-to-date', ...(note ? { note } : {}) }
			: { state: 'unknown', note: unknown ?? 'not-in-history' };
	}
	const translated = Math.max(translation.time, checked ?? 0);
	return source.time > translated
		? { state: 'stale', sourceTime: source.time, translationTime: translation.time, ...(note ? { note } : {}) }
		: { state: 'up-to-date', ...(note ? { note } : {}) };
}
