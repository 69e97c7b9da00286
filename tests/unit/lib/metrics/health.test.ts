import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeBand, computeHealth, computeSignalPoints, countByBand, defaultHealthConfig, sortByRisk } from '#src/lib/metrics/health.ts';
import { healthConfigSchema, type HealthConfig } from '#src/schemas/calculators.ts';

const config: HealthConfig = healthConfigSchema.parse({
	signals: [
		{ id: 'usage', name: 'Usage', weight: 50, direction: 'higher-is-better', poor: 20, good: 80, critical: 10 },
		{ id: 'tickets', name: 'Open tickets', weight: 25, direction: 'lower-is-better', poor: 10, good: 0 },
		{ id: 'nps', name: 'Survey score', weight: 25, direction: 'higher-is-better', poor: 4, good: 9 },
	],
});

describe('computeHealth', () => {
	it('weights signal points: usage 50 (50 pts), tickets 2 (80 pts), survey 9 (100 pts) → 70, green', () => {
		const r = computeHealth(config, { usage: 50, tickets: 2, nps: 9 });
		expect(r.score).toBe(70);
		expect(r.band).toBe('green');
		expect(r.coverage).toBe(1);
		expect(r.weakest?.id).toBe('usage');
	});

	it('leaves a missing signal out, renormalises the weights and shows coverage', () => {
		const r = computeHealth(config, { usage: 50, tickets: null });
		expect(r.coverage).toBe(0.5);
		expect(r.score).toBe(50);
		const s = r.contributions.filter((c) => c.points !== null).reduce((a, c) => a + c.share, 0);
		expect(s).toBeCloseTo(1, 12);
	});

	it('forces red when a critical signal is hit, whatever the score', () => {
		const r = computeHealth(config, { usage: 8, tickets: 0, nps: 10 });
		expect(r.score).toBe(50);
		expect(r.band).toBe('red');
		expect(r.forcedRed).toBe(true);
		expect(r.criticalSignals).toEqual(['Usage']);
	});

	it('has no score and no band when no signal has data', () => {
		const r = computeHealth(config, {});
		expect(r.score).toBeNull();
		expect(r.band).toBeNull();
		expect(r.coverage).toBe(0);
	});

	it('shows the trend against the previous score, flat under one point', () => {
		expect(computeHealth(config, { usage: 50, tickets: 2, nps: 9 }, 60).trend).toBe('up');
		expect(computeHealth(config, { usage: 50, tickets: 2, nps: 9 }, 75).change).toBe(-5);
		expect(computeHealth(config, { usage: 50, tickets: 2, nps: 9 }, 69.5).trend).toBe('flat');
	});

	it.each([
		[70, 'green'],
		[69.9, 'yellow'],
		[40, 'yellow'],
		[39.9, 'red'],
		[0, 'red'],
		[100, 'green'],
	] as const)('bands a score of %s as %s', (score, band) => {
		expect(computeBand(score)).toBe(band);
	});

	const values = fc.record({
		usage: fc.option(fc.double({ min: -100, max: 200, noNaN: true }), { nil: null }),
		tickets: fc.option(fc.double({ min: -5, max: 50, noNaN: true }), { nil: null }),
		nps: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
	});

	it('stays within 0–100 with shares of present signals summing to 1', () => {
		fc.assert(
			fc.property(values, (v) => {
				const r = computeHealth(config, v);
				if (r.score === null) return Object.values(v).every((x) => x === null);
				const shares = r.contributions.filter((c) => c.points !== null).reduce((a, c) => a + c.share, 0);
				return r.score >= 0 && r.score <= 100 && Math.abs(shares - 1) < 1e-9 && r.coverage > 0 && r.coverage <= 1;
			}),
		);
	});

	it('never falls when a higher-is-better signal improves', () => {
		fc.assert(
			fc.property(values, fc.double({ min: 0, max: 50, noNaN: true }), (v, bump) => {
				if (v.usage === null) return true;
				const a = computeHealth(config, v).score!;
				const b = computeHealth(config, { ...v, usage: v.usage + bump }).score!;
				return b >= a;
			}),
		);
	});

	it('gives the same score when all weights are scaled', () => {
		fc.assert(
			fc.property(values, fc.double({ min: 0.01, max: 100, noNaN: true }), (v, k) => {
				const scaled = { ...config, signals: config.signals.map((s) => ({ ...s, weight: s.weight * k })) };
				const a = computeHealth(config, v).score;
				const b = computeHealth(scaled, v).score;
				return a === null ? b === null : Math.abs(a - b!) <= 0.1;
			}),
		);
	});

	it('maps signal values linearly between poor and good', () => {
		expect(computeSignalPoints({ poor: 90, good: 14 }, 52)).toBe(50);
		expect(computeSignalPoints({ poor: 20, good: 80 }, 100)).toBe(100);
		expect(computeSignalPoints({ poor: 20, good: 80 }, 0)).toBe(0);
	});
});

describe('portfolio', () => {
	it('sorts red first, then yellow, then green, lowest score first, unscored last', () => {
		const rows = [
			{ account: 'A', values: { usage: 80, tickets: 0, nps: 9 } },
			{ account: 'B', values: {} },
			{ account: 'C', values: { usage: 30, tickets: 8, nps: 5 } },
			{ account: 'D', values: { usage: 60, tickets: 5, nps: 6 } },
			{ account: 'E', values: { usage: 5, tickets: 0, nps: 10 } },
		].map((r) => ({ account: r.account, result: computeHealth(config, r.values) }));
		const sorted = sortByRisk(rows);
		expect(sorted.map((r) => r.account)).toEqual(['C', 'E', 'D', 'A', 'B']);
		expect(countByBand(rows)).toEqual({ red: 2, yellow: 1, green: 1, none: 1 });
	});

	it('orders any portfolio by band, then score, keeping file order for ties', () => {
		const band = fc.constantFrom('red', 'yellow', 'green', null);
		const score = fc.option(
			fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
			{ nil: null },
		);
		const account = fc.record({ band, score }).map(({ band, score }) => ({ result: { band, score: band === null ? null : score } }));
		const rank = (r: { band: string | null }) => (r.band === null ? 3 : ['red', 'yellow', 'green'].indexOf(r.band));
		fc.assert(
			fc.property(fc.array(account, { maxLength: 300 }), (accounts) => {
				const expected = accounts
					.map((a, i) => ({ a, i }))
					.sort((x, y) => rank(x.a.result) - rank(y.a.result) || (x.a.result.score ?? 999) - (y.a.result.score ?? 999) || x.i - y.i)
					.map(({ a }) => a);
				const sorted = sortByRisk(accounts);
				expect(sorted).toHaveLength(accounts.length);
				sorted.forEach((a, i) => expect(a).toBe(expected[i]));
			}),
		);
	});
});

describe('health configuration', () => {
	it('accepts the default configuration', () => {
		expect(healthConfigSchema.safeParse(defaultHealthConfig).success).toBe(true);
	});
	it('rejects good and poor thresholds the wrong way round for the direction', () => {
		const r = healthConfigSchema.safeParse({ signals: [{ id: 'usage', name: 'Usage', weight: 1, direction: 'higher-is-better', poor: 80, good: 20 }] });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0].message).toMatch(/must be above its poor threshold/);
	});
	it('rejects duplicate ids and all-zero weights', () => {
		const s = { name: 'X', weight: 0, direction: 'higher-is-better', poor: 0, good: 1 };
		const r = healthConfigSchema.safeParse({
			signals: [
				{ id: 'a', ...s },
				{ id: 'a', ...s },
			],
		});
		expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/used twice.*weight above 0|weight above 0.*used twice/s);
	});
});
