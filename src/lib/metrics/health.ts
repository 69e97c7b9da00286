/**
 * Account health score: configurable signals combined into 0–100, banded
 * green / yellow / red.
 *
 * Method (stated on /tools/health-score/):
 * - Each signal's value maps linearly to points: at `poor` or worse 0, at
 *   `good` or better 100, in between proportionally (a linear scorecard, the
 *   common practice in customer-success platforms such as Gainsight's
 *   "scorecards"; see also the playbook's retention section).
 * - Score = Σ wᵢ·pointsᵢ ÷ Σ wᵢ over the signals that HAVE a value. Missing
 *   data is left out and the remaining weights are renormalised, so a missing
 *   value neither helps nor hurts; coverage = Σ weights present ÷ Σ all weights.
 * - The score is rounded to one decimal, then banded: green when ≥ green
 *   boundary (default 70), yellow when ≥ yellow boundary (default 40), red below.
 * - A signal at or beyond its `critical` value forces red whatever the score.
 * - Trend: score minus the previous score; changes under 1 point count as flat.
 */
import type { HealthBands, HealthConfig, HealthSignal } from '#src/schemas/calculators.ts';

export type HealthBand = 'green' | 'yellow' | 'red';

/** Each band's name as readers see it (results, tables, the export). */
export const bandNames: Record<HealthBand, string> = { green: 'Green', yellow: 'Yellow', red: 'Red' };

/** Default bands (documented on the page). */
export const DEFAULT_BANDS: HealthBands = { green: 70, yellow: 40 };

/** Below this coverage (share of weight with data) the result is flagged as thin. */
export const LOW_COVERAGE = 0.5;

/** A signal's points 0–100 for a value (linear between poor and good, clamped). */
export function computeSignalPoints(signal: Pick<HealthSignal, 'poor' | 'good'>, value: number): number {
	const fraction = (value - signal.poor) / (signal.good - signal.poor);
	return Math.min(100, Math.max(0, fraction * 100));
}

/** True when the value is at or beyond the signal's critical threshold. */
export function isCritical(signal: HealthSignal, value: number): boolean {
	if (signal.critical === undefined) return false;
	return signal.direction === 'higher-is-better' ? value <= signal.critical : value >= signal.critical;
}

/** Band for a score with the given boundaries. */
export function computeBand(score: number, bands: HealthBands = DEFAULT_BANDS): HealthBand {
	if (score >= bands.green) return 'green';
	if (score >= bands.yellow) return 'yellow';
	return 'red';
}

export interface SignalContribution {
	id: string;
	name: string;
	value: number | null;
	/** Points 0–100, or null when missing. */
	points: number | null;
	/** Weight share among present signals (sums to 1 over present signals). */
	share: number;
	/** Score points lost to this signal: share × (100 − points). */
	shortfall: number;
	critical: boolean;
}

export interface HealthResult {
	/** 0–100, one decimal; null when no signal has a value. */
	score: number | null;
	band: HealthBand | null;
	/** Share of total weight with data, 0–1. */
	coverage: number;
	/** True when a critical signal forced the band to red. */
	forcedRed: boolean;
	/** Signals at or beyond their critical value. */
	criticalSignals: string[];
	contributions: SignalContribution[];
	/** The present signal costing the most points, or null. */
	weakest: SignalContribution | null;
	/** Score − previous, or null without a previous score. */
	change: number | null;
	trend: 'up' | 'down' | 'flat' | null;
}

/** Values by signal id; null, undefined or NaN count as missing. */
export type SignalValues = Record<string, number | null | undefined>;

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Score one account (config already validated by healthConfigSchema). Plain
 * loops rather than map/filter chains: a portfolio import calls this 100,000
 * times, and the intermediate arrays were most of its garbage.
 */
export function computeHealth(config: HealthConfig, values: SignalValues, previous?: number | null): HealthResult {
	const bands = config.bands ?? DEFAULT_BANDS;
	let totalWeight = 0;
	let presentWeight = 0;
	for (const s of config.signals) {
		totalWeight += s.weight;
		if (present(values[s.id])) presentWeight += s.weight;
	}
	const contributions: SignalContribution[] = [];
	const criticalSignals: string[] = [];
	let raw = 0;
	let weakest: SignalContribution | null = null;
	for (const s of config.signals) {
		const v = values[s.id];
		if (!present(v)) {
			contributions.push({ id: s.id, name: s.name, value: null, points: null, share: 0, shortfall: 0, critical: false });
			continue;
		}
		const points = computeSignalPoints(s, v);
		const share = presentWeight > 0 ? s.weight / presentWeight : 0;
		const c: SignalContribution = { id: s.id, name: s.name, value: v, points, share, shortfall: share * (100 - points), critical: isCritical(s, v) };
		contributions.push(c);
		if (c.critical) criticalSignals.push(c.name);
		raw += share * points;
		// The first of equal shortfalls wins, so the order of the signal set breaks ties.
		if (c.shortfall > 0 && (weakest === null || c.shortfall > weakest.shortfall)) weakest = c;
	}
	const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
	if (presentWeight === 0) {
		// Only zero-weight signals (or none) have data: no score, but a critical value still matters.
		return {
			score: null,
			band: criticalSignals.length > 0 ? 'red' : null,
			coverage,
			forcedRed: criticalSignals.length > 0,
			criticalSignals,
			contributions,
			weakest: null,
			change: null,
			trend: null,
		};
	}
	const score = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
	const scoreBand = computeBand(score, bands);
	const forcedRed = criticalSignals.length > 0 && scoreBand !== 'red';
	const change = present(previous) ? Math.round((score - previous) * 10) / 10 : null;
	return {
		score,
		band: criticalSignals.length > 0 ? 'red' : scoreBand,
		coverage,
		forcedRed,
		criticalSignals,
		contributions,
		weakest,
		change,
		trend: change === null ? null : Math.abs(change) < 1 ? 'flat' : change > 0 ? 'up' : 'down',
	};
}

const bandRisk: Record<HealthBand, number> = { red: 0, yellow: 1, green: 2 };

export interface ScoredAccount {
	account: string;
	/** 1-based line in the source file. */
	line: number;
	result: HealthResult;
}

/**
 * Sort accounts by risk: red first, then yellow, then green; within a band the
 * lowest score first; accounts with no score at all last (they need data, not
 * an intervention). Stable for ties (keeps file order).
 */
export function sortByRisk<T extends { result: Pick<HealthResult, 'band' | 'score'> }>(accounts: readonly T[]): T[] {
	// One number per account packs the sort key (band rank, then score in
	// tenths) above the account's index, so a native numeric sort of a typed
	// array does the work: no comparator calls, and ties keep file order.
	// 100,000 accounts sort in a few milliseconds.
	const slots = 2 ** 23; // more rows than a 20 MB file can hold (8.4 million)
	const packed = new Float64Array(accounts.length);
	accounts.forEach(({ result }, i) => {
		const rank = result.band === null ? 3 : bandRisk[result.band];
		const tenths = result.score === null ? 9990 : Math.round(result.score * 10);
		packed[i] = (rank * 10_000 + tenths) * slots + i;
	});
	packed.sort();
	return Array.from(packed, (p) => accounts[p % slots]);
}

/** How many accounts fall in each band (plus those with no score). */
export function countByBand(accounts: readonly { result: Pick<HealthResult, 'band'> }[]): Record<HealthBand | 'none', number> {
	const counts = { red: 0, yellow: 0, green: 0, none: 0 };
	for (const a of accounts) counts[a.result.band ?? 'none']++;
	return counts;
}

/**
 * The default signal set: five leading indicators the playbook's retention
 * section names (usage, contact recency, tickets, payment, survey score).
 * Days to renewal stays out on purpose (src/content/data/plan.yaml,
 * healthScore.excluded): a close date is not a sign of poor health. Thresholds
 * are starting points to be replaced by history.
 */
export const defaultHealthConfig: HealthConfig = {
	signals: [
		{ id: 'usage', name: 'Product usage (% of seats active)', weight: 30, direction: 'higher-is-better', poor: 20, good: 70, critical: 10 },
		{ id: 'lastContact', name: 'Days since last contact', weight: 20, direction: 'lower-is-better', poor: 90, good: 14 },
		{ id: 'tickets', name: 'Open support tickets', weight: 10, direction: 'lower-is-better', poor: 8, good: 1 },
		{ id: 'payment', name: 'Invoices paid on time (%)', weight: 20, direction: 'higher-is-better', poor: 50, good: 100 },
		{ id: 'nps', name: 'Latest survey score (0–10)', weight: 20, direction: 'higher-is-better', poor: 4, good: 9, critical: 3 },
	],
	bands: DEFAULT_BANDS,
};

/**
 * The worked example on a fresh /tools/health-score/ page: an account with
 * middling usage, a month since contact, a few tickets and a passive survey
 * answer, which scores 65.9 (yellow) with usage as the biggest drag.
 */
export const defaultHealthExample: Record<string, number> = { usage: 45, lastContact: 30, tickets: 3, payment: 90, nps: 7 };
