/**
 * Practice scenarios: src/content/data/training/scenarios/<id>.yaml, one
 * branching conversation each. The schema checks each node and then the graph
 * as a whole (src/lib/scenario-graph.ts), so a scenario with an unreachable
 * node, a loop or a choice pointing nowhere fails the build.
 */
import { z } from 'zod';
import { enumField, idField, textField } from './fields.ts';
import { pageIdField } from './training.ts';
import { findGraphProblems, type ScenarioGraph } from '../lib/scenario-graph.ts';

/** How good a choice is: drives the label shown with its feedback. */
export const choiceQualities = ['strong', 'partial', 'weak'] as const;
export type ChoiceQuality = (typeof choiceQualities)[number];

/** How a conversation ended. */
export const endingOutcomes = ['good', 'mixed', 'poor'] as const;

export const choiceSchema = z.object({
	/** What the learner says or does. */
	text: textField('choice text'),
	/** How good the choice is: strong, partial or weak. */
	quality: enumField('quality', choiceQualities),
	/** Why, shown straight after the choice. */
	feedback: textField('feedback', 'say why this choice helps or hurts'),
	/** Id of the node this choice leads to. */
	next: idField('next'),
});

export const endingSchema = z.object({
	/** good, mixed or poor. */
	outcome: enumField('outcome', endingOutcomes),
	/** A short headline for the ending. */
	title: textField('ending title'),
});

export const nodeSchema = z.object({
	/** Unique id within the scenario. */
	id: idField('node id'),
	/** Who is speaking or what is happening, e.g. "Customer" or "Situation". */
	speaker: textField('speaker').default('Customer'),
	/** What the learner hears or sees. */
	text: textField('text'),
	/** The learner's options; leave out on an ending. */
	choices: z.array(choiceSchema).default([]),
	/** Set on nodes where the conversation stops. */
	ending: endingSchema.optional(),
});

/** A link in the debrief to the standard or template the scenario practices. */
export const debriefLinkSchema = z.object({
	/** Page id, e.g. `standards/escalation`; must exist. */
	page: pageIdField('debrief page'),
	/** Optional heading anchor on that page, without the #. */
	anchor: idField('anchor').optional(),
	/** Link text. */
	label: textField('label'),
});

export const scenarioSchema = z
	.object({
		/** Title, also the page title. */
		title: textField('title'),
		/** The situation in two or three sentences, read before starting. */
		situation: textField('situation'),
		/** Id of the first node. */
		start: idField('start'),
		/** The conversation. */
		nodes: z.array(nodeSchema).min(2, { message: 'a scenario needs at least a start node and an ending' }),
		/** What to take away, shown at every ending. */
		debrief: z.object({
			/** Points to discuss after playing. */
			points: z.array(textField('debrief point')).min(1, { message: 'add at least one debrief point' }),
			/** The standards and templates the scenario practices. */
			links: z.array(debriefLinkSchema).min(1, { message: 'link at least one standard or template in the debrief' }),
		}),
	})
	.superRefine((scenario, ctx) => {
		for (const problem of findGraphProblems(toScenarioGraph(scenario))) {
			const path: (string | number)[] =
				problem.node < 0 ? ['start'] : problem.choice === undefined ? ['nodes', problem.node] : ['nodes', problem.node, 'choices', problem.choice, 'next'];
			ctx.addIssue({ code: 'custom', path, message: problem.message });
		}
	});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;

/** The ids-and-links view of a scenario that the graph checks work on. */
export function toScenarioGraph(scenario: { start: string; nodes: { id: string; choices: { next: string }[]; ending?: unknown }[] }): ScenarioGraph {
	return {
		start: scenario.start,
		nodes: scenario.nodes.map((n) => ({ id: n.id, next: n.choices.map((c) => c.next), ending: n.ending !== undefined })),
	};
}
