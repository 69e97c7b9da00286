/**
 * Plan-wide decisions that several pages state: src/content/data/plan.yaml.
 * Each lives here once; pages render it with <Value plan="..." /> and the plan
 * rules (src/lib/plan-rules/) check the rest of the data agrees with it.
 */
import { z } from 'zod';
import { enumField, textField } from './fields.ts';

const wholeNumber = (name: string, min: number) =>
	z
		.number({ error: `${name} must be a whole number, for example ${name}: ${Math.max(min, 1)}` })
		.int({ message: `${name} must be a whole number` })
		.min(min, { message: `${name} must be at least ${min}` });

/** How accounts are split into tiers. */
export const segmentationMethods = ['equal-accounts', 'equal-revenue'] as const;
/** What the current-state page says about the periods KPI baselines cover. */
export const baselinePeriodClaims = ['same-period', 'same-end', 'stated-per-kpi'] as const;

export const planSettingsSchema = z.object({
	segmentation: z.object({
		/**
		 * equal-accounts: rank by annual revenue and cut into quarters holding the
		 * same number of accounts; equal-revenue: cut where each quarter holds the
		 * same share of revenue (so the top quarter is a few large accounts).
		 */
		method: enumField('segmentation.method', segmentationMethods),
		/** The method in words, as pages show it (fits after "Tiers are set by"). */
		description: textField('segmentation.description'),
	}),
	surveys: z.object({
		/** The most surveys one contact receives in any window of `perDays` days, across every survey we send. */
		atMost: wholeNumber('surveys.atMost', 1),
		/** The window, in days. */
		perDays: wholeNumber('surveys.perDays', 1),
	}),
	/** How long a first draft of the plan takes, in working hours (a range). */
	draftHours: z.object({ min: wholeNumber('draftHours.min', 1), max: wholeNumber('draftHours.max', 1) }),
	/** Months after which an unreviewed plan is usually ignored (a commonly cited rule of thumb). */
	ignoredAfterMonths: wholeNumber('ignoredAfterMonths', 1),
	/** What the current-state page claims about baseline periods; checked against kpis.yaml. */
	baselinePeriods: enumField('baselinePeriods', baselinePeriodClaims),
	healthScore: z.object({
		/** The fewest leading indicators a health score may use. */
		minSignals: wholeNumber('healthScore.minSignals', 1),
		/** Signals the plan keeps out of the score on purpose, with the signal ids they go by in calculator configs. */
		excluded: z
			.array(
				z.object({
					/** The signal in words ("Days to renewal"). */
					name: textField('healthScore.excluded name'),
					/** Signal ids that mean this signal in the calculator's default config and industry presets. */
					ids: z.array(textField('healthScore.excluded ids entry')).min(1, { message: 'ids must list at least one signal id' }),
					/** Why it stays out. */
					why: textField('healthScore.excluded why'),
				}),
			)
			.default([]),
	}),
});

export type PlanSettings = z.infer<typeof planSettingsSchema>;
