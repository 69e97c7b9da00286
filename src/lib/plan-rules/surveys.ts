/**
 * Survey cap (plan section 3): the most surveys one contact gets in a window
 * lives once in plan.yaml; every survey and every touchpoint that sends one
 * must fit inside it.
 */
import type { Problem } from '#src/schemas/check.ts';
import { formatSurveyCap } from '../format.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { describeUnknown } from '../check-messages.ts';
import type { PlanRule } from './rule.ts';

/** A frequency that promises a survey on every occurrence, which a cap makes untrue. */
const EVERY_OCCURRENCE = /^\s*(every|each|always|all)\b/i;

export const surveyCapRule: PlanRule = {
	id: 'survey-cap',
	summary:
		'No survey promises to go out on every occurrence when a cap limits surveys per contact, touchpoints that send a survey point at a real survey, and scheduled surveys for the same tier are spaced at least the cap’s window apart.',
	why: 'A customer who is surveyed after every ticket, at onboarding and after each review stops answering; and a page that says "every solved ticket" next to one that says "one a month" leaves staff unsure which to follow.',
	reads: [`${DATA}/plan.yaml (surveys)`, `${DATA}/feedback.yaml (survey, frequency)`, `${DATA}/touchpoints.yaml (survey, trigger, tiers)`],
	check(content) {
		const { plan, feedback, touchpoints } = readPlanData(content);
		if (!plan || !feedback) return [];
		const cap = plan.surveys;
		const capText = formatSurveyCap(cap);
		const problems: Problem[] = [];
		const feedbackFile = fileOf('feedback');
		feedback.forEach((fb, i) => {
			if (fb.survey && EVERY_OCCURRENCE.test(fb.frequency)) {
				problems.push({
					file: feedbackFile,
					field: `[${i}].frequency`,
					message: `survey "${fb.id}": frequency "${fb.frequency}" promises a survey every time, but ${DATA}/plan.yaml surveys caps each contact at ${capText}; say it is skipped inside the cap (for example "After a solved ticket, unless the contact already had a survey inside the survey cap"), or change the cap`,
				});
			}
		});
		if (!touchpoints) return problems;
		const file = fileOf('touchpoints');
		const surveys = new Map(feedback.map((fb) => [fb.id, fb]));
		const scheduled: { index: number; id: string; day: number; from: string; tiers: string[] }[] = [];
		touchpoints.forEach((tp, i) => {
			if (!tp.survey) return;
			const fb = surveys.get(tp.survey);
			if (!fb) {
				problems.push({
					file,
					field: `[${i}].survey`,
					message: `touchpoint "${tp.id}": ${describeUnknown('survey', tp.survey, surveys.keys(), { addTo: feedbackFile })}`,
				});
				return;
			}
			if (!fb.survey) {
				problems.push({
					file,
					field: `[${i}].survey`,
					message: `touchpoint "${tp.id}" sends "${tp.survey}", which is not a survey (survey: false in ${feedbackFile}); set survey: true there, or remove survey from this touchpoint`,
				});
			}
			if (tp.trigger.type === 'day') scheduled.push({ index: i, id: tp.id, day: tp.trigger.day, from: tp.trigger.from, tiers: tp.tiers });
		});
		const overlap = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((t) => b.includes(t));
		for (const a of scheduled) {
			const inWindow = scheduled.filter((b) => b.from === a.from && overlap(a.tiers, b.tiers) && Math.abs(b.day - a.day) < cap.perDays);
			if (inWindow.length > cap.atMost && inWindow[inWindow.length - 1] === a) {
				problems.push({
					file,
					field: `[${a.index}].trigger.day`,
					message: `touchpoints ${inWindow.map((s) => `"${s.id}" (day ${s.day})`).join(', ')} send ${inWindow.length} surveys within ${cap.perDays} days to the same customers, more than ${DATA}/plan.yaml surveys allows (${capText}); move one at least ${cap.perDays} days from the others, or drop its survey`,
				});
			}
		}
		return problems;
	},
};
