import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeAxisRange,
	computeLabelWidth,
	formatAxisTicks,
	formatCategoryTick,
	formatTick,
	NARROWEST_LABEL,
	type AxisKind,
	type AxisSpec,
} from '#src/lib/chart-ticks.ts';

const labelsFor = (values: (number | null)[], axis: AxisSpec, includeZero = false) => formatAxisTicks(computeAxisRange(values, axis, { includeZero }), axis);

/** A label's shape with the digits taken out: "1,500" and "0" are both "#", "82.5%" is "#.#%". */
const shapeOf = (label: string) =>
	label
		.replace(/[−-]/, '')
		.replace(/\d[\d,]*/, '#')
		.replace(/\d/g, '#');

describe('the value axis readers see', () => {
	it.each<[string, (number | null)[], AxisSpec, boolean, string[]]>([
		// The health-score portfolio once read 0, 1, 1, 2, 2, 3, 3, 4, 4.
		['accounts by band counts in whole accounts', [4, 1, 3], { kind: 'count' }, true, ['0', '1', '2', '3', '4', '5']],
		['a single account still gets whole-number ticks', [1, 0, 0], { kind: 'count' }, true, ['0', '1', '2']],
		['no accounts at all still draws an axis', [0, 0, 0], { kind: 'count' }, true, ['0', '1']],
		['answers in the hundreds step in round numbers', [120, 430, 65], { kind: 'count' }, true, ['0', '100', '200', '300', '400', '500']],
		// The CLV chart once mixed "0.00" with "5,000".
		[
			'lifetime value is written without cents once the step is whole',
			[36000, 24000, 14400, 9000],
			{ kind: 'money' },
			false,
			['0', '10,000', '20,000', '30,000', '40,000'],
		],
		['money with a currency carries its symbol on every tick', [80, 240], { kind: 'money', currency: 'USD' }, true, ['$0', '$100', '$200', '$300']],
		['small amounts show both cent digits on every tick', [0.2, 0.9], { kind: 'money' }, false, ['0.00', '0.20', '0.40', '0.60', '0.80', '1.00']],
		// The cohort chart once sat on a fixed 0–100% axis that squashed its lines.
		['cohort retention fits the lines and stops at 100%', [100, 90, 81, 100, 80], { kind: 'percent' }, false, ['75%', '80%', '85%', '90%', '95%', '100%']],
		['a percent near zero never goes below 0%', [1, 3, 2.5], { kind: 'percent' }, false, ['0%', '1%', '2%', '3%', '4%']],
		['a percent with a narrow spread gets the one decimal it needs', [41.2, 42.1], { kind: 'percent' }, false, ['41.0%', '41.5%', '42.0%', '42.5%']],
		['negative numbers carry a true minus sign', [-3, 4], { kind: 'number' }, false, ['−4', '−2', '0', '2', '4', '6']],
	])('%s', (_name, values, axis, includeZero, expected) => {
		const labels = labelsFor(values, axis, includeZero);
		expect(labels).toEqual(expected);
		expect(new Set(labels.map(shapeOf)).size, `one format on the axis: ${labels.join(' ')}`).toBe(1);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('lets a percent above 100 (revenue retention) show, without padding past 100 otherwise', () => {
		expect(computeAxisRange([95, 103], { kind: 'percent' }).max).toBeGreaterThanOrEqual(103);
		expect(computeAxisRange([95, 99.9], { kind: 'percent' }).max).toBe(100);
	});

	it('starts bars at zero but lets a line fit its data', () => {
		expect(computeAxisRange([50, 60], { kind: 'number' }, { includeZero: true }).min).toBe(0);
		expect(computeAxisRange([50, 60], { kind: 'number' }).min).toBeGreaterThan(40);
	});

	it('ignores gaps and values that are not numbers', () => {
		expect(computeAxisRange([null, Number.NaN, 5, Number.POSITIVE_INFINITY, 7], { kind: 'count' })).toMatchObject({ min: 4, max: 8 });
	});
});

describe('one tick', () => {
	it.each<[number, AxisKind, number, string, string?]>([
		[1200, 'count', 0, '1,200'],
		[82.5, 'percent', 1, '82.5%'],
		[80, 'percent', 1, '80.0%'],
		[5000, 'money', 0, '5,000'],
		[5000, 'money', 0, '€5,000', 'EUR'],
		[-250, 'money', 0, '−$250', 'USD'],
		[-0.25, 'number', 2, '−0.25'],
		[-0.0001, 'number', 2, '0.00'],
	])('writes %s (%s, %s decimals) as "%s"', (value, kind, decimals, expected, currency) => {
		expect(formatTick(value, { kind, currency }, decimals)).toBe(expected);
	});

	it('writes no label rather than "NaN" or "Infinity"', () => {
		expect(formatTick(Number.NaN, { kind: 'count' }, 0)).toBe('');
		expect(formatTick(Number.POSITIVE_INFINITY, { kind: 'percent' }, 0)).toBe('');
	});
});

const kinds: AxisKind[] = ['count', 'percent', 'money', 'number'];
const calculatorValue = fc.double({ min: -1e15, max: 1e15, noNaN: true });
const anyValue = fc.oneof(fc.double(), fc.constant(null));

describe('every axis, whatever the data', () => {
	const setup = fc.record({
		kind: fc.constantFrom(...kinds),
		values: fc.array(calculatorValue, { minLength: 1, maxLength: 20 }),
		includeZero: fc.boolean(),
		maxTicks: fc.integer({ min: 3, max: 12 }),
	});

	it('has strictly increasing ticks, at most maxTicks, from the bottom of the axis to its top', () => {
		fc.assert(
			fc.property(setup, ({ kind, values, includeZero, maxTicks }) => {
				const range = computeAxisRange(values, { kind }, { includeZero, maxTicks });
				expect(range.ticks.length).toBeGreaterThanOrEqual(2);
				expect(range.ticks.length).toBeLessThanOrEqual(maxTicks);
				for (let i = 1; i < range.ticks.length; i++) expect(range.ticks[i]).toBeGreaterThan(range.ticks[i - 1]);
				expect(range.ticks[0]).toBe(range.min);
				expect(range.ticks.at(-1)).toBe(range.max);
			}),
		);
	});

	it('fits every value inside the axis', () => {
		fc.assert(
			fc.property(setup, ({ kind, values, includeZero, maxTicks }) => {
				const range = computeAxisRange(values, { kind }, { includeZero, maxTicks });
				for (const v of values) expect(v >= range.min && v <= range.max, `${v} outside ${range.min}–${range.max}`).toBe(true);
				if (includeZero) expect(range.min <= 0 && range.max >= 0).toBe(true);
			}),
		);
	});

	it('never crosses 0 or 100% when the data stays within them', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.constantFrom(...kinds), (values, kind) => {
				const range = computeAxisRange(values, { kind });
				expect(range.min).toBeGreaterThanOrEqual(0);
				if (kind === 'percent') expect(range.max).toBeLessThanOrEqual(100);
			}),
		);
	});

	it('writes unique labels in one format, whole numbers for counts', () => {
		fc.assert(
			fc.property(setup, fc.constantFrom(undefined, 'USD', 'JPY'), ({ kind, values, includeZero, maxTicks }, currency) => {
				const range = computeAxisRange(values, { kind, currency }, { includeZero, maxTicks });
				const labels = formatAxisTicks(range, { kind, currency });
				expect(new Set(labels).size).toBe(labels.length);
				expect(new Set(labels.map(shapeOf)).size).toBe(1);
				if (kind === 'count') expect(range.ticks.every(Number.isInteger) && labels.every((l) => /^−?[\d,]+$/.test(l))).toBe(true);
			}),
		);
	});

	it('never writes NaN, Infinity or a blank tick, even for values no calculator produces', () => {
		fc.assert(
			fc.property(fc.array(anyValue, { maxLength: 20 }), fc.constantFrom(...kinds), fc.boolean(), (values, kind, includeZero) => {
				const range = computeAxisRange(values, { kind }, { includeZero });
				expect([range.min, range.max, range.step].every(Number.isFinite)).toBe(true);
				for (const label of formatAxisTicks(range, { kind })) expect(label).toMatch(/^[^NI]*\d[^NI]*$/);
			}),
		);
	});
});

describe('category labels on a phone', () => {
	it.each<[string, number, string | string[]]>([
		['Red', 10, 'Red'],
		['Detractors (0–6)', 12, ['Detractors', '(0–6)']],
		['Period 10', 6, ['Period', '10']],
		['Responses from the first survey', 10, ['Responses', 'from the…']],
		['Internationalization', 8, 'Interna…'],
	])('fits "%s" into %s characters a line as %j', (label, width, expected) => {
		expect(formatCategoryTick(label, width)).toEqual(expected);
	});

	it('never makes a line longer than the width or more than two lines', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 2, max: 30 }), (label, width) => {
				const result = formatCategoryTick(label, width);
				const lines = Array.isArray(result) ? result : [result];
				expect(lines.length).toBeLessThanOrEqual(2);
				for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
			}),
		);
	});

	it('gives each label its share of the plot, never fewer than the narrowest line', () => {
		expect(computeLabelWidth(330, 3, 7)).toBe(15);
		expect(computeLabelWidth(330, 13, 7)).toBe(NARROWEST_LABEL);
		expect(computeLabelWidth(0, 3, 7)).toBe(NARROWEST_LABEL);
	});
});
