/**
 * The plan's data files as the rules see them: only the files that passed
 * their own schema are present (a file that failed is already reported, so a
 * rule over it stays quiet rather than piling on).
 */
import type { CheckedContent } from '../../schemas/check.ts';
import type { Channel } from '../../schemas/channels.ts';
import type { Escalation } from '../../schemas/escalation.ts';
import type { FeedbackTouchpoint } from '../../schemas/feedback.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Kpi } from '../../schemas/kpis.ts';
import type { PlanSettings } from '../../schemas/plan-settings.ts';
import type { ServiceLevels } from '../../schemas/service-levels.ts';
import type { Template } from '../../schemas/templates.ts';
import type { Tier } from '../../schemas/tiers.ts';
import type { Touchpoint } from '../../schemas/touchpoints.ts';

export const DATA = 'src/content/data';

/** Where each plan data file lives under src/content/data (the keys of CheckedContent.data). */
export const planFiles = {
	plan: 'plan.yaml',
	channels: 'channels.yaml',
	tiers: 'tiers.yaml',
	serviceLevels: 'service-levels.yaml',
	escalation: 'escalation.yaml',
	touchpoints: 'touchpoints.yaml',
	feedback: 'feedback.yaml',
	kpis: 'kpis.yaml',
	templates: 'templates.yaml',
	glossary: 'glossary.yaml',
} as const;

export interface PlanData {
	plan?: PlanSettings;
	channels?: Channel[];
	tiers?: Tier[];
	serviceLevels?: ServiceLevels;
	escalation?: Escalation;
	touchpoints?: Touchpoint[];
	feedback?: FeedbackTouchpoint[];
	kpis?: Kpi[];
	templates?: Template[];
	glossary?: GlossaryTerm[];
}

export function loadPlanData(content: CheckedContent): PlanData {
	const data: Record<string, unknown> = {};
	for (const [key, file] of Object.entries(planFiles)) data[key] = content.data.get(file);
	return data as PlanData;
}

/** Project-root path of a plan data file, for messages. */
export const fileOf = (key: keyof typeof planFiles) => `${DATA}/${planFiles[key]}`;

export const quoteList = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

/** "unknown tier "x": use one of ..." with where to add one. */
export function describeUnknownId(kind: string, id: string, known: Set<string>, where: string): string {
	return `unknown ${kind} "${id}": use one of ${quoteList(known)}, or add it to ${where}`;
}
