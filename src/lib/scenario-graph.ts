/**
 * Practice scenarios are branching conversations: nodes joined by choices.
 * These pure functions check the shape of that graph so a scenario can never
 * strand a trainee: every node can be reached from the start, every choice
 * leads somewhere that exists, and every path through it ends (no loops, no
 * node without a way forward that is not an ending).
 */

import { quoteIds } from './check-messages.ts';

/** The graph as these checks see it: only ids and links, no text. */
export interface GraphNode {
	/** Unique within the scenario. */
	id: string;
	/** Target node id of each choice, in order. */
	next: string[];
	/** True when the conversation stops here (an ending). */
	ending: boolean;
}

export interface ScenarioGraph {
	/** Id of the first node. */
	start: string;
	nodes: GraphNode[];
}

export type GraphProblemKind = 'missing-start' | 'duplicate-node' | 'dead-link' | 'unreachable' | 'no-way-forward' | 'ending-with-choices' | 'loop';

/** One thing wrong with a scenario graph, located by node index (and choice index where it concerns a link). */
export interface GraphProblem {
	kind: GraphProblemKind;
	/** Index of the node in `nodes` (-1 for the start field). */
	node: number;
	/** Index of the choice within the node, when the problem is a link. */
	choice?: number;
	/** What is wrong and how to fix it. */
	message: string;
}

/** Ids of the nodes that can be reached from the start by following choices that lead to existing nodes. */
export function findReachableNodes(graph: ScenarioGraph): Set<string> {
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const seen = new Set<string>();
	if (!byId.has(graph.start)) return seen;
	const stack = [graph.start];
	while (stack.length > 0) {
		const id = stack.pop() as string;
		if (seen.has(id)) continue;
		seen.add(id);
		for (const target of byId.get(id)?.next ?? []) if (byId.has(target) && !seen.has(target)) stack.push(target);
	}
	return seen;
}

/**
 * Every problem in the graph, in node order. An empty list means a trainee
 * who starts at `start` always reaches an ending, whatever they choose.
 */
export function findGraphProblems(graph: ScenarioGraph): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const firstIndex = new Map<string, number>();
	graph.nodes.forEach((node, i) => {
		if (firstIndex.has(node.id)) {
			problems.push({
				kind: 'duplicate-node',
				node: i,
				message: `node id "${node.id}" is already used by node ${firstIndex.get(node.id)}: give every node its own id`,
			});
		} else firstIndex.set(node.id, i);
	});
	const ids = [...firstIndex.keys()];
	const idList = quoteIds(ids);

	if (!firstIndex.has(graph.start)) {
		problems.push({ kind: 'missing-start', node: -1, message: `start "${graph.start}" is not a node: use one of ${idList}` });
	}

	graph.nodes.forEach((node, i) => {
		if (node.ending && node.next.length > 0) {
			problems.push({ kind: 'ending-with-choices', node: i, message: `node "${node.id}" is an ending but has choices: remove its choices or its ending` });
		}
		if (!node.ending && node.next.length === 0) {
			problems.push({
				kind: 'no-way-forward',
				node: i,
				message: `node "${node.id}" has no choices and is not an ending: add at least one choice, or make it an ending`,
			});
		}
		node.next.forEach((target, c) => {
			if (!firstIndex.has(target)) {
				problems.push({ kind: 'dead-link', node: i, choice: c, message: `choice leads to "${target}", which is not a node: use one of ${idList}` });
			}
		});
	});

	const reachable = findReachableNodes(graph);
	if (firstIndex.has(graph.start)) {
		graph.nodes.forEach((node, i) => {
			if (firstIndex.get(node.id) === i && !reachable.has(node.id)) {
				problems.push({
					kind: 'unreachable',
					node: i,
					message: `node "${node.id}" cannot be reached from the start "${graph.start}": link a choice to it, or delete it`,
				});
			}
		});
	}

	problems.push(...findLoops(graph, firstIndex));
	return problems;
}

/**
 * Choices that lead back to a node already on the current path: a trainee
 * could go round forever, so not every path would end. Depth-first from the
 * start; each looping choice is reported once.
 */
function findLoops(graph: ScenarioGraph, firstIndex: Map<string, number>): GraphProblem[] {
	const problems: GraphProblem[] = [];
	if (!firstIndex.has(graph.start)) return problems;
	const state = new Map<string, 'open' | 'done'>();
	// Iterative DFS so a long scenario cannot overflow the stack.
	const stack: { id: string; choice: number }[] = [{ id: graph.start, choice: 0 }];
	state.set(graph.start, 'open');
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		const index = firstIndex.get(frame.id) as number;
		const node = graph.nodes[index];
		if (frame.choice >= node.next.length) {
			state.set(frame.id, 'done');
			stack.pop();
			continue;
		}
		const c = frame.choice++;
		const target = node.next[c];
		if (!firstIndex.has(target)) continue;
		const seen = state.get(target);
		if (seen === 'open') {
			problems.push({
				kind: 'loop',
				node: index,
				choice: c,
				message: `choice leads back to "${target}", which is earlier on the same path, so the conversation could go round forever: point it at a later node or an ending`,
			});
		} else if (seen === undefined) {
			state.set(target, 'open');
			stack.push({ id: target, choice: 0 });
		}
	}
	return problems;
}

/**
 * Every route from the start to an ending, as lists of node ids. Only
 * meaningful for a graph without problems; used by tests and by trainers who
 * want to know how many ways a scenario can go.
 */
export function listPaths(graph: ScenarioGraph, limit = 10_000): string[][] {
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const paths: string[][] = [];
	const walk = (id: string, path: string[]) => {
		if (paths.length >= limit) return;
		const node = byId.get(id);
		if (!node || path.includes(id)) return;
		const here = [...path, id];
		if (node.ending) {
			paths.push(here);
			return;
		}
		for (const target of node.next) walk(target, here);
	};
	walk(graph.start, []);
	return paths;
}
