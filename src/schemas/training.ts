/**
 * Training data: knowledge checks, modules (src/content/data/training/modules/,
 * one file each, the file name is the module id) and learning paths
 * (src/content/data/training/paths.yaml). References between them and to
 * playbook pages are checked across files in src/schemas/check.ts.
 */
import { z } from 'zod';
import { findDuplicates } from '../lib/check-messages.ts';
import { idField, textField } from './fields.ts';

/** A page id: the file path under src/content/docs without extension, e.g. `plan/escalation` (a section landing: `plan`). */
export function pageIdField(name: string) {
	return z.string({ error: `${name} must be a page id such as "plan/escalation"` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
		message: `${name} must be a page id such as "plan/escalation": lowercase, no leading or trailing slash`,
	});
}

/** One answer a learner can pick. */
export const optionSchema = z.object({
	/** Short id, unique within the question: saved answers and cohort results name options by id, since the order is shuffled. */
	id: idField('option id'),
	/** The answer as the learner reads it. */
	text: textField('option text'),
	/** Whether picking this answer is right. */
	correct: z.boolean({ error: 'correct must be true or false: say whether this answer is right' }).default(false),
	/** Why this answer is right or wrong; shown after grading, so every option needs one. */
	explanation: textField('explanation', 'every option needs an explanation saying why it is right or wrong'),
});

export const questionTypes = ['single', 'multiple'] as const;

/** One question in a knowledge check. */
export const questionSchema = z
	.object({
		/** Short id, unique within the check (used for form field names). */
		id: idField('question id'),
		/** single: exactly one right answer (radio buttons); multiple: one or more (checkboxes, "choose all that apply"). */
		type: z.enum(questionTypes, { error: 'type must be "single" (one right answer) or "multiple" (choose all that apply)' }).default('single'),
		/** The question. */
		prompt: textField('prompt', 'write the question'),
		/** Which learning objective this question assesses: its number in the module's objectives list, counting from 1. */
		objective: z
			.number({ error: 'objective must be the number of the learning objective this question tests, counting from 1' })
			.int({ message: 'objective must be a whole number, counting from 1' })
			.min(1, { message: 'objective must be the number of a learning objective, counting from 1' }),
		/** Two or more answers, authored in any order: they are shown shuffled. */
		options: z
			.array(optionSchema, { error: 'options must be a list of answers, each with text, correct and explanation' })
			.min(2, { message: 'a question needs at least two options: add another answer' }),
	})
	.superRefine((q, ctx) => {
		for (const { key, index } of findDuplicates(q.options, (o) => o.id)) {
			ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: `option id "${key}" is used twice in this question: make it unique` });
		}
		const right = q.options.filter((o) => o.correct).length;
		if (q.type === 'single' && right !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a single-choice question needs exactly one correct option, found ${right}: mark one option correct: true, or make it type: multiple`,
			});
		}
		if (q.type === 'multiple' && right === 0) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-choice question needs at least one correct option: mark one correct: true' });
		}
		if (q.type === 'multiple' && right === q.options.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'every option is correct, so the question tests nothing: add a wrong option or mark one correct: false',
			});
		}
	});

/** The lowest pass mark a module may set (src/schemas/training-check.ts enforces it, with the fix). */
export const MIN_PASS_PERCENT = 80;
/** The fewest questions a learner answers per attempt. */
export const MIN_QUESTIONS = 5;

/** A knowledge check: a bank of questions graded in the browser. */
export const knowledgeCheckSchema = z
	.object({
		/** Percentage of questions that must be fully right to pass (whole number, 80 to 100): with five questions, one may be missed. */
		passPercent: z
			.number({ error: 'passPercent must be a number from 80 to 100' })
			.int({ message: 'passPercent must be a whole number' })
			.min(1, { message: 'passPercent must be from 80 to 100' })
			.max(100, { message: 'passPercent must be from 80 to 100' })
			.default(MIN_PASS_PERCENT),
		/** How many questions each attempt draws from the bank (at least 5); leave out to ask them all. */
		ask: z
			.number({ error: 'ask must be a whole number of questions, at least 5' })
			.int({ message: 'ask must be a whole number of questions' })
			.positive({ message: 'ask must be at least 5' })
			.optional(),
		/** The question bank, in authored order (each attempt shows its draw in this order, options shuffled). */
		questions: z.array(questionSchema, { error: 'questions must be a list' }).min(1, { message: 'a knowledge check needs at least one question' }),
	})
	.superRefine((check, ctx) => {
		for (const { key, index } of findDuplicates(check.questions, (q) => q.id)) {
			ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${key}" is used twice in this check: make it unique` });
		}
	});

/** A practice exercise done on the job or in the session. */
export const exerciseSchema = z.object({
	/** Short name of the exercise. */
	title: textField('exercise title'),
	/** What to do, one step per entry. */
	steps: z.array(textField('exercise step')).min(1, { message: 'an exercise needs at least one step' }),
	/** What the learner brings back to show it is done. */
	deliverable: textField('deliverable', 'say what the learner brings back'),
});

/** A training module: src/content/data/training/modules/<id>.yaml. */
export const moduleSchema = z.object({
	/** Module title, also the title of its page. */
	title: textField('title'),
	/** One or two sentences: what the module is about. */
	summary: textField('summary'),
	/** What the learner can do afterwards, each starting with a verb. */
	objectives: z.array(textField('objective')).min(1, { message: 'list at least one learning objective' }),
	/** Estimated time in minutes, reading and exercise included. */
	durationMinutes: z
		.number({ error: 'durationMinutes must be a number of minutes, for example 45' })
		.int({ message: 'durationMinutes must be a whole number of minutes' })
		.min(5, { message: 'durationMinutes must be at least 5' })
		.max(480, { message: 'durationMinutes must be at most 480 (one working day); split longer modules' }),
	/** Ids of modules to finish first. */
	prerequisites: z.array(idField('prerequisite')).default([]),
	/** Page ids (files under src/content/docs, e.g. `plan/escalation`) this module teaches; each must exist. */
	teaches: z.array(pageIdField('teaches entry')).min(1, { message: 'list at least one playbook page the module teaches' }),
	/** The ideas a learner should leave with; also the body of the printed handout. */
	keyPoints: z.array(textField('key point')).min(2, { message: 'list at least two key points' }),
	/** Ids of practice scenarios used in this module. */
	scenarios: z.array(idField('scenario')).default([]),
	/** The practice exercise. */
	exercise: exerciseSchema,
	/** The knowledge check. */
	check: knowledgeCheckSchema,
	/** Notes for the facilitator: shown only in the trainer view. */
	facilitatorNotes: z.array(textField('facilitator note')).min(1, { message: 'add at least one facilitator note' }),
});

/** One block of a cohort schedule. */
export const sessionSchema = z.object({
	/** When, as trainers say it: "Day 1, morning" or "Week 2". */
	when: textField('when'),
	/**
	 * The day of the cohort it falls on, counting the first day as 1. Modules in
	 * the session are due by the end of that day: the cohort view flags trainees
	 * who have not completed them once it has passed.
	 */
	day: z
		.number({ error: 'day must be the day of the cohort the session falls on, counting the first day as 1' })
		.int({ message: 'day must be a whole number, counting the first day as 1' })
		.min(1, { message: 'day must be 1 or more: the first day of the cohort is day 1' }),
	/** Length in minutes. */
	minutes: z.number({ error: 'minutes must be a number' }).int().positive({ message: 'minutes must be more than 0' }),
	/** What happens. */
	activity: textField('activity'),
	/** Module ids covered, if any. */
	modules: z.array(idField('module')).default([]),
});

/** A learning path: an ordered list of modules for one role, and how to run it as a cohort. */
export const pathSchema = z.object({
	/** Path id, also its page: src/content/docs/training/paths/<id>.mdx. */
	id: idField('id'),
	/** Title, printed on the certificate. */
	title: textField('title'),
	/** Who the path is for, in a phrase. */
	audience: textField('audience'),
	/** One or two sentences on what the path achieves. */
	summary: textField('summary'),
	/** Module ids in the order to take them. */
	modules: z.array(idField('module')).min(1, { message: 'a path needs at least one module' }),
	/** How a trainer runs the path for a group. */
	cohort: z.object({
		/** Best group size, e.g. "4 to 8". */
		groupSize: textField('groupSize'),
		/** The sessions in order. */
		schedule: z.array(sessionSchema).min(1, { message: 'a cohort plan needs at least one session' }),
		/** What to prepare. */
		materials: z.array(textField('material')).min(1),
		/** Room or call set-up. */
		setup: z.array(textField('setup item')).min(1),
	}),
});

export const pathsSchema = z.array(pathSchema, { error: 'paths.yaml must be a list of paths' }).min(1, { message: 'define at least one learning path' });

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type TrainingModule = z.infer<typeof moduleSchema>;
export type LearningPath = z.infer<typeof pathSchema>;
