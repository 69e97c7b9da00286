/**
 * Formatting shared by the content components: durations, percentages and
 * numbers, always the same way on every page. Pure functions, no DOM.
 */
import type { Clock, Duration } from './duration.ts';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1234.5 → "1,234.5"; negative numbers use a true minus sign so screen readers say "minus". */
export function formatNumber(value: number): string {
	const text = numberFormat.format(Math.abs(value));
	return value < 0 ? `−${text}` : text;
}

/** 82 → "82%", 1.5 → "1.5%" (the value is already a percentage, not a fraction). */
export function formatPercent(value: number): string {
	return `${formatNumber(value)}%`;
}

/** Like formatNumber, with a leading "+" for positive values: changes and NPS deltas. */
export function formatSigned(value: number): string {
	return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/**
 * "1 business hour", "2 calendar days", "15 minutes".
 * Minutes carry no clock word: at that scale the clock rarely matters and
 * "15 business minutes" reads oddly. Zero reads "immediately".
 */
export function formatDuration(duration: Duration, clock?: Clock): string {
	if (duration.amount === 0) return 'immediately';
	const plural = duration.amount === 1 ? '' : 's';
	const clockWord = clock && duration.unit !== 'minute' ? `${clock} ` : '';
	return `${formatNumber(duration.amount)} ${clockWord}${duration.unit}${plural}`;
}

/** Units a KPI can be measured in. */
export type KpiUnit = 'percent' | 'points' | 'score' | 'days' | 'count' | 'currency';

/**
 * A KPI value with its unit: percent → "82%", points (NPS, −100 to 100) → "18",
 * score → "4.3", days → "12 days", currency → "$1,200".
 */
export function formatKpiValue(value: number, unit: KpiUnit): string {
	switch (unit) {
		case 'percent':
			return formatPercent(value);
		case 'days':
			return `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
		case 'currency':
			return value < 0 ? `−$${formatNumber(-value)}` : `$${formatNumber(value)}`;
		default:
			return formatNumber(value);
	}
}

/** Capitalizes the first letter, for data labels that start a table cell or sentence. */
export function formatSentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c". */
export function formatList(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A touchpoint trigger, as stored in touchpoints.yaml (structural, so this file needs no schema import). */
export type TriggerLike =
	| { type: 'day'; day: number; from: 'start' | 'renewal' }
	| { type: 'event'; event: string }
	| { type: 'milestone'; milestone: string }
	| { type: 'recurring'; every: CadenceLike };

/** How often a recurring contact repeats (the cadences in src/schemas/touchpoints.ts). */
export type CadenceLike = 'every-two-weeks' | 'monthly' | 'quarterly' | 'twice-yearly' | 'yearly';

/** "every-two-weeks" → "every two weeks", as tiers' contact frequency begins. */
export function formatCadence(cadence: CadenceLike): string {
	return { 'every-two-weeks': 'every two weeks', monthly: 'monthly', quarterly: 'quarterly', 'twice-yearly': 'twice a year', yearly: 'yearly' }[cadence];
}

/** "Day 0", "Day 7", "90 days before renewal", "Renewal day", or the event / milestone text. */
export function formatTrigger(trigger: TriggerLike): string {
	switch (trigger.type) {
		case 'day':
			if (trigger.from === 'renewal') {
				if (trigger.day === 0) return 'Renewal day';
				return `${formatNumber(trigger.day)} ${trigger.day === 1 ? 'day' : 'days'} before renewal`;
			}
			return `Day ${formatNumber(trigger.day)}`;
		case 'event':
			return formatSentenceCase(trigger.event);
		case 'milestone':
			return formatSentenceCase(trigger.milestone);
		case 'recurring':
			return formatSentenceCase(formatCadence(trigger.every));
	}
}

/** Which kind of trigger, as a short label: "Day", "When" (an event), "Milestone". */
export function formatTriggerKind(trigger: Pick<TriggerLike, 'type'>): string {
	return { day: 'Day', event: 'When', milestone: 'Milestone', recurring: 'Repeats' }[trigger.type];
}

/** "09:00" and "17:00" → "09:00–17:00". */
export function formatTimeRange(opens: string, closes: string): string {
	return `${opens}–${closes}`;
}

/** Splits text into plain runs and {placeholder} runs, for highlighting templates. */
export function parseTemplateText(text: string): { text: string; placeholder: boolean }[] {
	const parts: { text: string; placeholder: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(/\{[a-z0-9_ ]+\}/gi)) {
		const index = match.index ?? 0;
		if (index > last) parts.push({ text: text.slice(last, index), placeholder: false });
		parts.push({ text: match[0], placeholder: true });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
	return parts;
}

const countWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** { atMost: 1, perDays: 30 } → "one survey in any 30 days": the cap as pages state it. */
export function formatSurveyCap(cap: { atMost: number; perDays: number }): string {
	const count = countWords[cap.atMost] ?? formatNumber(cap.atMost);
	return `${count} survey${cap.atMost === 1 ? '' : 's'} in any ${formatNumber(cap.perDays)} day${cap.perDays === 1 ? '' : 's'}`;
}
