/**
 * The escalation path (plan section 6): src/content/data/escalation.yaml, levels
 * 1 to 4 in order, each with a threshold per ticket priority. Thresholds must
 * increase by level, a level meant for breaches must not come before that
 * priority's resolution target is at risk, and owners must exist
 * (src/lib/plan-rules/).
 */
import { z } from 'zod';
import { dateField, enumField, idField, textField } from './fields.ts';
import { priorities } from './service-levels.ts';
import { clockField, durationField } from './plan-fields.ts';

export const thresholdSchema = z.object({
	/** Which ticket priority this threshold is for. */
	priority: enumField('priority', priorities),
	/** How long until an issue of this priority reaches the level ("4 hours"). */
	after: durationField('after'),
	/** Whether it counts business or calendar time; urgent work runs on the same clock as its targets. */
	clock: clockField(),
});

export const updateSchema = z.object({
	/** Which ticket priority this update rhythm is for. */
	priority: enumField('priority', priorities),
	/** How often the customer hears from the issue owner while it is open ("2 hours"). */
	every: durationField('every'),
	/** business or calendar; a priority whose targets run around the clock needs calendar updates. */
	clock: clockField(),
});

export const escalationLevelSchema = z.object({
	/** Level number, 1 (first) to 4 (last). */
	level: z
		.number({ error: 'level must be a whole number from 1 to 4' })
		.int({ message: 'level must be a whole number from 1 to 4' })
		.min(1, { message: 'level must be from 1 to 4' })
		.max(4, { message: 'level must be from 1 to 4' }),
	/** Short name of the level ("Team lead"). */
	name: textField('name'),
	/**
	 * Per priority: how long after the customer raised the issue, still
	 * unresolved and without a fix date they accepted, the issue reaches this
	 * level. Level 1 is usually "0 minutes" for every priority: the agent who
	 * picks it up owns it from the start. One row per priority.
	 */
	thresholds: z.array(thresholdSchema, { error: 'thresholds must be a list, one { priority, after, clock } per priority' }).min(1, {
		message: 'thresholds must list every priority: urgent, high, normal and low',
	}),
	/** True for a level meant for breaches (the executive): it must not be reached before a target is at risk. */
	breach: z.boolean({ error: 'breach must be true or false' }).default(false),
	/** Id of the person who owns issues at this level (src/content/data/owners.yaml). */
	owner: idField('owner'),
	/** The role that acts at this level, which may be a team the owner leads ("Assigned support agent"). */
	ownerRole: textField('ownerRole'),
	/** When the owner accepted the role; the plan is published only after every owner has. */
	accepted: dateField('accepted').optional(),
	/** What happens at this level: who does what, and what the customer hears. */
	actions: z.array(textField('actions entry')).min(1, { message: 'actions must list at least one thing that happens at this level' }),
	/** Cases that jump straight to this level regardless of time. */
	skipTo: z.array(textField('skipTo entry')).default([]),
});

export const escalationSchema = z.object({
	/** Levels in order, 1 to 4. */
	levels: z.array(escalationLevelSchema, { error: 'levels must be a list of escalation levels' }).min(1, {
		message: 'levels must list at least one level',
	}),
	/** How often the customer hears from the issue owner while an issue is open, per priority. */
	updates: z.array(updateSchema, { error: 'updates must be a list, one { priority, every, clock } per priority' }).min(1, {
		message: 'updates must list every priority: urgent, high, normal and low',
	}),
});

export type EscalationThreshold = z.infer<typeof thresholdSchema>;
export type EscalationUpdate = z.infer<typeof updateSchema>;
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;
export type Escalation = z.infer<typeof escalationSchema>;
