/**
 * Feedback touchpoints (plan section 3, voice of the customer):
 * src/content/data/feedback.yaml, every moment we ask customers what they think.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';
import { clockField, durationField } from './plan-fields.ts';

export const feedbackTouchpointSchema = z.object({
	/** Stable id. */
	id: idField('id'),
	/** When we ask ("After a support ticket closes"). */
	moment: textField('moment'),
	/** The exact question, as the customer sees it. */
	question: textField('question'),
	/** Answer scale or form ("1 to 5", "0 to 10", "Open text"). */
	scale: textField('scale'),
	/** Id of the person who owns the results and the follow-up (owners.yaml). */
	owner: idField('owner'),
	/** How often, in words ("Every closed ticket", "Monthly"). */
	frequency: textField('frequency'),
	/** The tool that sends and stores it ("Help desk survey"). */
	tool: textField('tool'),
	/** KPI id this feeds, when it feeds one. */
	kpi: idField('kpi').optional(),
	/** True when this sends a survey, so it counts against the survey cap in plan.yaml; false for conversations. */
	survey: z.boolean({ error: 'survey must be true or false' }).default(false),
	/** How soon the follow-up promised in followUp happens ("48 hours"), when the plan promises a time. */
	followUpWithin: durationField('followUpWithin').optional(),
	/** Clock for followUpWithin. */
	followUpClock: clockField('followUpClock').default('calendar'),
	/** What happens with the answers: how we close the loop. */
	followUp: textField('followUp', 'say what happens with the answers (who follows up, how fast)'),
});

export const feedbackSchema = z.array(feedbackTouchpointSchema, {
	error: 'feedback.yaml must be a list of feedback touchpoints, each starting with "- id: ..."',
});

export type FeedbackTouchpoint = z.infer<typeof feedbackTouchpointSchema>;
