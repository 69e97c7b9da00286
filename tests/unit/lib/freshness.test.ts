import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyFreshness, sortByFreshness } from '#src/lib/freshness.ts';

const today = new Date('2026-11-22T00:00:00Z');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('review freshness', () => {
	it.each([
		['2026-11-21', 'overdue'],
		['2026-11-22', 'due-soon'],
		['2026-12-22', 'due-soon'],
		['2026-12-23', 'current'],
	] as const)('a page due %s is %s', (reviewBy, expected) => {
		expect(classifyFreshness(d(reviewBy), today)).toBe(expected);
	});

	it('lists overdue pages first, then due soon, each earliest first', () => {
		const sorted = sortByFreshness(
			[{ reviewBy: d('2027-06-01') }, { reviewBy: d('2026-12-01') }, { reviewBy: d('2026-10-01') }, { reviewBy: d('2026-03-01') }],
			today,
		);
		expect(sorted.map((p) => [p.reviewBy.toISOString().slice(0, 10), p.freshness])).toEqual([
			['2026-03-01', 'overdue'],
			['2026-10-01', 'overdue'],
			['2026-12-01', 'due-soon'],
			['2027-06-01', 'current'],
		]);
	});

	it('never puts a later review date before an earlier one', () => {
		fc.assert(
			fc.property(fc.array(fc.date({ min: d('2020-01-01'), max: d('2030-01-01'), noInvalidDate: true })), (dates) => {
				const sorted = sortByFreshness(
					dates.map((reviewBy) => ({ reviewBy })),
					today,
				);
				for (let i = 1; i < sorted.length; i++) {
					expect(sorted[i - 1].reviewBy.getTime()).toBeLessThanOrEqual(sorted[i].reviewBy.getTime());
				}
			}),
		);
	});
});
