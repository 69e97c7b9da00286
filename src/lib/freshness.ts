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

/** One page as the review report sees it. */
export interface ReviewItem {
	/** Page id, e.g. standards/response-times. */
	id: string;
	title: string;
	/** Source file from the project root. */
	file: string;
	/** Owner id. */
	owner: string;
	/** Page status; retired pages need no review and are left out. */
	status: string;
	reviewed: Date;
	reviewBy: Date;
}

export interface OwnerSummary {
	owner: string;
	/** Pages the owner is accountable for (not retired). */
	pages: number;
	overdue: number;
	dueSoon: number;
}

export interface ReviewReport {
	today: Date;
	/** Every page to review, overdue first, with its freshness and days left (negative when overdue). */
	items: (ReviewItem & { freshness: Freshness; daysLeft: number })[];
	byOwner: OwnerSummary[];
	counts: Record<Freshness, number>;
}

/** Whole days from today to the review date; negative when it has passed. */
export function computeDaysLeft(reviewBy: Date, today: Date): number {
	return Math.floor((reviewBy.getTime() - today.getTime()) / DAY_MS);
}

/**
 * The review meeting's agenda: every page not retired, overdue first, then
 * due within DUE_SOON_DAYS; and per owner, how many of their pages are in each
 * state (owners with overdue pages first).
 */
export function computeReviewReport(pages: ReviewItem[], today: Date): ReviewReport {
	const items = sortByFreshness(
		pages.filter((p) => p.status !== 'retired'),
		today,
	).map((p) => ({ ...p, daysLeft: computeDaysLeft(p.reviewBy, today) }));
	const counts: Record<Freshness, number> = { overdue: 0, 'due-soon': 0, current: 0 };
	const owners = new Map<string, OwnerSummary>();
	for (const item of items) {
		counts[item.freshness]++;
		const summary = owners.get(item.owner) ?? { owner: item.owner, pages: 0, overdue: 0, dueSoon: 0 };
		summary.pages++;
		if (item.freshness === 'overdue') summary.overdue++;
		if (item.freshness === 'due-soon') summary.dueSoon++;
		owners.set(item.owner, summary);
	}
	const byOwner = [...owners.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.owner.localeCompare(b.owner));
	return { today, items, byOwner, counts };
}
