/**
 * Net Promoter Score: the score, its margin of error and interval, a
 * two-survey comparison and the sample size for a chosen margin.
 *
 * Definition (Reichheld, "The One Number You Need to Grow", Harvard Business
 * Review, December 2003): answers 9–10 are promoters, 7–8 passives, 0–6
 * detractors; NPS = % promoters − % detractors, from −100 to +100.
 *
 * Interval: each answer is a score of +1 (promoter), 0 (passive) or −1
 * (detractor), so NPS/100 is the mean of a trinomial variable whose variance is
 * p + d − (p − d)² (p, d: promoter and detractor shares). The plain (Wald)
 * interval from that variance collapses to zero width when every answer falls
 * in one group and is too narrow in small samples, so we use the adjusted-Wald
 * interval of Rocks (2016): add three pseudo-answers, ¾ promoter, ¾ detractor
 * and 1½ passive, before computing the centre and the variance.
 * Source: B. Rocks, "Interval Estimation for the 'Net Promoter Score'",
 * The American Statistician 70(4), 2016, pp. 365–372; the same adjustment is
 * recommended by J. Sauro (MeasuringU) for NPS confidence intervals.
 */
import type { NpsCounts } from '#src/schemas/calculators.ts';
import { computeNormalCdf, computeNormalQuantile } from './stats.ts';

/** Pseudo-answers added by the adjusted-Wald method (Rocks 2016). */
export const NPS_ADJUSTMENT = { promoters: 0.75, passives: 1.5, detractors: 0.75 } as const;
const ADJUSTMENT_TOTAL = 3;

/** Below this many responses the calculator warns (a commonly cited rule of thumb). */
export const NPS_MIN_SAMPLE = 30;

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** Which group a 0–10 answer belongs to; null for anything else. */
export function classifyNpsAnswer(score: number): NpsGroup | null {
	if (!Number.isInteger(score) || score < 0 || score > 10) return null;
	if (score >= 9) return 'promoter';
	if (score >= 7) return 'passive';
	return 'detractor';
}

/** Counts by group from a list of 0–10 answers (invalid answers are ignored). */
export function countNpsAnswers(scores: readonly number[]): NpsCounts {
	const counts = { promoters: 0, passives: 0, detractors: 0 };
	for (const s of scores) {
		const g = classifyNpsAnswer(s);
		if (g === 'promoter') counts.promoters++;
		else if (g === 'passive') counts.passives++;
		else if (g === 'detractor') counts.detractors++;
	}
	return counts;
}

/** How many answers there are of each score 0–10 (for the distribution chart). */
export function computeScoreDistribution(scores: readonly number[]): number[] {
	const bins = Array.from({ length: 11 }, () => 0);
	for (const s of scores) if (classifyNpsAnswer(s) !== null) bins[s]++;
	return bins;
}

export interface NpsResult {
	/** Number of responses. */
	responses: number;
	/** NPS from −100 to 100. */
	score: number;
	/** Shares in percent (0–100). */
	promoterShare: number;
	passiveShare: number;
	detractorShare: number;
	/** Half-width of the interval, in NPS points. */
	marginOfError: number;
	/** Interval bounds in NPS points, clipped to [−100, 100]. */
	low: number;
	high: number;
	/** Confidence level used, e.g. 0.95. */
	confidence: number;
	/** True when responses are below the minimum sample. */
	smallSample: boolean;
}

/** Shares and variance after the adjusted-Wald pseudo-answers; used by the interval and the comparison. */
function adjust(counts: NpsCounts) {
	const n = counts.promoters + counts.passives + counts.detractors + ADJUSTMENT_TOTAL;
	const p = (counts.promoters + NPS_ADJUSTMENT.promoters) / n;
	const d = (counts.detractors + NPS_ADJUSTMENT.detractors) / n;
	const centre = p - d;
	// Variance of one answer (+1/0/−1); never negative, but guard rounding.
	const variance = Math.max(0, p + d - centre * centre);
	return { n, centre, variance };
}

/** z for a two-sided interval at the given confidence (0.95 → 1.959964). */
export function computeZ(confidence: number): number {
	return computeNormalQuantile(1 - (1 - confidence) / 2);
}

/**
 * NPS and its interval, or null when there are no responses: zero responses is
 * "no score", never 0.
 */
export function computeNps(counts: NpsCounts, confidence = 0.95, minSample = NPS_MIN_SAMPLE): NpsResult | null {
	const responses = counts.promoters + counts.passives + counts.detractors;
	if (responses === 0) return null;
	const promoterShare = (counts.promoters / responses) * 100;
	const passiveShare = (counts.passives / responses) * 100;
	const detractorShare = (counts.detractors / responses) * 100;
	const score = promoterShare - detractorShare;
	const { n, centre, variance } = adjust(counts);
	const marginOfError = computeZ(confidence) * Math.sqrt(variance / n) * 100;
	return {
		responses,
		score,
		promoterShare,
		passiveShare,
		detractorShare,
		marginOfError,
		low: Math.max(-100, centre * 100 - marginOfError),
		high: Math.min(100, centre * 100 + marginOfError),
		confidence,
		smallSample: responses < minSample,
	};
}

export interface NpsComparison {
	/** Later score minus earlier score, NPS points. */
	difference: number;
	/** Standard error of the difference, NPS points. */
	standardError: number;
	/** Test statistic. */
	z: number;
	/** Two-sided p-value. */
	pValue: number;
	/** True when pValue < alpha. */
	significant: boolean;
	/** Name of the test, for the page. */
	test: string;
}

/**
 * Whether the change between two surveys is statistically significant: a
 * two-sided two-sample z-test on the difference of NPS, using the
 * adjusted-Wald variance of each survey (Rocks 2016, section 4). Null when
 * either survey has no responses.
 */
export function compareNps(before: NpsCounts, after: NpsCounts, alpha = 0.05): NpsComparison | null {
	const nb = before.promoters + before.passives + before.detractors;
	const na = after.promoters + after.passives + after.detractors;
	if (nb === 0 || na === 0) return null;
	const b = adjust(before);
	const a = adjust(after);
	const rawDifference = (after.promoters - after.detractors) / na - (before.promoters - before.detractors) / nb;
	const se = Math.sqrt(b.variance / b.n + a.variance / a.n);
	const z = se === 0 ? 0 : (a.centre - b.centre) / se;
	const pValue = Math.min(1, 2 * (1 - computeNormalCdf(Math.abs(z))));
	return {
		difference: rawDifference * 100,
		standardError: se * 100,
		z,
		pValue,
		significant: pValue < alpha,
		test: 'two-sample z-test on the difference of NPS (adjusted-Wald variances)',
	};
}

/**
 * Responses needed for a margin of error of `margin` NPS points:
 * n = z² σ² / E² − 3 (the three pseudo-answers count towards the sample),
 * with σ² the variance of one answer. Without expected shares we use the
 * worst case σ² = 1 (half promoters, half detractors), which is safe.
 */
export function computeNpsSampleSize(margin: number, confidence = 0.95, expected?: NpsCounts): number {
	let variance = 1;
	if (expected && expected.promoters + expected.passives + expected.detractors > 0) {
		variance = adjust(expected).variance;
	}
	const e = margin / 100;
	const z = computeZ(confidence);
	return Math.max(1, Math.ceil((z * z * variance) / (e * e) - ADJUSTMENT_TOTAL));
}

/**
 * NPS answers pasted as text: separated by commas, spaces, semicolons or new
 * lines. Bad entries are reported by position (the nth entry) and skipped.
 */
export function parseScoreList(text: string): { scores: number[]; errors: string[] } {
	const scores: number[] = [];
	const errors: string[] = [];
	text
		.split(/[\s,;]+/)
		.filter((t) => t !== '')
		.forEach((t, i) => {
			const n = Number(t);
			if (/^\d{1,2}$/.test(t) && n <= 10) scores.push(n);
			else errors.push(`entry ${i + 1} ("${t.slice(0, 20)}") is not a score from 0 to 10`);
		});
	return { scores, errors };
}
