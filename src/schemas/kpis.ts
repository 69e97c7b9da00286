/**
 * KPIs (plan section 9): src/content/data/kpis.yaml. The plan's rules (one north
 * star, at most four supporting, targets moving the right way, justification for
 * ambitious targets) are in plan-rules.ts.
 */
import { z } from 'zod';
import { dateField, enumField, idField, textField } from './fields.ts';

export const kpiDirections = ['higher', 'lower'] as const;
export const kpiUnits = ['percent', 'points', 'score', 'days', 'count', 'currency'] as const;

const valueField = (name: string) =>
	z.number({
		error: (issue) =>
			issue.input === undefined
				? `${name} is required: write it as a plain number, for example ${name}: 42`
				: `${name} must be a plain number (no % sign or units), for example ${name}: 42`,
	});

export const kpiSchema = z.object({
	/** Stable id (`nps`, `csat`, ...), also the glossary anchor where one exists. */
	id: idField('id'),
	/** Full name ("Net Promoter Score"). */
	name: textField('name'),
	/** Short form readers know it by ("NPS"), if any. */
	abbreviation: textField('abbreviation').optional(),
	/** How it is calculated and from what data, in one or two sentences. */
	definition: textField('definition', 'say how the number is calculated and from what data'),
	/** True for the one metric the whole plan steers by. */
	northStar: z.boolean({ error: 'northStar must be true or false' }).default(false),
	/** Whether higher or lower values are better. */
	direction: enumField('direction', kpiDirections),
	/** What the numbers are: percent, points (NPS), score, days, count or currency. */
	unit: enumField('unit', kpiUnits),
	/** The value measured before the plan started. */
	baseline: valueField('baseline'),
	/** Where the baseline came from ("Relational survey, 412 responses"); the period is baselinePeriod. */
	baselineSource: textField('baselineSource', 'say where the baseline number came from'),
	/** The period the baseline was measured over, first and last day (YYYY-MM-DD). */
	baselinePeriod: z.object(
		{ from: dateField('baselinePeriod.from'), to: dateField('baselinePeriod.to') },
		{ error: 'baselinePeriod is required: write { from: 2026-07-01, to: 2026-09-30 }, the first and last day the baseline covers' },
	),
	/** Whose goals include this KPI today (teams or roles), so the plan ties at least one KPI to people's goals. */
	inGoals: z.array(textField('inGoals entry')).default([]),
	/** Target 90 days after the plan is published. */
	target90: valueField('target90'),
	/** Target 12 months after the plan is published. */
	target12: valueField('target12'),
	/** Id of the person accountable for the number (owners.yaml). */
	owner: idField('owner'),
	/** How often it is reported ("Monthly dashboard"). */
	reviewed: textField('reviewed').default('Monthly'),
	/** Why a 12-month target more than 25% better than baseline is realistic: the named intervention. */
	justification: textField('justification').optional(),
});

export const kpisSchema = z.array(kpiSchema, { error: 'kpis.yaml must be a list of KPIs, each starting with "- id: ..."' });

export type Kpi = z.infer<typeof kpiSchema>;
