/**
 * Service levels (plan section 4): src/content/data/service-levels.yaml. For each
 * tier and channel, first-response and resolution targets per priority, each on a
 * business-hours or calendar clock. The cross-file rules (targets ordered, tiers
 * and channels exist) are in plan-rules.ts.
 */
import { z } from 'zod';
import { enumField, idField, textField } from './fields.ts';
import { clockField, durationField } from './plan-fields.ts';

/** Ticket priorities, most urgent first: the order the "never slower" rule relies on. */
export const priorities = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof priorities)[number];

const clockTime = (name: string) =>
	z
		.string({ error: `${name} is required: write a time as "HH:MM", for example "09:00"` })
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: `${name} must be a 24-hour time written "HH:MM" (quote it), for example "09:00"` });

export const targetSchema = z.object({
	/** Which priority this row is for: urgent, high, normal or low. */
	priority: enumField('priority', priorities),
	/** Longest time before a person (not an auto-reply) first responds. */
	firstResponse: durationField('firstResponse'),
	/** Longest time until the issue is fixed, or a fix date the customer accepts is agreed. */
	resolution: durationField('resolution'),
	/** business: the clock runs only while support is open; calendar: around the clock. */
	clock: clockField(),
});

export const serviceLevelSchema = z.object({
	/** Tier id from tiers.yaml. */
	tier: idField('tier'),
	/** Channel id from channels.yaml. */
	channel: idField('channel'),
	/** One row per priority; leave a priority out when the channel does not take it. */
	targets: z.array(targetSchema, { error: 'targets must be a list, one entry per priority' }).min(1, {
		message: 'targets must list at least one priority',
	}),
});

export const serviceLevelsSchema = z.object({
	/** When the business-hours clock runs. */
	businessHours: z.object({
		/** Days support is open, in words ("Monday to Friday"). */
		days: textField('businessHours.days'),
		/** Opening time, 24-hour "HH:MM". */
		opens: clockTime('businessHours.opens'),
		/** Closing time, 24-hour "HH:MM". */
		closes: clockTime('businessHours.closes'),
		/** Time zone in words ("US Eastern"); customers in other zones are served on this clock. */
		timeZone: textField('businessHours.timeZone'),
		/** Days the business clock stops, in words. */
		holidays: textField('businessHours.holidays').optional(),
	}),
	/** Targets per tier and channel. */
	levels: z.array(serviceLevelSchema, { error: 'levels must be a list of { tier, channel, targets } entries' }),
});

export type Target = z.infer<typeof targetSchema>;
export type ServiceLevel = z.infer<typeof serviceLevelSchema>;
export type ServiceLevels = z.infer<typeof serviceLevelsSchema>;
