/**
 * The print edition's plan: the plan-section pages in section order, with the
 * numbers that are missing or taken twice, so the edition says so instead of
 * printing a plan with a silent gap.
 */

/** Sections 1 to 9: the plan's fixed shape (see /plan/). */
export const PLAN_SECTION_COUNT = 9;

export interface PlanSectionOrder<T> {
	/** Entries sorted by section number (ties by title). */
	sections: T[];
	/** Section numbers 1–9 with no page. */
	missing: number[];
	/** Section numbers claimed by more than one page. */
	duplicates: number[];
}

export function orderPlanSections<T extends { section: number; title: string }>(entries: T[]): PlanSectionOrder<T> {
	const sections = [...entries].sort((a, b) => a.section - b.section || a.title.localeCompare(b.title));
	const seen = new Map<number, number>();
	for (const e of sections) seen.set(e.section, (seen.get(e.section) ?? 0) + 1);
	const all = Array.from({ length: PLAN_SECTION_COUNT }, (_, i) => i + 1);
	return {
		sections,
		missing: all.filter((n) => !seen.has(n)),
		duplicates: [...seen.entries()].filter(([, count]) => count > 1).map(([n]) => n),
	};
}

/** "4, 5 and 7" for a short list of section numbers. */
export function formatNumberList(numbers: number[]): string {
	if (numbers.length <= 1) return numbers.join('');
	return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
