/**
 * Chart axes the reader can trust: where the value axis starts and ends,
 * which ticks it shows and how each tick is written, decided from the kind of
 * data (a count, a percent, money, a plain number) rather than left to the
 * chart library. Pure: Chart.tsx hands in the values and draws what comes out.
 *
 * The rules readers asked for (issue #17):
 * - counts get whole-number ticks only, never "0, 1, 1, 2";
 * - every tick on one axis is written the same way (same decimals, same
 *   symbol), with no more decimals than the step between ticks needs;
 * - a line chart's axis fits its data with a little room either side, without
 *   crossing a limit the data stays within (0, and 100 for a percent); a bar
 *   chart's axis always includes zero, because a bar's length is its value;
 * - negatives carry a true minus sign (U+2212), which screen readers say as "minus".
 *
 * Tick steps are 1, 2 or 5 times a power of ten: the "nice numbers" of Paul
 * Heckbert, "Nice Numbers for Graph Labels", Graphics Gems (Academic Press,
 * 1990), pp. 61–63, which is also what chart.js and most plotting tools use.
 */
import { formatFixed, formatMoney } from './format.ts';

/** What the numbers on an axis are; decides the tick steps and how ticks are written. */
export type AxisKind = 'count' | 'percent' | 'money' | 'number';

/**
 * How a chart's value axis is scaled and written, as a calculator describes
 * it. There are no fixed ends: the axis always fits the data (a fixed 0–100%
 * was what squashed the cohort curves).
 */
export interface AxisSpec {
	/**
	 * What the values are: `count` (whole things: answers, accounts; ticks are
	 * whole numbers), `percent` (percentage points, 82 means 82%, not 0.82),
	 * `money` (an amount; with `currency`, written with its symbol) or `number`
	 * (anything else).
	 */
	kind: AxisKind;
	/** ISO 4217 code ("USD", "EUR") for `money`, as the organization settings or a preset name it; without one, amounts are written as plain numbers. */
	currency?: string;
}

/** The value axis as drawn: its ends, the step between ticks, and the ticks themselves. */
export interface AxisRange {
	min: number;
	max: number;
	/** Distance between neighboring ticks: 1, 2 or 5 times a power of ten. */
	step: number;
	/** Decimals every tick on this axis is written with (those of `step`). */
	decimals: number;
	/** Tick values, strictly increasing multiples of `step`, from `min` to `max`. */
	ticks: number[];
}

export interface AxisRangeOptions {
	/** Bar charts: the axis always includes zero, because a bar's length stands for its value. */
	includeZero?: boolean;
	/** Most ticks to show (at least 3, so data on both sides of zero fits); 6 suits the calculators' 16rem-high charts. */
	maxTicks?: number;
}

/** Room left above and below a fitted line, as a share of the data's spread: points never sit on the frame. */
const PADDING = 0.05;

/** Smallest step per kind, as a power of ten: whole counts, cents of money, hundredths of a percent. */
const SMALLEST_STEP_EXPONENT: Record<AxisKind, number> = { count: 0, money: -2, percent: -2, number: -3 };

/**
 * A step never finer than a millionth of the largest value on the axis, so
 * neighboring ticks stay distinct numbers (and distinct labels) whatever the
 * magnitude: binary floating point keeps about 15 significant digits.
 */
const SIGNIFICANT_DIGITS = 6;

/**
 * Values beyond this size are left off the axis as if missing. No calculator
 * accepts inputs anywhere near it (their bounds stop at 10^15); it only keeps
 * the arithmetic below from overflowing to Infinity.
 */
const LARGEST_AXIS_VALUE = 1e100;

/*
 * Steps are numbered by rank: rank r is [1, 2, 5][r mod 3] × 10^floor(r / 3),
 * so rank 0 is 1, rank 1 is 2, rank 2 is 5, rank 3 is 10 and rank −3 is 0.1;
 * the next step up is rank + 1.
 */
const MANTISSAS = [1, 2, 5];
const computeStepExponent = (rank: number) => Math.floor(rank / 3);

/** index × the step of `rank`, rounded to the step's decimals so 3 × 0.1 is 0.3, not 0.30000000000000004; never −0. */
function computeTickValue(index: number, rank: number): number {
	const exponent = computeStepExponent(rank);
	const units = index * MANTISSAS[rank - 3 * exponent];
	const value = exponent >= 0 ? units * 10 ** exponent : Number((units / 10 ** -exponent).toFixed(-exponent));
	return value === 0 ? 0 : value;
}

/** The smallest step (by rank) at least `raw` and at least 10^`floorExponent`. */
function computeStepRank(raw: number, floorExponent: number): number {
	let rank = 3 * Math.max(floorExponent, Math.floor(Math.log10(raw)) - 1);
	while (computeTickValue(1, rank) < raw) rank += 1;
	return rank;
}

/**
 * The index of the tick at or above a value (`up`), or at or below it.
 * Division alone is not enough: 100 / 0.2 may land a hair above 500 and add a
 * tick at 100.2%, past the end of a percent axis; the guess is corrected
 * against the tick values themselves.
 */
function computeTickIndex(value: number, rank: number, up: boolean): number {
	const sign = up ? 1 : -1;
	const beyond = (index: number) => sign * (computeTickValue(index, rank) - value);
	let index = (up ? Math.ceil : Math.floor)(value / computeTickValue(1, rank));
	while (beyond(index) < 0) index += sign;
	while (beyond(index - sign) >= 0) index -= sign;
	return index;
}

/**
 * The value axis for `values` (nulls and non-finite values are gaps and are
 * ignored): ends on multiples of a nice step, at most `maxTicks` ticks, every
 * value inside.
 */
export function computeAxisRange(values: readonly (number | null | undefined)[], axis: AxisSpec, options: AxisRangeOptions = {}): AxisRange {
	const maxTicks = Math.max(3, Math.floor(options.maxTicks ?? 6));
	const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LARGEST_AXIS_VALUE);
	const empty = finite.length === 0;
	let dataMin = empty ? 0 : finite.reduce((a, b) => Math.min(a, b));
	let dataMax = empty ? (axis.kind === 'percent' ? 100 : 1) : finite.reduce((a, b) => Math.max(a, b));
	if (options.includeZero) {
		dataMin = Math.min(dataMin, 0);
		dataMax = Math.max(dataMax, 0);
	}
	// Limits the padding may not cross: 0 when no value is negative, 100 for a percent no value exceeds.
	const floor = dataMin >= 0 ? 0 : -Infinity;
	const ceiling = axis.kind === 'percent' && dataMax <= 100 ? 100 : Infinity;
	const spread = dataMax - dataMin;
	const smallest = 10 ** SMALLEST_STEP_EXPONENT[axis.kind];
	const padding = spread > 0 ? spread * PADDING : Math.max(Math.abs(dataMax) * 0.1, smallest);
	const low = Math.max(dataMin - padding, floor);
	const high = Math.min(dataMax + padding, ceiling);

	const largest = Math.max(Math.abs(low), Math.abs(high));
	const floorExponent = Math.max(SMALLEST_STEP_EXPONENT[axis.kind], largest > 0 ? Math.floor(Math.log10(largest)) - SIGNIFICANT_DIGITS : -Infinity);
	let rank = computeStepRank((high - low) / (maxTicks - 1), floorExponent);
	// Rounding the ends out to whole steps can add a tick; take the next step up until they fit
	// (at the latest when one step spans the data: then three ticks hold it, even across zero).
	let first = computeTickIndex(low, rank, false);
	let last = computeTickIndex(high, rank, true);
	while (last - first + 1 > maxTicks) {
		rank += 1;
		first = computeTickIndex(low, rank, false);
		last = computeTickIndex(high, rank, true);
	}
	const ticks = Array.from({ length: last - first + 1 }, (_, i) => computeTickValue(first + i, rank));
	return {
		min: ticks[0],
		max: ticks[ticks.length - 1],
		step: computeTickValue(1, rank),
		decimals: Math.max(0, -computeStepExponent(rank)),
		ticks,
	};
}

/**
 * One tick of an axis: every tick of the axis is written with the same
 * `decimals` (AxisRange.decimals), so the axis reads in one format.
 * count → "1,200", percent → "82.5%", money → "$5,000", "5,000" or "0.20", number → "−0.25".
 * A value that is not a finite number gives "" (an unlabelled tick), never "NaN".
 * The writing itself is src/lib/format.ts's (true minus sign, never "−0").
 */
export function formatTick(value: number, axis: Pick<AxisSpec, 'kind' | 'currency'>, decimals: number): string {
	if (!Number.isFinite(value)) return '';
	const wanted = Math.min(20, Math.max(0, Math.floor(decimals)));
	// Counts are whole; an amount with any cents shows both cent digits ("0.20", not "0.2").
	const places = axis.kind === 'count' ? 0 : axis.kind === 'money' && wanted > 0 ? Math.max(2, wanted) : wanted;
	if (axis.kind === 'percent') return `${formatFixed(value, places)}%`;
	if (axis.kind === 'money' && axis.currency) return formatMoney(value, axis.currency, { decimals: places });
	return formatFixed(value, places);
}

/** Every tick of an axis, written: what the reader sees along it. */
export function formatAxisTicks(range: AxisRange, axis: Pick<AxisSpec, 'kind' | 'currency'>): string[] {
	return range.ticks.map((t) => formatTick(t, axis, range.decimals));
}

/** Narrowest line a category label is wrapped to, in characters: below it chart.js shows fewer labels rather than unreadable stubs. */
export const NARROWEST_LABEL = 6;

/**
 * How many characters of a category label fit under its slot: the plot's
 * width shared by the labels, at `charWidth` pixels a character, never below
 * NARROWEST_LABEL.
 */
export function computeLabelWidth(plotWidth: number, labelCount: number, charWidth: number): number {
	// A zero or missing measurement gives NaN or 0 here, and so the narrowest line.
	return Math.max(NARROWEST_LABEL, Math.floor(plotWidth / labelCount / charWidth) || 0);
}

/**
 * A category label that fits `width` characters without slanting it: kept as
 * is when it fits, otherwise wrapped at spaces onto at most `maxLines` lines
 * ("Detractors (0–6)" → ["Detractors", "(0–6)"]); a word longer than a line,
 * or text beyond the last line, is cut with "…". The full label stays in the
 * table under the chart.
 */
export function formatCategoryTick(label: string, width: number, maxLines = 2): string | string[] {
	const limit = Math.max(2, Math.floor(width));
	const lines: string[] = [];
	for (const word of label.trim().split(/\s+/)) {
		const last = lines.length - 1;
		if (last >= 0 && lines[last].length + 1 + word.length <= limit) lines[last] += ` ${word}`;
		else lines.push(word);
	}
	const kept = lines.slice(0, Math.max(1, maxLines));
	// Text beyond the last line makes that line too long, so it is cut with "…" below.
	if (lines.length > kept.length) kept[kept.length - 1] += ` ${lines[kept.length]}`;
	const fitted = kept.map((line) => (line.length <= limit ? line : `${line.slice(0, limit - 1).trimEnd()}…`));
	return fitted.length === 1 ? fitted[0] : fitted;
}
