/**
 * Review freshness: which pages are overdue or due soon. Shared by the Content
 * health page, the build warning and `npm run review-report`.
 */

export type Freshness = 'overdue' | 'due-soon' | 'current';

/** How far ahead "due soon" looks: a month gives owners one review cycle's notice. */
export const DUE_SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function classifyFreshness(reviewBy: Date, today: Date): Freshness {
	const remaining = reviewBy.getTime() - today.getTime();
	if (remaining < 0) return 'overdue';
	if (remaining <= DUE_SOON_DAYS * DAY_MS) return 'due-soon';
	return 'current';
}

const rank: Record<Freshness, number> = { overdue: 0, 'due-soon': 1, current: 2 };

/** Overdue first, then due soon, then the rest; earliest review date first within each. */
export function sortByFreshness<T extends { reviewBy: Date }>(items: T[], today: Date): (T & { freshness: Freshness })[] {
	return items
		.map((item) => ({ ...item, freshness: classifyFreshness(item.reviewBy, today) }))
		.sort((a, b) => rank[a.freshness] - rank[b.freshness] || a.reviewBy.getTime() - b.reviewBy.getTime());
}
