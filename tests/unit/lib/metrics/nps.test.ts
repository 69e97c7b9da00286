import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyNpsAnswer, compareNps, computeNps, computeNpsSampleSize, computeScoreDistribution, countNpsAnswers } from '#src/lib/metrics/nps.ts';
import { computeNormalCdf, computeNormalQuantile } from '#src/lib/metrics/stats.ts';

const counts = fc.record({
	promoters: fc.integer({ min: 0, max: 5000 }),
	passives: fc.integer({ min: 0, max: 5000 }),
	detractors: fc.integer({ min: 0, max: 5000 }),
});

describe('computeNps', () => {
	it('scores 50 promoters, 30 passives, 20 detractors as +30 with a 15.1-point margin', () => {
		const r = computeNps({ promoters: 50, passives: 30, detractors: 20 })!;
		expect(r.score).toBe(30);
		expect(r.responses).toBe(100);
		expect(r.promoterShare).toBe(50);
		expect(r.passiveShare).toBe(30);
		expect(r.detractorShare).toBe(20);
		// Adjusted Wald: n' = 103, p' = 50.75/103, d' = 20.75/103.
		expect(r.marginOfError).toBeCloseTo(15.075, 2);
		expect(r.low).toBeCloseTo(14.05, 1);
		expect(r.high).toBeCloseTo(44.2, 1);
		expect(r.smallSample).toBe(false);
	});

	it('gives no score for zero responses, never 0', () => {
		expect(computeNps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
	});

	it('keeps a real interval when every answer is a promoter', () => {
		const r = computeNps({ promoters: 10, passives: 0, detractors: 0 })!;
		expect(r.score).toBe(100);
		expect(r.marginOfError).toBeCloseTo(29.42, 1);
		expect(r.low).toBeLessThan(100);
		expect(r.high).toBe(100);
	});

	it('warns below the minimum sample of 30', () => {
		expect(computeNps({ promoters: 20, passives: 5, detractors: 4 })!.smallSample).toBe(true);
		expect(computeNps({ promoters: 20, passives: 5, detractors: 5 })!.smallSample).toBe(false);
	});

	it('excludes passives from the score but counts them as responses', () => {
		const a = computeNps({ promoters: 10, passives: 0, detractors: 5 })!;
		const b = computeNps({ promoters: 10, passives: 15, detractors: 5 })!;
		expect(a.score).toBeCloseTo(33.33, 2);
		expect(b.score).toBeCloseTo(16.67, 2);
	});

	it('always lies within −100..100 with a finite, positive margin and an interval that is ordered', () => {
		fc.assert(
			fc.property(counts, (c) => {
				const r = computeNps(c);
				if (c.promoters + c.passives + c.detractors === 0) return r === null;
				return (
					r !== null &&
					r.score >= -100 &&
					r.score <= 100 &&
					Number.isFinite(r.marginOfError) &&
					r.marginOfError > 0 &&
					r.low >= -100 &&
					r.high <= 100 &&
					r.low <= r.high &&
					Math.abs(r.promoterShare + r.passiveShare + r.detractorShare - 100) < 1e-9
				);
			}),
		);
	});

	it('rises when one detractor becomes a promoter', () => {
		fc.assert(
			fc.property(
				counts.filter((c) => c.detractors > 0),
				(c) => {
					const before = computeNps(c)!.score;
					const after = computeNps({ ...c, detractors: c.detractors - 1, promoters: c.promoters + 1 })!.score;
					return after > before;
				},
			),
		);
	});

	it('narrows the margin as the sample grows tenfold with the same mix', () => {
		fc.assert(
			fc.property(
				counts.filter((c) => c.promoters + c.passives + c.detractors > 0),
				(c) => {
					const small = computeNps(c)!.marginOfError;
					const large = computeNps({ promoters: c.promoters * 10, passives: c.passives * 10, detractors: c.detractors * 10 })!.marginOfError;
					return large < small;
				},
			),
		);
	});
});

describe('compareNps', () => {
	it('calls +30 to +45 on 100 responses each not significant (p ≈ 0.17)', () => {
		const r = compareNps({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 60, passives: 25, detractors: 15 })!;
		expect(r.difference).toBeCloseTo(15, 6);
		expect(r.pValue).toBeCloseTo(0.17, 2);
		expect(r.significant).toBe(false);
		expect(r.test).toMatch(/z-test/);
	});

	it('calls the same change on 1,000 responses each significant', () => {
		const r = compareNps({ promoters: 500, passives: 300, detractors: 200 }, { promoters: 600, passives: 250, detractors: 150 })!;
		expect(r.pValue).toBeLessThan(0.001);
		expect(r.significant).toBe(true);
	});

	it('has no comparison when a survey is empty', () => {
		expect(compareNps({ promoters: 0, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 })).toBeNull();
	});

	it('gives a p-value between 0 and 1', () => {
		fc.assert(
			fc.property(counts, counts, (a, b) => {
				const r = compareNps(a, b);
				if (r === null) return true;
				return r.pValue >= 0 && r.pValue <= 1 && Number.isFinite(r.z);
			}),
		);
	});
});

describe('computeNpsSampleSize', () => {
	it('needs 1,534 responses for ±5 points in the worst case', () => {
		expect(computeNpsSampleSize(5)).toBe(1534);
	});
	it('needs fewer with an expected 50/30/20 mix', () => {
		expect(computeNpsSampleSize(5, 0.95, { promoters: 50, passives: 30, detractors: 20 })).toBe(934);
	});
	it('needs more for a smaller margin', () => {
		fc.assert(fc.property(fc.double({ min: 0.5, max: 50, noNaN: true }), (m) => computeNpsSampleSize(m) >= computeNpsSampleSize(m * 1.5)));
	});
});

describe('answers', () => {
	it.each([
		[0, 'detractor'],
		[6, 'detractor'],
		[7, 'passive'],
		[8, 'passive'],
		[9, 'promoter'],
		[10, 'promoter'],
		[11, null],
		[-1, null],
		[7.5, null],
	])('classifies %s as %s', (score, group) => {
		expect(classifyNpsAnswer(score)).toBe(group);
	});
	it('counts and bins raw answers', () => {
		const scores = [10, 9, 9, 8, 7, 6, 0, 3, 10];
		expect(countNpsAnswers(scores)).toEqual({ promoters: 4, passives: 2, detractors: 3 });
		expect(computeScoreDistribution(scores)).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 2]);
	});
});

describe('normal distribution helpers', () => {
	it('gives z = 1.96 for 95% and Φ(1.96) = 0.975', () => {
		expect(computeNormalQuantile(0.975)).toBeCloseTo(1.959964, 5);
		expect(computeNormalCdf(1.959964)).toBeCloseTo(0.975, 6);
		expect(computeNormalCdf(0)).toBeCloseTo(0.5, 7);
	});
});
