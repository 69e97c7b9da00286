/**
 * Every number, amount, percentage and date readers see is formatted here, so
 * a value reads the same in prose, a table, a calculator result, a chart label
 * and a certificate. Pure functions, no DOM; the one module allowed to call
 * Intl formatters or toLocale*String (tests/unit/lib/format.test.ts checks).
 *
 * Contracts every number formatter keeps:
 * - negative numbers carry the true minus sign "−" (U+2212), so screen readers
 *   say "minus" and a hyphen never sits next to a minus elsewhere on the page;
 * - never "NaN", "Infinity", "-0" or an empty string: a number that does not
 *   exist (null, undefined, NaN, ±Infinity) reads NO_VALUE ("—"), except where
 *   a function says otherwise.
 */
import type { Clock, Duration } from './duration.ts';

/**
 * The site's one locale. The playbook is written in US English (cspell checks
 * en-US) and the organization settings have no locale field, so grouping
 * (1,234.5), month names and date order follow en-US everywhere. Fixed rather
 * than the reader's browser locale so shared links, screenshots, print and
 * exported files match for everyone.
 */
const LOCALE = 'en-US';

/** Shown instead of a number or date that does not exist. */
export const NO_VALUE = '—';

/** ISO 4217 code used when the organization settings name no currency. */
export const DEFAULT_CURRENCY = 'USD';

const MINUS = '−';

// Intl formatters are costly to build and these are called per table cell and per keystroke.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = JSON.stringify(options);
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(LOCALE, options);
		formatters.set(key, formatter);
	}
	return formatter;
}

/**
 * The one place Intl's output becomes what readers see: hyphen-minus becomes
 * the true minus sign, and a value that rounds to zero ("-0", "-0.0") loses
 * its sign.
 */
function formatIntl(value: number, options: Intl.NumberFormatOptions): string {
	const text = numberFormatter(options).format(value);
	if (!text.includes('-')) return text;
	return /[1-9]/.test(text) ? text.replaceAll('-', MINUS) : text.replace('-', '');
}

const isMissing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);

/** Up to `maxDecimals` decimals, no trailing zeros: 1234.5 → "1,234.5", 0.125 → "0.13", −5 → "−5". */
export function formatNumber(value: number | null | undefined, maxDecimals = 2): string {
	if (isMissing(value)) return NO_VALUE;
	return formatIntl(value, { maximumFractionDigits: maxDecimals });
}

/** Exactly `decimals` decimals, for results that should not jump in width: 1234.567 → "1,234.6", 2 → "2.0". */
export function formatFixed(value: number | null | undefined, decimals = 1): string {
	if (isMissing(value)) return NO_VALUE;
	return formatIntl(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A whole count, rounded: 1234 → "1,234". */
export function formatCount(value: number | null | undefined): string {
	return formatFixed(value, 0);
}

/**
 * formatNumber for a number inside a sentence (a bound, a rule message):
 * 1000000 → "1,000,000". A sum too large to exist reads "a number too large
 * to show", which reads better mid-sentence than a dash.
 */
export function formatQuantity(value: number | null | undefined, maxDecimals = 2): string {
	return isMissing(value) ? 'a number too large to show' : formatNumber(value, maxDecimals);
}

/** formatNumber with "+" before positive values, for changes: 4 → "+4", −4 → "−4", 0 → "0". */
export function formatSignedNumber(value: number | null | undefined, maxDecimals = 2): string {
	return withPlus(formatNumber(value, maxDecimals));
}

/** formatFixed with "+" before positive values, for scores and changes: 30 → "+30.0", −6 → "−6.0", 0.01 → "0.0". */
export function formatSignedFixed(value: number | null | undefined, decimals = 1): string {
	return withPlus(formatFixed(value, decimals));
}

// "+" only before a shown value above zero: never before "—", a minus or a value that rounds to zero.
const withPlus = (text: string) => (/^[0-9]/.test(text) && /[1-9]/.test(text) ? `+${text}` : text);

/** A value that already is a percentage, up to `maxDecimals` decimals: 82 → "82%", 1.5 → "1.5%". */
export function formatPercentValue(value: number | null | undefined, maxDecimals = 2): string {
	const text = formatNumber(value, maxDecimals);
	return text === NO_VALUE ? text : `${text}%`;
}

/** A fraction shown as a percentage with exactly `decimals` decimals: 0.125 → "12.5%", 0.4 → "40.0%". */
export function formatPercentOfFraction(fraction: number | null | undefined, decimals = 1): string {
	const text = isMissing(fraction) ? NO_VALUE : formatFixed(fraction * 100, decimals);
	return text === NO_VALUE ? text : `${text}%`;
}

/** Months with a unit and exactly `decimals` decimals: 13.888 → "13.9 months", 1 with 0 decimals → "1 month". */
export function formatMonths(value: number | null | undefined, decimals = 1): string {
	const text = formatFixed(value, decimals);
	if (text === NO_VALUE) return text;
	return `${text} ${text === formatFixed(1, decimals) ? 'month' : 'months'}`;
}

/**
 * What one period of a churn calculation is called: 1 → "month", 3 →
 * "quarter", 12 → "year", 6 → "6-month period"; anything that is not a whole
 * number of months from 1 to 120 (an empty or invalid field) → "period".
 */
export function formatPeriodName(months: number | null | undefined): string {
	if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 120) return 'period';
	return months === 1 ? 'month' : months === 3 ? 'quarter' : months === 12 ? 'year' : `${months}-month period`;
}

/**
 * Money shows its minor units (cents) below 1,000 of the currency, where they
 * are a visible share of the amount ("$12.50", "$450.75"), and whole units from
 * 1,000 up, where cents are noise in an estimate ("$24,000"). Decided on the
 * amount as rounded to cents, so 999.999 reads "$1,000", not "$1,000.00".
 */
const WHOLE_UNITS_FROM = 1000;

function moneyDecimals(value: number, minorDigits: number, decimals: number | undefined): number {
	if (decimals !== undefined) return decimals;
	const rounded = Math.round(Math.abs(value) * 10 ** minorDigits) / 10 ** minorDigits;
	return rounded >= WHOLE_UNITS_FROM ? 0 : minorDigits;
}

/** Options for formatMoney. */
export interface MoneyOptions {
	/** Exactly this many decimals instead of the cents-below-1,000 rule (0 for chart ticks). */
	decimals?: number;
}

/**
 * An amount in a currency (ISO 4217 code, e.g. the organization's `currency`
 * setting): 24000, "USD" → "$24,000"; 12.5 → "$12.50"; −50 → "−$50.00";
 * 1200, "EUR" → "€1,200". Currencies without minor units (JPY) never show
 * decimals. An unknown code throws: the content check validates it first.
 */
export function formatMoney(value: number | null | undefined, currency: string, options: MoneyOptions = {}): string {
	if (isMissing(value)) return NO_VALUE;
	const minorDigits = numberFormatter({ style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
	const decimals = moneyDecimals(value, minorDigits, options.decimals);
	return formatIntl(value, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * An amount of money without a currency symbol, under the same cents rule as
 * formatMoney: 24000 → "24,000", 12.5 → "12.50". For places that do not know
 * the currency yet (the calculators, until they read the organization's).
 */
export function formatAmount(value: number | null | undefined): string {
	if (isMissing(value)) return NO_VALUE;
	return formatFixed(value, moneyDecimals(value, 2, undefined));
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

/** "1 hour 30 minutes" from 90: how training durations are written on pages and handouts. */
export function formatMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const parts = [h > 0 ? `${formatNumber(h)} hour${h === 1 ? '' : 's'}` : '', m > 0 ? `${formatNumber(m)} minute${m === 1 ? '' : 's'}` : ''];
	return parts.filter(Boolean).join(' ') || '0 minutes';
}

/** Units a KPI can be measured in. */
export type KpiUnit = 'percent' | 'points' | 'score' | 'days' | 'count' | 'currency';

/**
 * A KPI value with its unit: percent → "82%", points (NPS, −100 to 100) → "18",
 * score → "4.3", days → "12 days", currency → formatMoney in the organization's
 * currency ("$1,200").
 */
export function formatKpiValue(value: number, unit: KpiUnit, currency = DEFAULT_CURRENCY): string {
	switch (unit) {
		case 'percent':
			return formatPercentValue(value);
		case 'days':
			return `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
		case 'currency':
			return formatMoney(value, currency);
		default:
			return formatNumber(value);
	}
}

/*
 * Dates. One style across the site, US English with the month spelled out:
 * "November 18, 2026" (unambiguous, unlike 11/18/2026, and reads the same
 * aloud). Where a date is shown, pages also put formatIsoDate in a
 * <time datetime="…"> attribute for machines.
 */
const dateFormats = {
	utc: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
	// Created in the reader's browser, this uses the reader's time zone.
	local: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', day: 'numeric' }),
};

const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "November 18, 2026". A Date is read in UTC: data and frontmatter dates are
 * UTC midnight, and reading them in a time zone west of UTC would show the day
 * before. A "YYYY-MM-DD" string is that calendar day; any other string is read
 * as a moment (an ISO timestamp). Pass timeZone "local" for a moment recorded
 * in the reader's browser (their last visit), to show the day it was for them.
 * An invalid date reads NO_VALUE.
 */
export function formatDate(date: Date | string, timeZone: 'utc' | 'local' = 'utc'): string {
	const day = typeof date === 'string' ? calendarDay.exec(date.trim()) : null;
	const moment = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(date);
	if (Number.isNaN(moment.getTime())) return NO_VALUE;
	return dateFormats[day ? 'utc' : timeZone].format(moment);
}

/** "2026-03-01": a date in UTC the way frontmatter and data files write it; for datetime attributes, file names and check messages. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Capitalizes the first letter, for data labels that start a table cell or sentence. */
export function formatSentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c": the playbook's prose joins lists without a serial comma. */
export function formatList(items: readonly string[]): string {
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
