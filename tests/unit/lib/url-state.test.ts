import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	toParamSpecs,
	churnParams,
	npsParams,
	parseChurnBasis,
	parseHealthParams,
	parseNumberText,
	parseParams,
	parseSignalParams,
	readFieldValues,
	serializeHealthParams,
	serializeParams,
	serializeSignal,
} from '#src/lib/url-state.ts';
import { clvCommonFields, recurringModel } from '#src/lib/metrics/clv-models.ts';
import { defaultHealthConfig } from '#src/lib/metrics/health.ts';

const clvParams = toParamSpecs([...recurringModel.fields, ...clvCommonFields]);

describe('parseNumberText', () => {
	it.each([
		['12', 12],
		[' 2.5 ', 2.5],
		['2.5%', 2.5],
		['1,234.5', 1234.5],
		['$450', 450],
		['-3', -3],
		['.5', 0.5],
		['1e3', 1000],
	])('reads %j as %s', (text, value) => {
		expect(parseNumberText(text)).toEqual({ ok: true, value });
	});
	it.each([['abc'], ['1,2'], ['12abc'], ['NaN'], ['Infinity'], ['1e999'], ['--1']])('rejects %j', (text) => {
		expect(parseNumberText(text)).toEqual({ ok: false, reason: 'not-a-number' });
	});
	it('calls blank text empty', () => {
		expect(parseNumberText('  ')).toEqual({ ok: false, reason: 'empty' });
		expect(parseNumberText(null)).toEqual({ ok: false, reason: 'empty' });
	});
});

describe('parseParams', () => {
	it('reads the public NPS parameters', () => {
		const r = parseParams('?promoters=50&passives=30&detractors=20', npsParams);
		expect(r.values).toMatchObject({ promoters: 50, passives: 30, detractors: 20, target: 5 });
		expect(r.messages).toEqual({});
	});

	it('uses defaults silently on a fresh visit', () => {
		const r = parseParams('', churnParams);
		expect(r.messages).toEqual({});
		expect(r.values.months).toBe(1);
	});

	it('explains nonsense, negative and missing values per field and keeps what the link gave', () => {
		const r = parseParams('promoters=abc&passives=-4', npsParams);
		expect(r.given).toEqual({ promoters: 'abc', passives: '-4' });
		expect(r.present).toEqual([]);
		expect(r.messages.promoters).toMatch(/"abc".*not a number/);
		expect(r.messages.passives).toMatch(/cannot be negative/);
		expect(r.messages.detractors).toMatch(/did not include detractors/);
		expect(Object.values(r.values).every(Number.isFinite)).toBe(true);
	});

	it('rejects churn over 100% and fractional counts from a link', () => {
		const r = parseParams('arpa=450&margin=80&churn=140', clvParams);
		expect(r.values.churn).toBe(1.5);
		expect(r.messages.churn).toMatch(/at most 100/);
		expect(parseParams('start=10.5&added=0&lost=0&months=1', churnParams).messages.start).toMatch(/whole number/);
	});

	it('never yields NaN or Infinity for any query string', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('promoters', 'passives', 'detractors', 'target', 'x'), fc.string()), (dict) => {
				const r = parseParams(new URLSearchParams(dict), npsParams);
				return Object.values(r.values).every(Number.isFinite);
			}),
		);
	});

	it('round-trips every valid CLV state through the URL', () => {
		const state = fc.record({
			arpa: fc.double({ min: 0, max: 1e6, noNaN: true }),
			margin: fc.double({ min: 0, max: 100, noNaN: true }),
			churn: fc.double({ min: 0, max: 100, noNaN: true }),
			discount: fc.double({ min: 0, max: 100, noNaN: true }),
			horizon: fc.integer({ min: 0, max: 1200 }),
			cac: fc.double({ min: 0, max: 1e6, noNaN: true }),
		});
		fc.assert(
			fc.property(state, (s) => {
				const back = parseParams(serializeParams(s, clvParams), clvParams);
				return (
					Object.keys(s).every((k) => Object.is(back.values[k], s[k as keyof typeof s]) || back.values[k] === s[k as keyof typeof s]) &&
					Object.keys(back.messages).length === 0
				);
			}),
		);
	});

	it('round-trips churn counts', () => {
		fc.assert(
			fc.property(
				fc.record({
					start: fc.nat({ max: 1e9 }),
					added: fc.nat({ max: 1e9 }),
					lost: fc.nat({ max: 1e9 }),
					months: fc.integer({ min: 1, max: 120 }),
					lostNew: fc.nat({ max: 1e9 }),
					mrr: fc.nat(),
				}),
				(s) => {
					const back = parseParams(serializeParams(s, churnParams), churnParams);
					return (['start', 'added', 'lost', 'months', 'lostNew', 'mrr'] as const).every((k) => back.values[k] === s[k]);
				},
			),
		);
	});

	it('leaves optional parameters at their default out of the link', () => {
		expect(serializeParams({ arpa: 450, margin: 80, churn: 1.5, discount: 0, horizon: 0, cac: 0 }, clvParams)).toBe('arpa=450&margin=80&churn=1.5');
		expect(serializeParams({ arpa: Number.NaN, margin: 80, churn: 1.5 }, clvParams)).toBe('margin=80&churn=1.5');
	});
});

describe('other parameters', () => {
	it('reads the churn basis', () => {
		expect(parseChurnBasis('basis=average').basis).toBe('average');
		expect(parseChurnBasis('').basis).toBe('start');
		expect(parseChurnBasis('basis=weird').message).toMatch(/must be "start" or "average"/);
	});

	it('round-trips health values, previous score and a changed signal set', () => {
		const changed = { ...defaultHealthConfig, signals: defaultHealthConfig.signals.map((s, i) => (i === 0 ? { ...s, weight: 50, name: 'Seats used' } : s)) };
		const values = { usage: 45, lastContact: null, tickets: 3, payment: 100, nps: 7 };
		const query = serializeHealthParams(values, 60, changed, defaultHealthConfig);
		const config = parseSignalParams(query, defaultHealthConfig.bands).config!;
		expect(config.signals[0]).toMatchObject({ name: 'Seats used', weight: 50, critical: 10 });
		const back = parseHealthParams(query, config);
		expect(back.values).toEqual(values);
		expect(back.previous).toBe(60);
		expect(serializeHealthParams(values, null, defaultHealthConfig, defaultHealthConfig)).not.toContain('sig=');
	});

	it('explains an unreadable signal set and a nonsense value', () => {
		expect(parseSignalParams('sig=usage~Usage~x~up~1~2', defaultHealthConfig.bands).message).toMatch(/could not be read/);
		expect(parseHealthParams('usage=lots', defaultHealthConfig).messages.usage).toMatch(/not a number/);
		expect(serializeSignal(defaultHealthConfig.signals[1])).toBe('lastContact~Days since last contact~20~down~90~14');
	});
});

describe('signal ids that are names of Object properties', () => {
	it.each(['constructor', 'toString', 'hasOwnProperty'])('reads a link whose signal is called %s', (id) => {
		const query = `sig=${id}~Ctor~10~up~0~100&${id}=40`;
		const config = parseSignalParams(query, defaultHealthConfig.bands).config!;
		expect(config.signals.map((s) => s.id)).toEqual([id]);
		const parsed = parseHealthParams(query, config);
		expect(parsed.values[id]).toBe(40);
		expect(parsed.messages[id]).toBeUndefined();
		expect(parseHealthParams('', config).values[id]).toBeNull();
		expect(serializeHealthParams(parsed.values, null, config, defaultHealthConfig)).toContain(`${id}=40`);
	});
});

describe('readFieldValues', () => {
	it('gives a value per valid field and a message per bad one', () => {
		const r = readFieldValues({ promoters: '50', passives: '', detractors: 'ten', target: '' }, npsParams);
		expect(r.values).toMatchObject({ promoters: 50, target: 5 });
		expect(r.errors.passives).toBe('Passives (7–8) is required: enter a number');
		expect(r.errors.detractors).toMatch(/must be a number; "ten" is not one/);
	});
	it('refuses amounts and counts too large to add up, with the bound written out', () => {
		const r = readFieldValues({ start: '200', added: '20', lost: '10', months: '1', mrr: '1e308', contraction: '1e308', churned: '1e308' }, churnParams);
		expect(r.errors.mrr).toBe('Starting recurring revenue must be at most 1,000,000,000,000');
		expect(readFieldValues({ start: '1e300', added: '0', lost: '0', months: '1' }, churnParams).errors.start).toBe(
			'Customers at start must be at most 1,000,000,000',
		);
	});

	it('never returns a non-finite value', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('start', 'added', 'lost', 'months'), fc.string()), (raw) =>
				Object.values(readFieldValues(raw, churnParams).values).every(Number.isFinite),
			),
		);
	});
});
