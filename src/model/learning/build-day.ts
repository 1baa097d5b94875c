/**
 * "Today" for overdue items and reviews: the day the site is built (UTC), or MEMORIA_TODAY
 * (YYYY-MM-DD) when set, so a build can be reproduced and tests do not depend on the calendar.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): Date {
	const fixed = env.MEMORIA_TODAY;
	if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
