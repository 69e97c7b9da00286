/**
 * The escalation path (plan section 6): src/content/data/escalation.yaml, levels
 * 1 to 4 in order. Thresholds must increase by level and owners must exist
 * (plan-rules.ts).
 */
import { z } from 'zod';
import { dateField, idField, textField } from './fields.ts';
import { clockField, durationField } from './plan-fields.ts';

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
	 * How long after the customer raised the issue, still unresolved and without a
	 * fix date they accepted, the issue reaches this level. Level 1 is usually
	 * "0 minutes": the agent who picks it up owns it from the start.
	 */
	threshold: durationField('threshold'),
	/** Whether the threshold counts business or calendar time. */
	clock: clockField(),
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
	/** How often the customer hears from the owner while an issue is escalated. */
	updateEvery: durationField('updateEvery'),
	/** Clock for updateEvery. */
	updateClock: clockField('updateClock'),
});

export type EscalationLevel = z.infer<typeof escalationLevelSchema>;
export type Escalation = z.infer<typeof escalationSchema>;
