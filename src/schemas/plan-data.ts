/**
 * The plan's data files and rules, registered in check.ts in one line each so
 * the shared registry stays small. Kept apart from plan-rules.ts so check.ts
 * and plan-rules.ts do not import each other's values.
 */
import type { CrossCheck, DataFileSpec } from './check.ts';
import { channelsSchema } from './channels.ts';
import { escalationSchema } from './escalation.ts';
import { feedbackSchema } from './feedback.ts';
import { glossarySchema } from './glossary.ts';
import { kpisSchema } from './kpis.ts';
import { planFiles, planRules as rules } from './plan-rules.ts';
import { serviceLevelsSchema } from './service-levels.ts';
import { templatesSchema } from './templates.ts';
import { tiersSchema } from './tiers.ts';
import { touchpointsSchema } from './touchpoints.ts';

export const planDataFileSpecs: DataFileSpec[] = [
	{ path: planFiles.channels, schema: channelsSchema, required: true },
	{ path: planFiles.tiers, schema: tiersSchema, required: true },
	{ path: planFiles.serviceLevels, schema: serviceLevelsSchema, required: true },
	{ path: planFiles.escalation, schema: escalationSchema, required: true },
	{ path: planFiles.touchpoints, schema: touchpointsSchema, required: true },
	{ path: planFiles.feedback, schema: feedbackSchema, required: true },
	{ path: planFiles.kpis, schema: kpisSchema, required: true },
	{ path: planFiles.templates, schema: templatesSchema, required: true },
	{ path: planFiles.glossary, schema: glossarySchema, required: true },
];

export const planRules: CrossCheck[] = rules;
