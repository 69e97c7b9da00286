import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeCacPayback,
	computeClv,
	computeClvSensitivity,
	computeLtvToCac,
	computeSensitivityRange,
	convertAnnualToMonthlyRate,
} from '#src/lib/metrics/clv.ts';
import { clvModels, findClvModel } from '#src/lib/metrics/clv-models.ts';

const none = { discount: 0, horizon: 0 };

describe('computeClv', () => {
	it('values 450 a month at 80% margin and 1.5% churn at 24,000 (simple)', () => {
		const stream = clvModels.recurring.toStream({ arpa: 450, margin: 80, churn: 1.5 });
		expect(stream.monthlyProfit).toBeCloseTo(360, 10);
		expect(computeClv(stream, none).value).toBeCloseTo(24000, 6);
	});

	it('discounts at 10% a year to about 15,670 with cash at the end of each month', () => {
		const r = computeClv({ monthlyProfit: 360, monthlyChurn: 0.015 }, { discount: 10, horizon: 0 });
		// 360 / (0.015 + (1.1^(1/12) − 1)).
		expect(r.value).toBeCloseTo(360 / (0.015 + convertAnnualToMonthlyRate(10)), 6);
		expect(r.value).toBeCloseTo(15669.79, 1);
	});

	it('counts only the horizon when one is given: 36 months at 0% churn is 36 × profit', () => {
		expect(computeClv({ monthlyProfit: 360, monthlyChurn: 0 }, { discount: 0, horizon: 36 }).value).toBeCloseTo(12960, 8);
	});

	it('returns no value, not Infinity, for zero churn with no discount and no horizon', () => {
		const r = computeClv({ monthlyProfit: 360, monthlyChurn: 0 }, none);
		expect(r.value).toBeNull();
		expect(r.reason).toBe('no-end');
	});

	it('returns no value when growth outpaces churn and discount without a horizon', () => {
		expect(computeClv({ monthlyProfit: 100, monthlyChurn: 0.001, monthlyGrowth: 0.01 }, { discount: 5, horizon: 0 }).value).toBeNull();
	});

	const stream = fc.record({
		monthlyProfit: fc.double({ min: 0, max: 1e6, noNaN: true }),
		monthlyChurn: fc.double({ min: 0, max: 1, noNaN: true }),
	});
	const options = fc.record({ discount: fc.double({ min: 0, max: 100, noNaN: true }), horizon: fc.integer({ min: 0, max: 600 }) });

	it('is finite and never negative, or explicitly has no end', () => {
		fc.assert(
			fc.property(stream, options, (s, o) => {
				const r = computeClv(s, o);
				return r.value === null
					? r.reason === 'no-end' && s.monthlyChurn < 1e-9 && o.discount < 1e-6 && o.horizon === 0
					: Number.isFinite(r.value) && r.value >= 0;
			}),
		);
	});

	it('falls as churn rises and as the discount rate rises', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 1e5, noNaN: true }),
				fc.double({ min: 0.001, max: 0.5, noNaN: true }),
				fc.double({ min: 0, max: 50, noNaN: true }),
				(p, c, d) => {
					const base = computeClv({ monthlyProfit: p, monthlyChurn: c }, { discount: d, horizon: 0 }).value!;
					const moreChurn = computeClv({ monthlyProfit: p, monthlyChurn: c * 1.5 }, { discount: d, horizon: 0 }).value!;
					const moreDiscount = computeClv({ monthlyProfit: p, monthlyChurn: c }, { discount: d + 5, horizon: 0 }).value!;
					return moreChurn < base && moreDiscount < base;
				},
			),
		);
	});

	it('never exceeds the unlimited value with a horizon', () => {
		fc.assert(
			fc.property(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.integer({ min: 1, max: 600 }), (p, c, h) => {
				const limited = computeClv({ monthlyProfit: p, monthlyChurn: c }, { discount: 0, horizon: h }).value!;
				const unlimited = computeClv({ monthlyProfit: p, monthlyChurn: c }, none).value!;
				return limited <= unlimited * (1 + 1e-9);
			}),
		);
	});
});

describe('LTV:CAC and payback', () => {
	it('gives 4.8 : 1 and a 13.9-month payback for CLV 24,000, CAC 5,000, profit 360 a month', () => {
		expect(computeLtvToCac(24000, 5000)).toBeCloseTo(4.8, 10);
		expect(computeCacPayback(5000, 360)).toBeCloseTo(13.89, 2);
	});
	it('has no ratio or payback without a CAC or a profit', () => {
		expect(computeLtvToCac(24000, 0)).toBeNull();
		expect(computeLtvToCac(null, 100)).toBeNull();
		expect(computeCacPayback(5000, 0)).toBeNull();
	});
});

describe('sensitivity', () => {
	it('spans half to double the current churn and falls as churn rises', () => {
		const range = computeSensitivityRange(0.02);
		expect(range[0]).toBeCloseTo(0.01, 10);
		expect(range.at(-1)).toBeCloseTo(0.04, 10);
		const points = computeClvSensitivity({ monthlyProfit: 360, monthlyChurn: 0.02 }, none, range);
		for (let i = 1; i < points.length; i++) expect(points[i].value!).toBeLessThan(points[i - 1].value!);
	});
	it('never includes zero churn', () => {
		fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (c) => computeSensitivityRange(c).every((x) => x > 0 && x <= 1)));
	});
});

describe('CLV models', () => {
	it('values a retail customer: 60 × 4 a year × 40% × 3 years = 288', () => {
		const m = clvModels.retail;
		expect(computeClv(m.toStream({ orderValue: 60, frequency: 4, lifespan: 3, margin: 40, returns: 0 }), none).value).toBeCloseTo(288, 8);
	});
	it('values a retail customer net of returns: 60 × (1 − 25%) × 4 a year × 40% × 3 years = 216', () => {
		const m = clvModels.retail;
		expect(computeClv(m.toStream({ orderValue: 60, frequency: 4, lifespan: 3, margin: 40, returns: 25 }), none).value).toBeCloseTo(216, 8);
	});
	it('values a professional-services client: 12,000 × 2 × 35% a year at 75% retention', () => {
		const s = clvModels['professional-services'].toStream({ fee: 12000, projects: 2, margin: 35, retention: 75 });
		expect(s.monthlyProfit).toBeCloseTo(700, 8);
		expect(s.monthlyChurn).toBeCloseTo(1 - Math.pow(0.75, 1 / 12), 12);
		expect(computeClv(s, none).value).toBeCloseTo(700 / s.monthlyChurn, 6);
	});
	it('grows financial-services value with asset growth', () => {
		const m = clvModels['financial-services'];
		const flat = computeClv(m.toStream({ aum: 250000, fee: 1, margin: 30, retention: 92, growth: 0 }), { discount: 8, horizon: 0 }).value!;
		const growing = computeClv(m.toStream({ aum: 250000, fee: 1, margin: 30, retention: 92, growth: 4 }), { discount: 8, horizon: 0 }).value!;
		expect(flat).toBeGreaterThan(0);
		expect(growing).toBeGreaterThan(flat);
	});
	it('gives every field a default inside its bounds and every model a finite value at its defaults', () => {
		for (const model of Object.values(clvModels)) {
			const values = Object.fromEntries(model.fields.map((f) => [f.id, f.default]));
			for (const f of model.fields) {
				expect(f.default).toBeGreaterThanOrEqual(f.min);
				if (f.max !== undefined) expect(f.default).toBeLessThanOrEqual(f.max);
			}
			const v = computeClv(model.toStream(values), none).value;
			expect(Number.isFinite(v), model.id).toBe(true);
		}
	});
	it('falls back to recurring revenue for an unknown model id', () => {
		expect(findClvModel('nope').id).toBe('recurring');
		expect(findClvModel('retail').id).toBe('retail');
	});
});
