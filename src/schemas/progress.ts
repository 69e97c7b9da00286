/**
 * A learner's training progress, as kept in their browser and as written to
 * an exported progress file. Versioned so a later format can still read (or
 * clearly refuse) older files. Pure logic around it is in src/lib/progress.ts.
 */
// z from here, not 'zod': this schema runs in the browser under a strict CSP (see zod-browser.ts).
import { z } from '../lib/zod-browser.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'ids are lowercase letters, digits and hyphens' });
/** The earliest completion day accepted: the playbook did not exist before, so an earlier day is a damaged file. */
export const EARLIEST_PROGRESS_DAY = '2000-01-01';

/**
 * True for a real calendar day written YYYY-MM-DD, from EARLIEST_PROGRESS_DAY
 * on: 2026-02-31, 0000-00-00 and 9999-99-99 are not days, although Date would
 * quietly roll them over into one.
 */
export function isCalendarDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && text >= EARLIEST_PROGRESS_DAY;
}

const isoDay = z.string().refine(isCalendarDay, { message: `dates are real calendar days written YYYY-MM-DD, from ${EARLIEST_PROGRESS_DAY} on` });

/**
 * The answers of a learner's first attempt at a module's knowledge check, for
 * the trainer's per-question results (later attempts follow the feedback, so
 * they say less about the question). Added in format version 2.
 */
export const firstAttemptSchema = z.strictObject({
	/** Day of the attempt (YYYY-MM-DD), so the earlier of two records wins a merge. */
	on: isoDay,
	/** Question id → ids of the options picked, sorted. Only the questions that attempt asked. */
	answers: z.record(id, z.array(id)),
});

/** What a learner has done in one module. */
export const moduleProgressSchema = z.strictObject({
	/** Day the learner marked the module complete (YYYY-MM-DD); absent until then. */
	completedOn: isoDay.optional(),
	/** Best knowledge-check score so far, percent of questions right (0 to 100). */
	bestPercent: z.number().int().min(0).max(100).optional(),
	/** Whether any attempt reached the pass mark. */
	passed: z.boolean().default(false),
	/** How many times the knowledge check was submitted. */
	attempts: z.number().int().min(0).default(0),
	/** The first attempt's answers, by option id (format version 2 on). */
	firstAttempt: firstAttemptSchema.optional(),
});

/** Endings a learner has reached in one scenario. */
export const scenarioProgressSchema = z.strictObject({
	/** Ending node ids reached, sorted, without repeats. */
	endings: z.array(id).default([]),
});

/** Everything the browser remembers. */
export const progressSchema = z.strictObject({
	/** Keyed by module id. */
	modules: z.record(id, moduleProgressSchema).default({}),
	/** Keyed by scenario id. */
	scenarios: z.record(id, scenarioProgressSchema).default({}),
});

/** Marks a file as ours, so any other JSON file is refused by name. */
export const PROGRESS_FORMAT = 'playbook-training-progress';
/** Bump when the shape changes; parse refuses newer versions instead of guessing. */
export const PROGRESS_VERSION = 2;

/** The exported file. `checksum` covers `progress`, so a hand-edited file is refused. */
export const progressFileSchema = z.strictObject({
	format: z.literal(PROGRESS_FORMAT),
	version: z.literal(PROGRESS_VERSION),
	/** When it was exported (ISO date-time); informational. */
	exportedAt: z.string(),
	/** FNV-1a hash (8 hex digits) of the canonical JSON of `progress`. */
	checksum: z.string().regex(/^[0-9a-f]{8}$/),
	progress: progressSchema,
});

export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type FirstAttempt = z.infer<typeof firstAttemptSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type ProgressFile = z.infer<typeof progressFileSchema>;
