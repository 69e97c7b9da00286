/** Choosing the reader's industry and placing results against benchmark ranges. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '#src/lib/format.ts';
import {
	compareWithRange,
	describeBenchmarkSource,
	describePosition,
	formatRange,
	orderWithFirst,
	parseOutputNumber,
	pickIndustry,
	sortIndustries,
} from '#src/lib/industry.ts';

const known = ['saas', 'professional-services', 'retail', 'financial-services'];

describe('pickIndustry', () => {
	it.each([
		{ rule: 'the URL parameter wins over the stored choice', param: 'retail', stored: 'saas', expected: 'retail' },
		{ rule: 'the stored choice applies without a parameter', param: null, stored: 'financial-services', expected: 'financial-services' },
		{ rule: 'an unknown parameter falls back to the stored choice', param: 'banana', stored: 'retail', expected: 'retail' },
		{ rule: 'nothing known falls back to the default', param: 'banana', stored: 'kiwi', expected: 'saas' },
		{ rule: 'nothing at all gives the default', param: null, stored: null, expected: 'saas' },
	])('$rule', ({ param, stored, expected }) => {
		expect(pickIndustry({ param, stored, known, fallback: 'saas' })).toBe(expected);
	});

	it('always returns a known industry or the fallback', () => {
		fc.assert(
			fc.property(fc.option(fc.string()), fc.option(fc.string()), (param, stored) => {
				const picked = pickIndustry({ param, stored, known, fallback: 'saas' });
				expect(known).toContain(picked);
			}),
		);
	});
});

describe('ordering', () => {
	it('sorts by order, then name', () => {
		const sorted = sortIndustries([
			{ id: 'b', order: 2, name: 'B' },
			{ id: 'z', order: 1, name: 'Zed' },
			{ id: 'a', order: 1, name: 'Alpha' },
		]);
		expect(sorted.map((i) => i.id)).toEqual(['a', 'z', 'b']);
	});

	it('moves the chosen industry first and keeps the rest in order', () => {
		expect(orderWithFirst(known, 'retail')).toEqual(['retail', 'saas', 'professional-services', 'financial-services']);
		fc.assert(
			fc.property(fc.constantFrom(...known), (first) => {
				const ordered = orderWithFirst(known, first);
				expect(ordered[0]).toBe(first);
				expect([...ordered].sort()).toEqual([...known].sort());
			}),
		);
	});
});

describe('benchmarks', () => {
	it.each([
		[19.9, 'below'],
		[20, 'within'],
		[35, 'within'],
		[50, 'within'],
		[50.1, 'above'],
	] as const)('places %s against 20–50 as %s', (value, expected) => {
		expect(compareWithRange(value, { low: 20, high: 50 })).toBe(expected);
	});

	it.each([
		['32', 32],
		['−12.5', -12.5],
		['-4%', -4],
		['$1,234.50', 1234.5],
		['3.2 : 1', 3.2],
		['No score', null],
		['—', null],
	])('reads the number in the output text %j', (text, expected) => {
		expect(parseOutputNumber(text)).toBe(expected);
	});

	it('reads back any number the calculators format with thousands separators', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
				const rounded = Math.round(n * 100) / 100;
				const text = formatNumber(rounded);
				expect(parseOutputNumber(text)).toBeCloseTo(rounded, 6);
			}),
		);
	});

	it('formats ranges with their unit', () => {
		expect(formatRange({ low: 10, high: 30, unit: '%' })).toBe('10–30%');
		expect(formatRange({ low: 20, high: 50, unit: 'score' })).toBe('20–50');
		expect(formatRange({ low: 3, high: 5, unit: 'ratio' })).toBe('3–5 : 1');
	});

	it('describes a result against a range with its unit', () => {
		expect(describePosition('Your result', 10.95, { low: 10, high: 30, unit: '%' })).toBe('Your result: 10.95% is within the typical range of 10–30%.');
		expect(describePosition('Your result', 7.7, { low: 3, high: 5, unit: 'ratio' })).toBe('Your result: 7.7 : 1 is above the typical range of 3–5 : 1.');
		expect(describePosition('Your result', -12, { low: 20, high: 50, unit: 'score' })).toBe('Your result: −12 is below the typical range of 20–50.');
	});

	it('says plainly when a range is illustrative, and cites source and year otherwise', () => {
		expect(describeBenchmarkSource({ illustrative: true })).toMatch(/^Illustrative rule of thumb; not a published benchmark$/);
		expect(describeBenchmarkSource({ source: 'Survey X', year: 2024, illustrative: false })).toBe('Survey X, 2024');
	});
});
