/**
 * Customer lifetime value, LTV:CAC and CAC payback.
 *
 * One engine serves every CLV model (src/lib/metrics/clv-models.ts): a model
 * turns its inputs into a monthly gross profit per account, a monthly churn
 * and an optional monthly growth of that profit; this file values that stream.
 *
 * - Simple CLV = monthly gross profit ÷ monthly churn
 *   (= ARPA × gross margin ÷ churn). Source: the standard SaaS formula, e.g.
 *   D. Skok, "SaaS Metrics 2.0", forEntrepreneurs.com.
 * - Discounted CLV: cash arrives at the END of each month the account is
 *   active; the account pays month 1 for sure and survives each further month
 *   with probability (1 − c). With monthly discount rate d (from the annual
 *   rate D: d = (1 + D)^(1/12) − 1) and monthly profit growth g:
 *       CLV = Σ_{t=1..H} P (1 + g)^(t−1) (1 − c)^(t−1) / (1 + d)^t
 *           = P / (1 + d) × (1 − r^H) / (1 − r),   r = (1 + g)(1 − c) / (1 + d)
 *   and for an unlimited horizon (r < 1) P / (1 + d) / (1 − r), which with
 *   g = 0 is P / (c + d). With d = g = 0 this reduces to the simple formula.
 *   Source: Gupta & Lehmann, "Customers as Assets", Journal of Interactive
 *   Marketing 17(1), 2003 (the margin multiple m·r/(1 + i − r), here with
 *   payments at the end of each period).
 * - Zero churn (and no discount) has no finite value: the sum never stops.
 *   We return null with reason "no-end" and the page offers a horizon.
 * - LTV:CAC = CLV ÷ CAC; CAC payback (months) = CAC ÷ monthly gross profit.
 *   The 3:1 and 12-month marks are commonly cited rules of thumb (Skok),
 *   shown as context, not targets.
 */

/** Rules of thumb shown as context next to the results. */
export const LTV_CAC_RULE_OF_THUMB = 3;
export const CAC_PAYBACK_RULE_OF_THUMB_MONTHS = 12;

/** What every CLV model produces before valuation. */
export interface ProfitStream {
	/** Gross profit per account per month (revenue × margin), currency. */
	monthlyProfit: number;
	/** Probability an account leaves in a given month, fraction 0–1. */
	monthlyChurn: number;
	/** Monthly growth of the profit per account (e.g. asset growth), fraction; default 0. */
	monthlyGrowth?: number;
}

export interface ValuationOptions {
	/** Annual discount rate in percent (10 = 10%); 0 means undiscounted. */
	discount: number;
	/** Finite horizon in months; 0 means until the account leaves. */
	horizon: number;
}

export type ClvResult = { value: number; reason?: undefined; expectedMonths: number | null } | { value: null; reason: 'no-end'; expectedMonths: null };

/** Monthly rate equivalent to an annual percentage rate (compounding). */
export function convertAnnualToMonthlyRate(annualPercent: number): number {
	return Math.pow(1 + annualPercent / 100, 1 / 12) - 1;
}

/**
 * Value of a profit stream (see the file comment for the formula). Returns
 * null with reason "no-end" instead of Infinity when the stream never ends
 * and there is no horizon.
 */
export function computeClv(stream: ProfitStream, options: ValuationOptions): ClvResult {
	const P = Math.max(0, stream.monthlyProfit);
	const c = Math.min(1, Math.max(0, stream.monthlyChurn));
	const g = stream.monthlyGrowth ?? 0;
	const d = options.discount > 0 ? convertAnnualToMonthlyRate(options.discount) : 0;
	const H = options.horizon > 0 ? Math.floor(options.horizon) : 0;
	const r = ((1 + g) * (1 - c)) / (1 + d);
	const expectedMonths = c > 0 ? (H > 0 ? (1 - Math.pow(1 - c, H)) / c : 1 / c) : H > 0 ? H : null;
	if (H > 0) {
		const sum = Math.abs(1 - r) < 1e-12 ? H : (1 - Math.pow(r, H)) / (1 - r);
		return { value: (P / (1 + d)) * sum, expectedMonths };
	}
	if (r >= 1 - 1e-12) return { value: null, reason: 'no-end', expectedMonths: null };
	return { value: P / (1 + d) / (1 - r), expectedMonths };
}

/** LTV:CAC ratio, or null without a positive CAC or a finite CLV. */
export function computeLtvToCac(clv: number | null, cac: number): number | null {
	if (clv === null || !(cac > 0)) return null;
	return clv / cac;
}

/** Months of gross profit needed to earn back CAC, or null when nothing is earned or CAC is 0. */
export function computeCacPayback(cac: number, monthlyProfit: number): number | null {
	if (!(cac > 0) || !(monthlyProfit > 0)) return null;
	return cac / monthlyProfit;
}

/** CLV at each churn value (fractions), other inputs fixed: the sensitivity chart's data. */
export function computeClvSensitivity(
	stream: ProfitStream,
	options: ValuationOptions,
	churnValues: readonly number[],
): { churn: number; value: number | null }[] {
	return churnValues.map((churn) => ({ churn, value: computeClv({ ...stream, monthlyChurn: churn }, options).value }));
}

/**
 * Churn values for the sensitivity chart: from half to double the current
 * monthly churn in even steps (or 0.5%–10% when churn is 0), never 0 itself.
 */
export function computeSensitivityRange(monthlyChurn: number, steps = 9): number[] {
	const centre = monthlyChurn > 0 ? monthlyChurn : 0.02;
	const lowest = Math.max(0.001, centre / 2);
	const highest = Math.min(1, Math.max(centre * 2, lowest * 4));
	return Array.from({ length: steps }, (_, i) => lowest + ((highest - lowest) * i) / (steps - 1));
}
