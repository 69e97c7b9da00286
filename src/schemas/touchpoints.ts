/**
 * Proactive touchpoints (plan section 5): src/content/data/touchpoints.yaml, every
 * contact we start from onboarding to renewal. Channel, template, owner and tiers
 * must exist (plan-rules.ts).
 */
import { z } from 'zod';
import { enumField, idField, textField } from './fields.ts';

/** Stages of the customer journey, in order; the timeline groups by these. */
export const stages = ['onboarding', 'adoption', 'ongoing', 'renewal'] as const;
export const touchpointModes = ['automated', 'human'] as const;

const dayTrigger = z.object({
	/** A fixed day in the relationship. */
	type: z.literal('day'),
	/** Days after the contract starts (from: start), or before renewal (from: renewal). */
	day: z.number({ error: 'day must be a whole number of days' }).int({ message: 'day must be a whole number of days' }).min(0, {
		message: 'day must be 0 or more (use from: renewal to count days before renewal)',
	}),
	/** What the day counts from. */
	from: enumField('from', ['start', 'renewal']).default('start'),
});
const eventTrigger = z.object({
	/** Something the customer or our systems do ("Usage drops 30% week on week"). */
	type: z.literal('event'),
	/** The event, in words. */
	event: textField('event'),
});
const milestoneTrigger = z.object({
	/** A goal reached in the relationship ("First report shared with the team"). */
	type: z.literal('milestone'),
	/** The milestone, in words. */
	milestone: textField('milestone'),
});

/** How often a recurring contact repeats; tiers name their rhythm with the same words. */
export const cadences = ['every-two-weeks', 'monthly', 'quarterly', 'twice-yearly', 'yearly'] as const;
export type Cadence = (typeof cadences)[number];

const recurringTrigger = z.object({
	/** A contact that repeats for as long as the account is a customer: a tier's contact rhythm. */
	type: z.literal('recurring'),
	/** How often: every-two-weeks, monthly, quarterly, twice-yearly or yearly. */
	every: enumField('every', cadences),
});

export const triggerSchema = z.discriminatedUnion('type', [dayTrigger, eventTrigger, milestoneTrigger, recurringTrigger], {
	error: 'trigger must have type: day (with day:), event (with event:), milestone (with milestone:) or recurring (with every:)',
});

export const touchpointSchema = z.object({
	/** Stable id. */
	id: idField('id'),
	/** Short name ("Welcome email"). */
	name: textField('name'),
	/** Journey stage: onboarding, adoption, ongoing or renewal. */
	stage: enumField('stage', stages),
	/** What starts it: a day, an event or a milestone. */
	trigger: triggerSchema,
	/** Channel id from channels.yaml. */
	channel: idField('channel'),
	/** Template id from templates.yaml, when one exists. */
	template: idField('template').optional(),
	/** Id of the person accountable for it (owners.yaml). */
	owner: idField('owner'),
	/** Who actually sends or runs it ("Success manager", "Help desk automation"). */
	ownerRole: textField('ownerRole'),
	/** automated (sent by a system) or human (a person writes or calls). */
	mode: enumField('mode', touchpointModes),
	/** Id of the feedback touchpoint (feedback.yaml) whose survey this contact sends, if it sends one. */
	survey: idField('survey').optional(),
	/** Tier ids it applies to; empty means every tier. */
	tiers: z.array(idField('tiers entry')).default([]),
	/** Why we make this contact, in one line. */
	purpose: textField('purpose'),
});

export const touchpointsSchema = z.array(touchpointSchema, {
	error: 'touchpoints.yaml must be a list of touchpoints, each starting with "- id: ..."',
});

export type Trigger = z.infer<typeof triggerSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
