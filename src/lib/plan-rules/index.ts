/**
 * The registry of the plan's rules. The content check (src/schemas/check.ts)
 * runs every rule here on every `npm run check:content` and build, and
 * /contribute/plan-checks/ lists them for leaders: adding a rule to this list
 * is all it takes for both.
 */
import { dataReferencesRule } from './references.ts';
import { escalationBreachRule, escalationLevelsRule, urgentClockRule } from './escalation.ts';
import { healthSignalsRule } from './health.ts';
import { kpiBaselinePeriodsRule, kpiCountRule, kpiGoalsInProseRule, kpiInGoalsRule, kpiTargetsRule } from './kpis.ts';
import { proseNumbersRule } from './prose-numbers.ts';
import type { PlanRule } from './rule.ts';
import { serviceLevelsRule } from './service-levels.ts';
import { surveyCapRule } from './surveys.ts';
import { templateReferencesRule } from './template-references.ts';
import { tierContactModeRule, tierContactRhythmRule, tierCountRule, tierSizesRule } from './tiers.ts';

export type { PlanRule } from './rule.ts';

export const planRules: PlanRule[] = [
	kpiCountRule,
	kpiTargetsRule,
	kpiBaselinePeriodsRule,
	kpiInGoalsRule,
	kpiGoalsInProseRule,
	tierCountRule,
	tierSizesRule,
	tierContactRhythmRule,
	tierContactModeRule,
	serviceLevelsRule,
	escalationLevelsRule,
	escalationBreachRule,
	urgentClockRule,
	surveyCapRule,
	healthSignalsRule,
	dataReferencesRule,
	templateReferencesRule,
	proseNumbersRule,
];
