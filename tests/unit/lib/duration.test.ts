/** Durations written in data files, and how the plan's rules compare them (src/lib/duration.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_DAY_HOURS, computeMinutes, parseDuration } from '#src/lib/duration.ts';

describe('parseDuration', () => {
	it.each([
		['15 minutes', { amount: 15, unit: 'minute' }],
		['1 hour', { amount: 1, unit: 'hour' }],
		['4 hours', { amount: 4, unit: 'hour' }],
		['2 days', { amount: 2, unit: 'day' }],
		['2.5 days', { amount: 2.5, unit: 'day' }],
		['  30 min ', { amount: 30, unit: 'minute' }],
		['8h', { amount: 8, unit: 'hour' }],
		['0 minutes', { amount: 0, unit: 'minute' }],
	] as const)('reads "%s"', (text, expected) => {
		expect(parseDuration(text)).toEqual(expected);
	});

	it.each(['soon', '4', 'hours', 'four hours', '-1 hour', '2 weeks', '1 business day'])('rejects "%s"', (text) => {
		expect(parseDuration(text)).toBeUndefined();
	});
});

describe('computeMinutes', () => {
	it('counts a business day as eight hours and a calendar day as 24', () => {
		expect(BUSINESS_DAY_HOURS).toBe(8);
		expect(computeMinutes({ amount: 1, unit: 'day' }, 'business')).toBe(480);
		expect(computeMinutes({ amount: 1, unit: 'day' }, 'calendar')).toBe(1440);
	});

	it('counts hours and minutes the same on either clock', () => {
		expect(computeMinutes({ amount: 4, unit: 'hour' }, 'business')).toBe(240);
		expect(computeMinutes({ amount: 4, unit: 'hour' }, 'calendar')).toBe(240);
		expect(computeMinutes({ amount: 15, unit: 'minute' })).toBe(15);
	});

	it('never ranks a longer duration in the same unit below a shorter one', () => {
		fc.assert(
			fc.property(fc.nat(1000), fc.nat(1000), fc.constantFrom('minute', 'hour', 'day'), fc.constantFrom('business', 'calendar'), (a, b, unit, clock) => {
				const [x, y] = [computeMinutes({ amount: a, unit }, clock), computeMinutes({ amount: b, unit }, clock)];
				expect(Math.sign(x - y)).toBe(Math.sign(a - b));
			}),
		);
	});
});
