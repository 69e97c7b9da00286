/** Formatting shared by the content components (src/lib/format.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	formatKpiValue,
	formatList,
	formatNumber,
	formatPercent,
	formatSentenceCase,
	formatSigned,
	formatTimeRange,
	formatTrigger,
	formatTriggerKind,
	parseTemplateText,
} from '#src/lib/format.ts';

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

describe('numbers and percentages', () => {
	it.each([
		[82, '82'],
		[1234.5, '1,234.5'],
		[0.125, '0.13'],
		[-5, '−5'],
		[0, '0'],
	])('formats %d as "%s"', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});

	it('formats percentages that are already percentages', () => {
		expect(formatPercent(82)).toBe('82%');
		expect(formatPercent(1.5)).toBe('1.5%');
	});

	it('signs changes', () => {
		expect(formatSigned(4)).toBe('+4');
		expect(formatSigned(-4)).toBe('−4');
		expect(formatSigned(0)).toBe('0');
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
		[-50, 'currency', '−$50'],
		[340, 'count', '340'],
	] as const)('formats %d in %s as "%s"', (value, unit, expected) => {
		expect(formatKpiValue(value, unit)).toBe(expected);
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
	it('joins lists the way people write them', () => {
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
				expect(parseTemplateText(text).map((p) => p.text).join('')).toBe(text);
			}),
		);
	});
});
