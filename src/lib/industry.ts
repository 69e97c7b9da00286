/**
 * Pure helpers for industry variants: ordering, choosing the reader's
 * industry, and placing a calculator result against a benchmark range.
 * Used at build time by the industry routes and in the browser by the
 * industry switcher and benchmark panel. No DOM, no astro:*.
 */
import { formatNumber } from './format.ts';

/** Storage key for the reader's chosen industry (localStorage, this browser only). */
export const INDUSTRY_STORAGE_KEY = 'playbook:industry';

/** URL query parameter that selects an industry; it wins over the stored choice. */
export const INDUSTRY_PARAM = 'industry';

/** Anything with an id, a display order and a name (a collection entry's data flattened). */
export interface Orderable {
	id: string;
	order: number;
	name: string;
}

/** Industries in menu order: by `order`, then by name. */
export function sortIndustries<T extends Orderable>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/**
 * The industry to show first: the URL parameter if it names a known industry,
 * else the reader's stored choice if known, else the fallback (the
 * organization's default industry).
 */
export function pickIndustry(options: { param?: string | null; stored?: string | null; known: readonly string[]; fallback: string }): string {
	const { param, stored, known, fallback } = options;
	if (param && known.includes(param)) return param;
	if (stored && known.includes(stored)) return stored;
	return fallback;
}

/** Ids with `first` moved to the front; the rest keep their order. */
export function orderWithFirst(ids: readonly string[], first: string): string[] {
	return ids.includes(first) ? [first, ...ids.filter((id) => id !== first)] : [...ids];
}

/** A typical range for a result. */
export interface Range {
	low: number;
	high: number;
}

export type RangePosition = 'below' | 'within' | 'above';

/** Where a value sits against a range (ends inclusive). */
export function compareWithRange(value: number, range: Range): RangePosition {
	if (value < range.low) return 'below';
	if (value > range.high) return 'above';
	return 'within';
}

/**
 * The number shown in a calculator's `<output>`, or null when it shows none
 * ("no score", "—"). Accepts thousands separators, currency signs, a unicode
 * minus and a trailing % ("−12.5%", "$1,234", "3.2:1" reads as 3.2).
 */
export function parseOutputNumber(text: string): number | null {
	const match = /[-−]?\d[\d,]*(?:\.\d+)?/.exec(text.replace(/\u00a0/g, ' '));
	if (!match) return null;
	const value = Number(match[0].replace('−', '-').replace(/,/g, ''));
	return Number.isFinite(value) ? value : null;
}

/** "20–50" with the unit where it reads naturally ("10–30%", "3–5:1"). */
export function formatRange(range: Range & { unit: string }): string {
	const span = `${formatNumber(range.low)}–${formatNumber(range.high)}`;
	if (range.unit === '%') return `${span}%`;
	if (range.unit === 'ratio') return `${span} : 1`;
	if (range.unit === 'score') return span;
	return `${span} ${range.unit}`;
}

/** Where a benchmark comes from, in words: "Source, 2024" or the illustrative notice. */
export function describeBenchmarkSource(b: { source?: string; year?: number; illustrative: boolean }): string {
	const cited = [b.source, b.year].filter((part) => part !== undefined && part !== '').join(', ');
	if (b.illustrative) {
		return cited ? `Illustrative rule of thumb (${cited}); not a published benchmark` : 'Illustrative rule of thumb; not a published benchmark';
	}
	return cited;
}

/** Sentence placing a result against a range, for the live region. */
export function describePosition(label: string, value: number, range: Range & { unit: string }): string {
	const position = compareWithRange(value, range);
	const number = formatNumber(value);
	const shown = range.unit === '%' ? `${number}%` : range.unit === 'ratio' ? `${number} : 1` : number;
	const where = position === 'within' ? 'within' : position === 'below' ? 'below' : 'above';
	return `${label}: ${shown} is ${where} the typical range of ${formatRange(range)}.`;
}
