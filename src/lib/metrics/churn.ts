/**
 * Churn and retention: the churn rate for a period, conversions between
 * monthly, quarterly and annual rates, expected customer lifetime, gross and
 * net revenue retention, and a cohort retention curve.
 *
 * Conventions (stated on /tools/churn/):
 * - Default denominator is customers at the START of the period (a cohort
 *   view). Customers who join and leave inside the same period were never in
 *   that denominator, so they are removed from the numerator too; otherwise a
 *   fast-growing business could show churn above 100%.
 * - The alternative `average` convention divides all losses by the average of
 *   customers at start and end, (start + end) / 2, as some billing tools do.
 * - Rates compound: a monthly churn m is an annual churn of 1 − (1 − m)^12,
 *   not 12 m. Source: any survival-analysis text; e.g. D. Skok, "SaaS Metrics
 *   2.0" (forEntrepreneurs.com), and the geometric model in Fader & Hardie,
 *   "How to Project Customer Retention" (Journal of Interactive Marketing, 2007).
 * - Lifetime uses the same geometric model: with a constant monthly churn m,
 *   the mean lifetime is 1 / m months and the median is the first whole month
 *   by whose end half the customers have gone, ⌈ln 0.5 / ln(1 − m)⌉.
 * - GRR = (start MRR − contraction − churned) / start MRR;
 *   NRR = (start MRR + expansion − contraction − churned) / start MRR.
 *   Source: the definitions used in KeyBanc/Sapphire SaaS surveys and
 *   e.g. ChartMogul's and Stripe's metric glossaries. New customers are excluded.
 */
import type { ChurnConvention, ChurnInputParsed, RevenueRetentionInput } from '#src/schemas/calculators.ts';

export interface ChurnResult {
	/** Churn for the period as a fraction 0–1. */
	periodChurn: number;
	/** Equivalent constant monthly churn, fraction 0–1. */
	monthlyChurn: number;
	quarterlyChurn: number;
	annualChurn: number;
	/** 1 − periodChurn. */
	periodRetention: number;
	annualRetention: number;
	/** Customers at end of period. */
	end: number;
	/** Denominator used. */
	denominator: number;
	/** Losses counted in the numerator. */
	counted: number;
	convention: ChurnConvention;
	/** Mean and median expected lifetime in months; null when churn is 0 (no finite lifetime). */
	meanLifetimeMonths: number | null;
	medianLifetimeMonths: number | null;
}

/** Churn rate over `fromMonths` converted to an equivalent rate over `toMonths`, compounding. */
export function convertChurnRate(rate: number, fromMonths: number, toMonths: number): number {
	if (rate >= 1) return 1;
	if (rate <= 0) return 0;
	return 1 - Math.pow(1 - rate, toMonths / fromMonths);
}

/** Retention rate (fraction) to churn rate; kept as a function so presets can speak either. */
export function convertRetentionToChurn(retention: number): number {
	return Math.min(1, Math.max(0, 1 - retention));
}

/** Monthly churn implied by an average customer lifespan in months (geometric model: m = 1 / lifespan). */
export function computeChurnFromLifespan(lifespanMonths: number): number {
	if (!(lifespanMonths > 0) || !Number.isFinite(lifespanMonths)) return 0;
	return Math.min(1, 1 / Math.max(1, lifespanMonths));
}

/** Mean lifetime (months) at a constant monthly churn, or null when churn is 0. */
export function computeMeanLifetime(monthlyChurn: number): number | null {
	return monthlyChurn > 0 ? 1 / monthlyChurn : null;
}

/** Median lifetime (whole months) at a constant monthly churn, or null when churn is 0. */
export function computeMedianLifetime(monthlyChurn: number): number | null {
	if (!(monthlyChurn > 0)) return null;
	if (monthlyChurn >= 1) return 1;
	return Math.max(1, Math.ceil(Math.log(0.5) / Math.log(1 - monthlyChurn) - 1e-9));
}

/** Churn for one period from customer counts (input already validated by churnInputSchema). */
export function computeChurn(input: ChurnInputParsed): ChurnResult {
	const { start, added, lost, lostNew, months, convention } = input;
	const end = start + added - lost;
	let denominator: number;
	let counted: number;
	if (convention === 'average') {
		denominator = (start + end) / 2;
		counted = lost;
	} else {
		denominator = start;
		counted = lost - lostNew;
	}
	const periodChurn = denominator > 0 ? Math.min(1, Math.max(0, counted / denominator)) : 0;
	const monthlyChurn = convertChurnRate(periodChurn, months, 1);
	const annualChurn = convertChurnRate(periodChurn, months, 12);
	return {
		periodChurn,
		monthlyChurn,
		quarterlyChurn: convertChurnRate(periodChurn, months, 3),
		annualChurn,
		periodRetention: 1 - periodChurn,
		annualRetention: 1 - annualChurn,
		end,
		denominator,
		counted,
		convention,
		meanLifetimeMonths: computeMeanLifetime(monthlyChurn),
		medianLifetimeMonths: computeMedianLifetime(monthlyChurn),
	};
}

export interface RevenueRetentionResult {
	/** Gross revenue retention, fraction (0–1). */
	grr: number;
	/** Net revenue retention, fraction (0 or more). */
	nrr: number;
	/** Revenue churn (churned + contraction) / start, fraction. */
	grossRevenueChurn: number;
}

/** GRR and NRR for one period (input validated by revenueRetentionSchema). */
export function computeRevenueRetention(input: RevenueRetentionInput): RevenueRetentionResult {
	const { mrr, expansion, contraction, churned } = input;
	const lostRevenue = contraction + churned;
	return {
		grr: Math.max(0, (mrr - lostRevenue) / mrr),
		nrr: Math.max(0, (mrr + expansion - lostRevenue) / mrr),
		grossRevenueChurn: Math.min(1, lostRevenue / mrr),
	};
}

// ---------------------------------------------------------------- Cohorts

export interface Cohort {
	label: string;
	/** Active customers at period 0, 1, 2, …; period 0 is the cohort size. */
	counts: number[];
}

export interface CohortTable {
	cohorts: Cohort[];
	/** Lines that could not be read (1-based), with the reason; the rest are kept. */
	errors: { line: number; message: string }[];
}

/**
 * Read a pasted cohort table: one cohort per line, a label then the number of
 * customers still active at period 0, 1, 2, … separated by tabs, commas or
 * semicolons (a spreadsheet paste uses tabs). A header line whose numbers do
 * not parse is skipped if it is the first line; blank lines are skipped.
 */
export function parseCohortTable(text: string): CohortTable {
	const cohorts: Cohort[] = [];
	const errors: { line: number; message: string }[] = [];
	const lines = text.split(/\r\n|\n|\r/);
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (line === '') return;
		// Tabs when present (a spreadsheet paste, where "1,200" may be a number), else ; or ,.
		const cells = (line.includes('\t') ? line.split('\t') : line.split(/[;,]/)).map((c) => c.trim());
		const label = cells[0] ?? '';
		const values = cells.slice(1).filter((c) => c !== '');
		const numbers = values.map((c) => Number(c.replace(/[\s_,]/g, '')));
		const isHeader = cohorts.length === 0 && errors.length === 0 && numbers.every((n) => Number.isNaN(n));
		if (isHeader) return;
		if (values.length === 0) {
			errors.push({ line: index + 1, message: `line ${index + 1}: "${label}" has no counts after the label` });
			return;
		}
		const bad = numbers.findIndex((n) => !Number.isFinite(n) || n < 0);
		if (bad >= 0) {
			errors.push({ line: index + 1, message: `line ${index + 1}: "${values[bad]}" is not a count of customers (use whole numbers, 0 or more)` });
			return;
		}
		if (numbers[0] === 0) {
			errors.push({ line: index + 1, message: `line ${index + 1}: the cohort starts with 0 customers, so it has no retention to show` });
			return;
		}
		// A cohort is the customers who joined together: it can only shrink, so more later is a mistyped row, not retention above 100%.
		const grown = numbers.findIndex((n) => n > numbers[0]);
		if (grown > 0) {
			errors.push({
				line: index + 1,
				message: `line ${index + 1}: period ${grown} has more customers (${values[grown]}) than the cohort started with (${values[0]}); a cohort can only shrink, so put later joiners in their own cohort`,
			});
			return;
		}
		cohorts.push({ label: label || `Cohort ${cohorts.length + 1}`, counts: numbers });
	});
	return { cohorts, errors };
}

export interface CohortCurve {
	/** Per cohort: retention fraction per period (period 0 = 1). */
	cohorts: { label: string; retention: number[] }[];
	/** Average across cohorts that reached each period, weighted by cohort size. */
	average: number[];
	/** How many cohorts reached each period: the basis of that period's average. */
	reached: number[];
}

/**
 * Retention curves: each cohort's active count divided by its starting size,
 * and the size-weighted average for each period over the cohorts that have
 * reached it (younger cohorts simply stop early).
 */
export function computeCohortCurve(cohorts: readonly Cohort[]): CohortCurve {
	const longest = Math.max(0, ...cohorts.map((c) => c.counts.length));
	const average: number[] = [];
	const reached: number[] = [];
	for (let period = 0; period < longest; period++) {
		let active = 0;
		let size = 0;
		let count = 0;
		for (const c of cohorts) {
			if (c.counts.length > period) {
				active += c.counts[period];
				size += c.counts[0];
				count++;
			}
		}
		average.push(size > 0 ? active / size : 0);
		reached.push(count);
	}
	return {
		cohorts: cohorts.map((c) => ({ label: c.label, retention: c.counts.map((n) => n / c.counts[0]) })),
		average,
		reached,
	};
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The cohort curve in a sentence that says what each figure rests on: the
 * last period's average names how many cohorts reached it, and when that is
 * not all of them, the last period every cohort reached is given too (three
 * cohorts pasted, one of them three periods old, is not "across 3 cohorts").
 */
export function describeCohortCurve(curve: CohortCurve, formatShare: (fraction: number) => string): string {
	const total = curve.cohorts.length;
	const last = curve.average.length - 1;
	if (last < 1) return `${plural(total, 'cohort', 'cohorts')}, none followed beyond its first period yet.`;
	const lastReached = curve.reached[last];
	const atLast = `After ${plural(last, 'period', 'periods')}, ${formatShare(curve.average[last])} of customers remain`;
	if (lastReached === total) return `${atLast}, across all ${plural(total, 'cohort', 'cohorts')} (weighted by cohort size).`;
	const allReached = curve.reached.lastIndexOf(total);
	const basis = `${atLast}: only ${lastReached} of the ${total} cohorts ${lastReached === 1 ? 'has' : 'have'} reached period ${last}.`;
	if (allReached < 1) return basis;
	return `${basis} ${total === 2 ? 'Both' : `All ${total}`} reached period ${allReached}, where ${formatShare(curve.average[allReached])} remain (weighted by cohort size).`;
}
