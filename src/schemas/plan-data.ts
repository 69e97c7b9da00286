/**
 * The plan's data files and rules, registered in check.ts in one line each so
 * the shared registry stays small. The rules themselves live in
 * src/lib/plan-rules/, one named rule per file or small group.
 */
import type { CrossCheck, DataFileSpec } from './check.ts';
import { channelsSchema } from './channels.ts';
import { escalationSchema } from './escalation.ts';
import { feedbackSchema } from './feedback.ts';
import { glossarySchema } from './glossary.ts';
import { kpisSchema } from './kpis.ts';
import { planFiles, planRules as registry } from '../lib/plan-rules/index.ts';
import { planSettingsSchema } from './plan-settings.ts';
import { serviceLevelsSchema } from './service-levels.ts';
import { templatesSchema } from './templates.ts';
import { tiersSchema } from './tiers.ts';
import { touchpointsSchema } from './touchpoints.ts';

export const planDataFileSpecs: DataFileSpec[] = [
	{ path: planFiles.plan, schema: planSettingsSchema, required: true },
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

/** Each registered rule's check, as the content check runs them. */
export const planRules: CrossCheck[] = registry.map((rule) => rule.check);
