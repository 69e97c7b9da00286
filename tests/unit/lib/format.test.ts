/** The one formatting module (src/lib/format.ts): numbers, money, dates and the plan's small text helpers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatAmount,
	formatCount,
	formatDate,
	formatDuration,
	formatFixed,
	formatIsoDate,
	formatKpiValue,
	formatList,
	formatMinutes,
	formatMoney,
	formatMonths,
	formatNumber,
	formatPercentOfFraction,
	formatPercentValue,
	formatPeriodName,
	formatQuantity,
	formatSentenceCase,
	formatSignedFixed,
	formatSignedNumber,
	formatTimeRange,
	formatTrigger,
	formatTriggerKind,
	NO_VALUE,
	parseTemplateText,
} from '#src/lib/format.ts';

/** Reads a formatted number back: drops grouping, currency signs and units, turns the true minus into "-". */
const readBack = (text: string) => Number(text.replace('−', '-').replace(/[^0-9.-]/g, ''));

describe('numbers with up to so many decimals (formatNumber)', () => {
	it.each([
		[82, undefined, '82'],
		[1234.5, undefined, '1,234.5'],
		[0.125, undefined, '0.13'],
		[-5, undefined, '−5'],
		[-1234.5678, 1, '−1,234.6'],
		[0, undefined, '0'],
		[-0, undefined, '0'],
		[-0.001, undefined, '0'],
		[2.5, 0, '3'],
		[Number.NaN, undefined, NO_VALUE],
		[Number.POSITIVE_INFINITY, undefined, NO_VALUE],
		[null, undefined, NO_VALUE],
		[undefined, undefined, NO_VALUE],
	])('writes %s (at most %s decimals) as "%s"', (value, maxDecimals, expected) => {
		expect(formatNumber(value, maxDecimals)).toBe(expected);
	});
});

describe('numbers with exactly so many decimals (formatFixed, formatCount)', () => {
	it.each([
		[1234.567, 1, '1,234.6'],
		[2, 1, '2.0'],
		[-6, 1, '−6.0'],
		[-0.04, 1, '0.0'],
		[0.0005, 3, '0.001'],
		[1e12, 0, '1,000,000,000,000'],
		[Number.NaN, 1, NO_VALUE],
	])('writes %s with %s decimals as "%s"', (value, decimals, expected) => {
		expect(formatFixed(value, decimals)).toBe(expected);
	});

	it.each([
		[200000, '200,000'],
		[-3, '−3'],
		[2.5, '3'],
		[Number.NEGATIVE_INFINITY, NO_VALUE],
	])('counts %s as "%s"', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});
});

describe('numbers inside sentences (formatQuantity)', () => {
	it.each([
		[1e12, '1,000,000,000,000'],
		[2.5, '2.5'],
		[0.125, '0.13'],
		[-3, '−3'],
		[Number.POSITIVE_INFINITY, 'a number too large to show'],
		[Number.NaN, 'a number too large to show'],
	])('writes %s as "%s"', (value, text) => {
		expect(formatQuantity(value)).toBe(text);
	});
});

describe('signed numbers', () => {
	it.each([
		[4, '+4'],
		[-4, '−4'],
		[0, '0'],
		[1.25, '+1.25'],
		[0.001, '0'],
		[Number.NaN, NO_VALUE],
	])('formatSignedNumber writes %s as "%s"', (value, expected) => {
		expect(formatSignedNumber(value)).toBe(expected);
	});

	it.each([
		[30, 1, '+30.0'],
		[-6, 1, '−6.0'],
		[0, 1, '0.0'],
		[0.01, 1, '0.0'],
		[-0.01, 1, '0.0'],
		[1234.5, 0, '+1,235'],
		[null, 1, NO_VALUE],
	])('formatSignedFixed writes %s with %s decimals as "%s"', (value, decimals, expected) => {
		expect(formatSignedFixed(value, decimals)).toBe(expected);
	});
});

describe('percentages: a value that is a percentage, or a fraction shown as one', () => {
	it.each([
		[82, '82%'],
		[1.5, '1.5%'],
		[12.5, '12.5%'],
		[-3, '−3%'],
		[Number.NaN, NO_VALUE],
	])('formatPercentValue writes %s as "%s"', (value, expected) => {
		expect(formatPercentValue(value)).toBe(expected);
	});

	it.each([
		[0.125, 1, '12.5%'],
		[0.40030464, 2, '40.03%'],
		[0.5, 0, '50%'],
		[1, 1, '100.0%'],
		[-0.05, 1, '−5.0%'],
		[Number.MAX_VALUE, 1, NO_VALUE],
		[undefined, 1, NO_VALUE],
	])('formatPercentOfFraction writes %s with %s decimals as "%s"', (fraction, decimals, expected) => {
		expect(formatPercentOfFraction(fraction, decimals)).toBe(expected);
	});
});

describe('months and churn periods', () => {
	it.each([
		[13.888, 1, '13.9 months'],
		[1, 0, '1 month'],
		[1, 1, '1.0 month'],
		[17, 0, '17 months'],
		[Number.NaN, 1, NO_VALUE],
	])('formatMonths writes %s with %s decimals as "%s"', (value, decimals, expected) => {
		expect(formatMonths(value, decimals)).toBe(expected);
	});

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

describe('money: cents below 1,000, whole units from 1,000', () => {
	it.each([
		[24000, 'USD', '$24,000'],
		[1000, 'USD', '$1,000'],
		[999.99, 'USD', '$999.99'],
		[999.999, 'USD', '$1,000'],
		[450, 'USD', '$450.00'],
		[12.5, 'USD', '$12.50'],
		[-50, 'USD', '−$50.00'],
		[-1200, 'USD', '−$1,200'],
		[-0.001, 'USD', '$0.00'],
		[1200, 'EUR', '€1,200'],
		[12.5, 'GBP', '£12.50'],
		[1250, 'JPY', '¥1,250'],
		[12, 'JPY', '¥12'],
		[Number.NaN, 'USD', NO_VALUE],
	])('formatMoney writes %s %s as "%s"', (value, currency, expected) => {
		expect(formatMoney(value, currency)).toBe(expected);
	});

	it('takes fixed decimals when asked (chart ticks)', () => {
		expect(formatMoney(12.5, 'USD', { decimals: 0 })).toBe('$13');
		expect(formatMoney(24000, 'USD', { decimals: 2 })).toBe('$24,000.00');
	});

	it('refuses a currency code that is not ISO 4217 (the content check catches it first)', () => {
		expect(() => formatMoney(1, 'EURO')).toThrow(RangeError);
	});

	it.each([
		[24000, '24,000'],
		[12.5, '12.50'],
		[-50, '−50.00'],
		[Number.POSITIVE_INFINITY, NO_VALUE],
	])('formatAmount writes %s without a currency as "%s"', (value, expected) => {
		expect(formatAmount(value)).toBe(expected);
	});
});

describe('every number formatter', () => {
	const formatters: [string, (v: number | null | undefined) => string][] = [
		['formatNumber', (v) => formatNumber(v)],
		['formatFixed', (v) => formatFixed(v, 2)],
		['formatCount', formatCount],
		['formatQuantity', (v) => formatQuantity(v)],
		['formatSignedNumber', (v) => formatSignedNumber(v)],
		['formatSignedFixed', (v) => formatSignedFixed(v)],
		['formatPercentValue', (v) => formatPercentValue(v)],
		['formatPercentOfFraction', (v) => formatPercentOfFraction(v)],
		['formatMonths', (v) => formatMonths(v)],
		['formatMoney', (v) => formatMoney(v, 'USD')],
		['formatMoney in euros', (v) => formatMoney(v, 'EUR')],
		['formatAmount', formatAmount],
	];
	const anyValue = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(null, undefined, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));

	it.each(formatters)('%s never writes NaN, Infinity, an empty string or a hyphen for minus', (_, format) => {
		fc.assert(
			fc.property(anyValue, (value) => {
				const text = format(value);
				expect(text).not.toBe('');
				expect(text).not.toMatch(/NaN|Infinity|-\d|-[$€]/);
				if (value === null || value === undefined || !Number.isFinite(value)) expect(['—', 'a number too large to show']).toContain(text);
			}),
		);
	});

	it('reads back what it writes, within the rounding it shows', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, decimals) => {
				expect(Math.abs(readBack(formatFixed(value, decimals)) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-3);
				expect(Math.abs(readBack(formatNumber(value, decimals)) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-3);
				expect(Math.abs(readBack(formatSignedFixed(value, decimals)) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-3);
				expect(Math.abs(readBack(formatMoney(value, 'USD')) - value)).toBeLessThanOrEqual(0.5);
			}),
		);
	});

	it('puts a minus on negative values that do not round to zero, and only on them', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
				expect(formatFixed(value, 1).startsWith('−')).toBe(value < 0 && formatFixed(Math.abs(value), 1) !== '0.0');
			}),
		);
	});
});

describe('dates: one style, "November 18, 2026", in UTC', () => {
	it.each([
		[new Date('2026-11-18'), 'November 18, 2026'],
		[new Date(Date.UTC(2026, 0, 1)), 'January 1, 2026'],
		['2026-03-01', 'March 1, 2026'],
		[' 2026-12-31 ', 'December 31, 2026'],
		['2026-11-18T23:30:00.000Z', 'November 18, 2026'],
		[new Date(Number.NaN), NO_VALUE],
		['1 December 2026x', NO_VALUE],
		['', NO_VALUE],
	])('writes %j as "%s"', (date, expected) => {
		expect(formatDate(date)).toBe(expected);
	});

	it('shows a data date on its own day whatever the time zone of the machine', () => {
		const zone = process.env.TZ;
		try {
			for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
				process.env.TZ = tz;
				expect(formatDate(new Date('2026-03-01'))).toBe('March 1, 2026');
				expect(formatDate('2026-03-01', 'local')).toBe('March 1, 2026');
			}
		} finally {
			process.env.TZ = zone;
		}
	});

	it('reads back to the same calendar day, and agrees with the machine-readable form', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (moment) => {
				const iso = formatIsoDate(moment);
				expect(formatDate(iso)).toBe(formatDate(moment));
				expect(formatIsoDate(new Date(`${formatDate(moment)} UTC`))).toBe(iso);
				expect(formatDate(moment)).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
			}),
		);
	});

	it('writes the machine-readable form as in frontmatter', () => {
		expect(formatIsoDate(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03-01');
	});
});

describe('formatDuration', () => {
	it.each([
		[{ amount: 1, unit: 'hour' }, 'business', '1 business hour'],
		[{ amount: 4, unit: 'hour' }, 'business', '4 business hours'],
		[{ amount: 2, unit: 'day' }, 'calendar', '2 calendar days'],
		[{ amount: 1, unit: 'day' }, 'business', '1 business day'],
		[{ amount: 15, unit: 'minute' }, 'calendar', '15 minutes'],
		[{ amount: 1, unit: 'minute' }, 'business', '1 minute'],
		[{ amount: 1.5, unit: 'hour' }, 'calendar', '1.5 calendar hours'],
		[{ amount: 3, unit: 'day' }, undefined, '3 days'],
		[{ amount: 0, unit: 'minute' }, 'business', 'immediately'],
	] as const)('formats %o on the %s clock as "%s"', (duration, clock, expected) => {
		expect(formatDuration(duration, clock)).toBe(expected);
	});
});

describe('formatMinutes', () => {
	it.each([
		[45, '45 minutes'],
		[60, '1 hour'],
		[90, '1 hour 30 minutes'],
		[121, '2 hours 1 minute'],
		[0, '0 minutes'],
	])('writes %i minutes as "%s"', (minutes, text) => {
		expect(formatMinutes(minutes)).toBe(text);
	});
});

describe('formatKpiValue', () => {
	it.each([
		[18, 'points', '18'],
		[-12, 'points', '−12'],
		[84, 'percent', '84%'],
		[4.3, 'score', '4.3'],
		[1, 'days', '1 day'],
		[12, 'days', '12 days'],
		[1200, 'currency', '$1,200'],
		[-50, 'currency', '−$50.00'],
		[340, 'count', '340'],
	] as const)('formats %d in %s as "%s"', (value, unit, expected) => {
		expect(formatKpiValue(value, unit)).toBe(expected);
	});

	it('shows money in the organization currency', () => {
		expect(formatKpiValue(1200, 'currency', 'EUR')).toBe('€1,200');
	});
});

describe('formatTrigger', () => {
	it.each([
		[{ type: 'day', day: 0, from: 'start' }, 'Day 0'],
		[{ type: 'day', day: 7, from: 'start' }, 'Day 7'],
		[{ type: 'day', day: 90, from: 'renewal' }, '90 days before renewal'],
		[{ type: 'day', day: 1, from: 'renewal' }, '1 day before renewal'],
		[{ type: 'day', day: 0, from: 'renewal' }, 'Renewal day'],
		[{ type: 'event', event: 'renewal signed' }, 'Renewal signed'],
		[{ type: 'milestone', milestone: 'First report shared' }, 'First report shared'],
	] as const)('describes %o as "%s"', (trigger, expected) => {
		expect(formatTrigger(trigger)).toBe(expected);
	});

	it('labels the kind of trigger', () => {
		expect(formatTriggerKind({ type: 'milestone' })).toBe('Milestone');
		expect(formatTriggerKind({ type: 'day' })).toBe('Day');
		expect(formatTriggerKind({ type: 'event' })).toBe('When');
	});
});

describe('small text helpers', () => {
	it('joins lists the way the playbook writes them, without a serial comma', () => {
		expect(formatList([])).toBe('');
		expect(formatList(['email'])).toBe('email');
		expect(formatList(['email', 'phone'])).toBe('email and phone');
		expect(formatList(['email', 'phone', 'chat'])).toBe('email, phone and chat');
	});

	it('capitalizes the first letter only', () => {
		expect(formatSentenceCase('every two weeks')).toBe('Every two weeks');
	});

	it('writes opening hours with an en dash', () => {
		expect(formatTimeRange('09:00', '17:00')).toBe('09:00–17:00');
	});
});

describe('parseTemplateText', () => {
	it('splits text into plain runs and placeholders', () => {
		expect(parseTemplateText('Hi {customer_first_name}, see {link}.')).toEqual([
			{ text: 'Hi ', placeholder: false },
			{ text: '{customer_first_name}', placeholder: true },
			{ text: ', see ', placeholder: false },
			{ text: '{link}', placeholder: true },
			{ text: '.', placeholder: false },
		]);
	});

	it('leaves braces that are not placeholders alone', () => {
		expect(parseTemplateText('Use {} or {not-a-name}')).toEqual([{ text: 'Use {} or {not-a-name}', placeholder: false }]);
	});

	it('never loses or reorders text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(
					parseTemplateText(text)
						.map((p) => p.text)
						.join(''),
				).toBe(text);
			}),
		);
	});
});

describe('formatting stays in this one module', () => {
	const src = join(process.cwd(), 'src');
	const listFiles = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? listFiles(join(dir, e.name)) : /\.(ts|tsx|js|mjs|astro|mdx?)$/.test(e.name) ? [join(dir, e.name)] : [],
		);

	it('is the only file under src/ that calls toLocale*String or builds an Intl formatter', () => {
		const offenders = listFiles(src)
			.map((file) => relative(process.cwd(), file))
			.filter((file) => file !== join('src', 'lib', 'format.ts'))
			.flatMap((file) =>
				readFileSync(file, 'utf8')
					.split('\n')
					.flatMap((line, i) =>
						/\.toLocale(Date|Time)?String\(|new Intl\.\w+/.test(line) ? [`${file}:${i + 1}: ${line.trim()} (use src/lib/format.ts)`] : [],
					),
			);
		expect(offenders).toEqual([]);
	});
});
