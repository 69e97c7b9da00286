import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '#src/schemas/scenario.ts';

const choice = (text: string, next: string, quality = 'strong') => ({ text, quality, feedback: `Feedback on ${text}.`, next });

/** A small valid scenario: the opening branches to two endings. */
const validScenario = {
	title: 'Detractor follow-up call',
	situation: 'A customer scored us 3 yesterday.',
	start: 'open',
	nodes: [
		{
			id: 'open',
			speaker: 'Customer',
			text: 'Why are you calling?',
			choices: [choice('Thank them and listen', 'good-end'), choice('Defend the product', 'bad-end', 'weak')],
		},
		{ id: 'good-end', text: 'They agree to a follow-up.', ending: { outcome: 'good', title: 'Loop closed' } },
		{ id: 'bad-end', text: 'They hang up.', ending: { outcome: 'poor', title: 'Lost them' } },
	],
	debrief: { points: ['Listen first.'], links: [{ page: 'standards', label: 'Service standards' }] },
};

function messages(input: unknown): string[] {
	const result = scenarioSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const withNodes = (nodes: unknown[], start = 'open') => ({ ...validScenario, start, nodes });

describe('scenario schema', () => {
	it('accepts a scenario whose every path ends', () => {
		expect(messages(validScenario)).toEqual([]);
		expect(scenarioSchema.parse(validScenario).nodes[1].speaker).toBe('Customer');
	});

	it('rejects a choice that leads to a node that does not exist, naming the choice', () => {
		const nodes = structuredClone(validScenario.nodes);
		nodes[0].choices![1].next = 'gone';
		expect(messages(withNodes(nodes))).toEqual([
			'nodes.0.choices.1.next: choice leads to "gone", which is not a node: use one of "open", "good-end", "bad-end"',
			'nodes.2: node "bad-end" cannot be reached from the start "open": link a choice to it, or delete it',
		]);
	});

	it('rejects a node nobody can reach', () => {
		const nodes = [...validScenario.nodes, { id: 'orphan', text: 'Nobody gets here.', ending: { outcome: 'mixed', title: 'x' } }];
		expect(messages(withNodes(nodes))).toEqual(['nodes.3: node "orphan" cannot be reached from the start "open": link a choice to it, or delete it']);
	});

	it('rejects a loop, because then not every path ends', () => {
		const nodes = [
			{ id: 'open', text: 'Hello', choices: [choice('Ask again', 'again'), choice('Close', 'good-end')] },
			{ id: 'again', text: 'Pardon?', choices: [choice('Start over', 'open')] },
			validScenario.nodes[1],
		];
		expect(messages(withNodes(nodes))).toEqual([
			'nodes.1.choices.0.next: choice leads back to "open", which is earlier on the same path, so the conversation could go round forever: point it at a later node or an ending',
		]);
	});

	it('rejects a node with no way forward that is not an ending, and an ending with choices', () => {
		const nodes = [
			{ id: 'open', text: 'Hello', choices: [choice('Go on', 'stuck'), choice('End', 'good-end')] },
			{ id: 'stuck', text: 'Silence.' },
			{ id: 'good-end', text: 'Done', ending: { outcome: 'good', title: 'Done' }, choices: [choice('More', 'stuck')] },
		];
		expect(messages(withNodes(nodes))).toEqual([
			'nodes.1: node "stuck" has no choices and is not an ending: add at least one choice, or make it an ending',
			'nodes.2: node "good-end" is an ending but has choices: remove its choices or its ending',
		]);
	});

	it('rejects a start that is not a node and duplicate node ids', () => {
		const nodes = [...validScenario.nodes, validScenario.nodes[2]];
		expect(messages(withNodes(nodes, 'begin'))).toEqual([
			'nodes.3: node id "bad-end" is already used by node 2: give every node its own id',
			'start: start "begin" is not a node: use one of "open", "good-end", "bad-end"',
		]);
	});

	it('rejects an unknown choice quality and a debrief without links', () => {
		const nodes = structuredClone(validScenario.nodes);
		nodes[0].choices![0].quality = 'great';
		expect(messages({ ...withNodes(nodes), debrief: { points: ['x'], links: [] } })).toEqual([
			'nodes.0.choices.0.quality: quality "great" is not allowed: use one of "strong", "partial", "weak"',
			'debrief.links: link at least one standard or template in the debrief',
		]);
	});
});
