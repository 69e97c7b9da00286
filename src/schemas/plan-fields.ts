/**
 * Field builders for the plan's data files (tiers, service levels, escalation,
 * touchpoints, KPIs). Like fields.ts, every message says what was expected and
 * how to fix it.
 */
import { z } from 'zod';
import { parseDuration, type Duration } from '../lib/duration.ts';
import { enumField } from './fields.ts';

/**
 * A duration written as words, "15 minutes", "4 hours" or "2 days"; parsed to
 * `{ amount, unit }`. Whether hours are business or calendar hours is the
 * `clock` field next to it, never part of the text.
 */
export function durationField(name: string) {
	const hint = `write ${name} as a number and a unit, for example "4 hours", "30 minutes" or "2 days"`;
	return z
		.string({ error: (issue) => (issue.input === undefined ? `${name} is required: ${hint}` : `${name} must be text: ${hint}`) })
		.transform((text, ctx): Duration => {
			const duration = parseDuration(text);
			if (!duration) {
				ctx.addIssue({ code: 'custom', message: `${name} "${text}" is not a duration: ${hint}` });
				return z.NEVER;
			}
			return duration;
		});
}

export const clocks = ['business', 'calendar'] as const;

/** business (only while support is open) or calendar (around the clock). */
export function clockField(name = 'clock') {
	return enumField(name, clocks);
}
