/**
 * What a plan rule is. Each rule is a pure function over the checked content
 * (data files and pages) that returns every problem it finds; its summary, why
 * and reads are shown to leaders on /contribute/plan-checks/, so they are
 * written for people, not developers.
 */
import type { CheckedContent, Problem } from '#src/schemas/check.ts';

export interface PlanRule {
	/** Stable id, kebab-case ("escalation-per-priority"). */
	id: string;
	/** The rule in plain words, one sentence. */
	summary: string;
	/** Why the plan needs it: what goes wrong for staff or customers without it. */
	why: string;
	/** The files (and fields) it reads, as paths from the project root. */
	reads: string[];
	/** Every violation in the content, each naming file, field and fix. */
	check: (content: CheckedContent) => Problem[];
}
