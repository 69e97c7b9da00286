import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findGraphProblems, findReachableNodes, listPaths, type ScenarioGraph } from '#src/lib/scenario-graph.ts';

/** Opening → (listen → good | defend → poor) | hang-up. */
const example: ScenarioGraph = {
	start: 'open',
	nodes: [
		{ id: 'open', next: ['listen', 'defend', 'hang-up'], ending: false },
		{ id: 'listen', next: ['good'], ending: false },
		{ id: 'defend', next: ['poor', 'good'], ending: false },
		{ id: 'good', next: [], ending: true },
		{ id: 'poor', next: [], ending: true },
		{ id: 'hang-up', next: [], ending: true },
	],
};

/**
 * Random valid scenarios: node i only links to later nodes, the last node is
 * an ending, and every node but the first is linked from an earlier one, so
 * every node is reachable and every path ends.
 */
const validGraph = fc
	.integer({ min: 2, max: 12 })
	.chain((n) =>
		fc.tuple(
			fc.constant(n),
			// For node i (1..n-1): which earlier node links to it (guarantees reachability).
			fc.tuple(...Array.from({ length: n - 1 }, (_, k) => fc.integer({ min: 0, max: k }))),
			// Extra forward links, as [from, to] pairs that are filtered to from < to.
			fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 20 }),
		),
	)
	.map(([n, parents, extra]) => {
		const next: string[][] = Array.from({ length: n }, () => []);
		parents.forEach((parent, k) => next[parent].push(`n${k + 1}`));
		for (const [from, to] of extra) if (from < to && !next[from].includes(`n${to}`)) next[from].push(`n${to}`);
		const graph: ScenarioGraph = { start: 'n0', nodes: next.map((targets, i) => ({ id: `n${i}`, next: targets, ending: targets.length === 0 })) };
		return graph;
	});

describe('scenario graph checks', () => {
	it('finds nothing wrong in a scenario where every choice leads on to an ending', () => {
		expect(findGraphProblems(example)).toEqual([]);
	});

	it('lists every route to an ending: four here', () => {
		expect(listPaths(example)).toEqual([
			['open', 'listen', 'good'],
			['open', 'defend', 'poor'],
			['open', 'defend', 'good'],
			['open', 'hang-up'],
		]);
	});

	it('reaches only nodes linked from the start', () => {
		const graph = { ...example, nodes: [...example.nodes, { id: 'island', next: ['good'], ending: false }] };
		expect([...findReachableNodes(graph)].sort()).toEqual(['defend', 'good', 'hang-up', 'listen', 'open', 'poor']);
		expect(findGraphProblems(graph).map((p) => p.kind)).toEqual(['unreachable']);
	});

	it('reaches nothing when the start is missing, and says so once', () => {
		const graph = { ...example, start: 'hello' };
		expect(findReachableNodes(graph).size).toBe(0);
		expect(findGraphProblems(graph).map((p) => p.kind)).toEqual(['missing-start']);
	});

	it('reports a self-loop as a loop at that choice', () => {
		const graph: ScenarioGraph = {
			start: 'a',
			nodes: [
				{ id: 'a', next: ['a', 'z'], ending: false },
				{ id: 'z', next: [], ending: true },
			],
		};
		expect(findGraphProblems(graph)).toMatchObject([{ kind: 'loop', node: 0, choice: 0 }]);
	});

	it('handles a long chain without overflowing the stack', () => {
		const n = 20_000;
		const graph: ScenarioGraph = {
			start: 'n0',
			nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, next: i < n - 1 ? [`n${i + 1}`] : [], ending: i === n - 1 })),
		};
		expect(findGraphProblems(graph)).toEqual([]);
	});

	describe('properties', () => {
		it('accepts every graph built only from forward links that end in endings', () => {
			fc.assert(fc.property(validGraph, (graph) => findGraphProblems(graph).length === 0));
		});

		it('in a valid graph, every route ends at an ending and every node lies on some route', () => {
			fc.assert(
				fc.property(validGraph, (graph) => {
					const paths = listPaths(graph);
					const endings = new Set(graph.nodes.filter((n) => n.ending).map((n) => n.id));
					expect(paths.every((p) => endings.has(p.at(-1) as string))).toBe(true);
					expect(new Set(paths.flat()).size).toBe(graph.nodes.length);
				}),
			);
		});

		it('finds a loop whenever a choice points back to the start', () => {
			fc.assert(
				fc.property(validGraph, fc.nat(), (graph, pick) => {
					const candidates = graph.nodes.filter((n) => !n.ending);
					const node = candidates[pick % candidates.length];
					node.next.push('n0');
					expect(findGraphProblems(graph).some((p) => p.kind === 'loop')).toBe(true);
				}),
			);
		});

		it('finds the dead link whenever a choice points at a missing node', () => {
			fc.assert(
				fc.property(validGraph, fc.nat(), (graph, pick) => {
					const candidates = graph.nodes.filter((n) => !n.ending);
					const index = graph.nodes.indexOf(candidates[pick % candidates.length]);
					graph.nodes[index].next.push('missing');
					const dead = findGraphProblems(graph).filter((p) => p.kind === 'dead-link');
					expect(dead).toEqual([{ kind: 'dead-link', node: index, choice: graph.nodes[index].next.length - 1, message: expect.stringContaining('"missing"') }]);
				}),
			);
		});

		it('finds a node as unreachable once the only links to it are removed', () => {
			fc.assert(
				fc.property(validGraph, fc.nat(), (graph, pick) => {
					const target = `n${1 + (pick % (graph.nodes.length - 1))}`;
					for (const node of graph.nodes) node.next = node.next.filter((t) => t !== target);
					// Nodes left with no choices become endings so only reachability is under test.
					for (const node of graph.nodes) node.ending = node.next.length === 0;
					const unreachable = findGraphProblems(graph)
						.filter((p) => p.kind === 'unreachable')
						.map((p) => graph.nodes[p.node].id);
					expect(unreachable).toContain(target);
				}),
			);
		});
	});
});
