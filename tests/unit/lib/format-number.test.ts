import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatMoney, formatMonths, formatNumber, formatPercent, formatPeriodName, formatQuantity, formatSigned, NO_VALUE } from '#src/lib/format-number.ts';

describe('formatting', () => {
	it.each([
		[formatNumber(1234.567, 1), '1,234.6'],
		[formatNumber(-0.04, 1), '0.0'],
		[formatCount(200000), '200,000'],
		[formatPercent(0.40030464, 2), '40.03%'],
		[formatMoney(24000), '24,000'],
		[formatMoney(12.5), '12.50'],
		[formatMoney(24000, 'USD'), '$24,000'],
		[formatMoney(24000, 'not-a-code'), '24,000'],
		[formatSigned(30), '+30.0'],
		[formatSigned(-6), '-6.0'],
		[formatSigned(0.01), '0.0'],
		[formatMonths(13.888), '13.9 months'],
		[formatMonths(1, 0), '1 month'],
	])('writes %j', (actual, expected) => {
		expect(actual).toBe(expected);
	});

	it('never writes NaN or Infinity', () => {
		fc.assert(
			fc.property(fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined)), (v) => {
				const all = [formatNumber(v), formatPercent(v), formatMoney(v), formatSigned(v), formatMonths(v), formatCount(v)];
				return all.every((t) => t !== '' && !/NaN|Infinity/.test(t)) && (Number.isFinite(v) || all.every((t) => t === NO_VALUE));
			}),
		);
	});
});

describe('numbers inside sentences', () => {
	it.each([
		[1e12, '1,000,000,000,000'],
		[2.5, '2.5'],
		[0.125, '0.13'],
		[-3, '-3'],
		[Number.POSITIVE_INFINITY, 'a number too large to show'],
		[Number.NaN, 'a number too large to show'],
	])('writes %s as "%s"', (value, text) => {
		expect(formatQuantity(value)).toBe(text);
	});
});

describe('the name of a churn period', () => {
	it.each([
		[1, 'month'],
		[3, 'quarter'],
		[12, 'year'],
		[6, '6-month period'],
		[0, 'period'],
		[undefined, 'period'],
		[Number.NaN, 'period'],
		[2.5, 'period'],
		[121, 'period'],
	])('calls %s months a "%s"', (months, name) => {
		expect(formatPeriodName(months)).toBe(name);
	});
});
