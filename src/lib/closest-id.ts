import { editDistance } from './edit-distance';

/** The closest existing id by edit distance, if it is close enough to be a typo. */
export function closestId(id: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = editDistance(id, c);
		if (d < bestDistance) [best, bestDistance] = [c, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}
