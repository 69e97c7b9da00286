import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeChurn,
	computeChurnFromLifespan,
	computeCohortCurve,
	describeCohortCurve,
	computeMedianLifetime,
	computeRevenueRetention,
	convertChurnRate,
	parseCohortTable,
} from '#src/lib/metrics/churn.ts';
import { churnInputSchema, revenueRetentionSchema } from '#src/schemas/calculators.ts';

const churn = (input: Record<string, unknown>) => computeChurn(churnInputSchema.parse(input));

describe('computeChurn', () => {
	it('divides losses by customers at start: 10 of 200 is 5%', () => {
		const r = churn({ start: 200, added: 20, lost: 10, months: 1 });
		expect(r.periodChurn).toBeCloseTo(0.05, 10);
		expect(r.periodRetention).toBeCloseTo(0.95, 10);
		expect(r.end).toBe(210);
	});

	it('leaves joiners who left in the same period out of the start-based rate', () => {
		const r = churn({ start: 200, added: 20, lost: 10, lostNew: 2, months: 1 });
		expect(r.counted).toBe(8);
		expect(r.periodChurn).toBeCloseTo(0.04, 10);
	});

	it('uses the average of start and end under the average convention', () => {
		const r = churn({ start: 200, added: 20, lost: 10, months: 1, convention: 'average' });
		expect(r.denominator).toBe(205);
		expect(r.periodChurn).toBeCloseTo(10 / 205, 10);
	});

	it('converts 12% a quarter to 4.17% a month and 40.03% a year, compounding', () => {
		const r = churn({ start: 1000, added: 150, lost: 120, months: 3 });
		expect(r.monthlyChurn).toBeCloseTo(0.041716, 5);
		expect(r.annualChurn).toBeCloseTo(0.400305, 5);
		expect(r.quarterlyChurn).toBeCloseTo(0.12, 10);
	});

	it('gives a mean lifetime of 25 months and a median of 17 at 4% a month', () => {
		const r = churn({ start: 100, added: 0, lost: 4, months: 1 });
		expect(r.meanLifetimeMonths).toBeCloseTo(25, 8);
		expect(r.medianLifetimeMonths).toBe(17);
	});

	it('has no finite lifetime when nobody leaves', () => {
		const r = churn({ start: 100, added: 5, lost: 0, months: 1 });
		expect(r.periodChurn).toBe(0);
		expect(r.meanLifetimeMonths).toBeNull();
		expect(r.medianLifetimeMonths).toBeNull();
	});

	it('rejects churn over 100% with a message on the lost field', () => {
		const r = churnInputSchema.safeParse({ start: 10, added: 0, lost: 11, months: 1 });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0].path).toEqual(['lost']);
		expect(r.error!.issues[0].message).toMatch(/cannot exceed/);
	});

	it.each([
		[{ start: -1, added: 0, lost: 0, months: 1 }, 'start', /cannot be negative/],
		[{ start: 1.5, added: 0, lost: 0, months: 1 }, 'start', /whole number/],
		[{ start: 10, added: 0, lost: 0, months: 0 }, 'months', /at least 1/],
		[{ start: 10, added: 0, lost: 0, months: Number.NaN }, 'months', /must be a number/],
		[{ start: 10, added: 2, lost: 3, lostNew: 3, months: 1 }, 'lostNew', /cannot exceed customers added/],
	])('rejects %o naming %s', (input, field, message) => {
		const r = churnInputSchema.safeParse(input);
		expect(r.success).toBe(false);
		const issue = r.error!.issues.find((i) => i.path[0] === field);
		expect(issue?.message).toMatch(message);
	});

	const valid = fc
		.record({
			start: fc.integer({ min: 1, max: 1e6 }),
			added: fc.integer({ min: 0, max: 1e6 }),
			months: fc.integer({ min: 1, max: 36 }),
			f: fc.double({ min: 0, max: 1, noNaN: true }),
		})
		.map(({ start, added, months, f }) => ({ start, added, months, lost: Math.floor(start * f) }));

	it('keeps every rate between 0 and 1 and never NaN', () => {
		fc.assert(
			fc.property(valid, fc.constantFrom('start', 'average'), (input, convention) => {
				const r = churn({ ...input, convention });
				return [r.periodChurn, r.monthlyChurn, r.quarterlyChurn, r.annualChurn, r.annualRetention].every((x) => Number.isFinite(x) && x >= 0 && x <= 1);
			}),
		);
	});

	it('rises with each extra customer lost', () => {
		fc.assert(
			fc.property(
				valid.filter((i) => i.lost < i.start),
				(input) => churn({ ...input, lost: input.lost + 1 }).periodChurn > churn(input).periodChurn,
			),
		);
	});
});

describe('convertChurnRate', () => {
	it('round-trips monthly → annual → monthly', () => {
		fc.assert(fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), (m) => Math.abs(convertChurnRate(convertChurnRate(m, 1, 12), 12, 1) - m) < 1e-9));
	});
	it('never makes annual churn smaller than monthly churn', () => {
		fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (m) => convertChurnRate(m, 1, 12) >= m - 1e-12));
	});
	it('treats 100% churn as 100% over any period', () => {
		expect(convertChurnRate(1, 12, 1)).toBe(1);
	});
	it('reads a 36-month lifespan as 1/36 monthly churn', () => {
		expect(computeChurnFromLifespan(36)).toBeCloseTo(1 / 36, 12);
		expect(computeMedianLifetime(1)).toBe(1);
	});
});

describe('computeRevenueRetention', () => {
	it('gives GRR 95% and NRR 103% for 100,000 start, 8,000 expansion, 2,000 contraction, 3,000 churned', () => {
		const r = computeRevenueRetention({ mrr: 100000, expansion: 8000, contraction: 2000, churned: 3000 });
		expect(r.grr).toBeCloseTo(0.95, 10);
		expect(r.nrr).toBeCloseTo(1.03, 10);
	});
	it('rejects losses larger than the starting revenue', () => {
		const r = revenueRetentionSchema.safeParse({ mrr: 100, expansion: 0, contraction: 60, churned: 50 });
		expect(r.success).toBe(false);
	});
	it('never has GRR above 100% or above NRR', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e7 }),
				fc.integer({ min: 0, max: 1e7 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(mrr, expansion, a, b) => {
					const contraction = Math.floor(mrr * a * b);
					const churned = Math.floor((mrr - contraction) * a);
					const r = computeRevenueRetention({ mrr, expansion, contraction, churned });
					return r.grr <= 1 && r.grr >= 0 && r.nrr >= r.grr - 1e-12;
				},
			),
		);
	});
});

describe('cohorts', () => {
	const pasted = 'Cohort\tM0\tM1\tM2\nJan\t100\t90\t81\n\nFeb\t50\t40\nMar\tabc\t3\nApr\t0\t0\n';
	it('reads tab-separated rows, skips the header and blank lines, and reports bad lines by number', () => {
		const t = parseCohortTable(pasted);
		expect(t.cohorts.map((c) => c.label)).toEqual(['Jan', 'Feb']);
		expect(t.errors.map((e) => e.line)).toEqual([5, 6]);
	});
	it('averages retention weighted by cohort size over cohorts that reached each period', () => {
		const curve = computeCohortCurve(parseCohortTable(pasted).cohorts);
		expect(curve.cohorts[0].retention).toEqual([1, 0.9, 0.81]);
		expect(curve.average[0]).toBe(1);
		expect(curve.average[1]).toBeCloseTo(130 / 150, 10);
		expect(curve.average[2]).toBeCloseTo(0.81, 10);
	});
	it('says how many cohorts each summary figure rests on', () => {
		const pct = (f: number) => `${(f * 100).toFixed(1)}%`;
		const three = computeCohortCurve(parseCohortTable('Jan\t120\t112\t106\t101\nFeb\t95\t90\t84\nMar\t130\t121').cohorts);
		expect(three.reached).toEqual([3, 3, 2, 1]);
		expect(describeCohortCurve(three, pct)).toBe(
			'After 3 periods, 84.2% of customers remain: only 1 of the 3 cohorts has reached period 3. All 3 reached period 1, where 93.6% remain (weighted by cohort size).',
		);
		const even = computeCohortCurve(parseCohortTable('Jan\t100\t90\nFeb\t50\t40').cohorts);
		expect(describeCohortCurve(even, pct)).toBe('After 1 period, 86.7% of customers remain, across all 2 cohorts (weighted by cohort size).');
	});
	it('reads comma-separated rows too', () => {
		expect(parseCohortTable('Jan, 10, 8').cohorts[0].counts).toEqual([10, 8]);
	});
	it('refuses a cohort that grows (10, 20, 30 is not 300% retention) and names the period', () => {
		const t = parseCohortTable('Jan\t10\t20\t30\nFeb\t10\t10\t9');
		expect(t.cohorts.map((c) => c.label)).toEqual(['Feb']);
		expect(t.errors).toEqual([
			{
				line: 1,
				message:
					'line 1: period 1 has more customers (20) than the cohort started with (10); a cohort can only shrink, so put later joiners in their own cohort',
			},
		]);
	});
});
