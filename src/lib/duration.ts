/**
 * Durations written by people in data files ("15 minutes", "4 hours", "2 days")
 * and the arithmetic the plan's rules need to compare them.
 */

export type DurationUnit = 'minute' | 'hour' | 'day';

/** Which clock a target runs on: support opening hours only, or around the clock. */
export type Clock = 'business' | 'calendar';

export interface Duration {
	/** How many units (whole or decimal, never negative). */
	amount: number;
	unit: DurationUnit;
}

/**
 * Length of a business day in hours. Tidewater's support desk is staffed 09:00 to
 * 17:00 (see businessHours in service-levels.yaml), so one business day is eight
 * business hours; a calendar day is 24 hours.
 */
export const BUSINESS_DAY_HOURS = 8;

const unitWords: Record<string, DurationUnit> = {
	minute: 'minute',
	minutes: 'minute',
	min: 'minute',
	mins: 'minute',
	hour: 'hour',
	hours: 'hour',
	h: 'hour',
	day: 'day',
	days: 'day',
};

/** Reads "15 minutes", "1 hour", "2.5 days"; returns undefined when the text is not a duration. */
export function parseDuration(text: string): Duration | undefined {
	const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
	if (!match) return undefined;
	const unit = unitWords[match[2].toLowerCase()];
	if (!unit) return undefined;
	return { amount: Number(match[1]), unit };
}

/**
 * Minutes on the duration's own clock: a business day counts as
 * BUSINESS_DAY_HOURS hours, a calendar day as 24. Used to compare targets that
 * run on the same clock (and, nominally, across clocks: see plan-rules.ts).
 */
export function computeMinutes(duration: Duration, clock: Clock = 'calendar'): number {
	const dayHours = clock === 'business' ? BUSINESS_DAY_HOURS : 24;
	const perUnit = { minute: 1, hour: 60, day: dayHours * 60 }[duration.unit];
	return duration.amount * perUnit;
}
