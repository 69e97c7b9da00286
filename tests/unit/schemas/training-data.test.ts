/**
 * The training content as shipped: the content check accepts it, and it has
 * what the training brief asks for (paths, enough modules, the named scenarios,
 * each scenario with good and poor endings).
 */
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '#src/integrations/content-check.ts';
import type { LearningPath, TrainingModule } from '#src/schemas/training.ts';
import type { Scenario } from '#src/schemas/scenario.ts';
import { listPaths } from '#src/lib/scenario-graph.ts';
import { toScenarioGraph } from '#src/schemas/scenario.ts';

const { content, problems } = runContentCheck(process.cwd());
const entries = <T>(folder: string) =>
	[...content.data].filter(([key]) => key.startsWith(folder)).map(([key, value]) => [key.slice(folder.length).replace(/\.yaml$/, ''), value as T] as const);
const modules = entries<TrainingModule>('training/modules/');
const scenarios = new Map(entries<Scenario>('training/scenarios/'));
const paths = content.data.get('training/paths.yaml') as LearningPath[];

describe('the shipped training content', () => {
	it('passes the content check', () => {
		expect(problems.filter((p) => p.file.includes('training'))).toEqual([]);
	});

	it('has the three role paths and at least twelve modules', () => {
		expect(paths.map((p) => p.id)).toEqual(['frontline-first-week', 'csm-first-30-days', 'team-lead']);
		expect(modules.length).toBeGreaterThanOrEqual(12);
	});

	it('has the practice scenarios, each with a good and a poor ending and more than two routes', () => {
		expect([...scenarios.keys()].sort()).toEqual([
			'angry-escalation',
			'detractor-follow-up',
			'lapsed-loyal-shopper',
			'missed-service-level-apology',
			'new-decision-maker',
			'renewal-at-risk',
			'slipped-milestone-review',
			'usage-drop-before-renewal',
			'vulnerable-customer-complaint',
		]);
		for (const [id, scenario] of scenarios) {
			const outcomes = new Set(scenario.nodes.flatMap((n) => (n.ending ? [n.ending.outcome] : [])));
			expect(outcomes, id).toContain('good');
			expect(outcomes, id).toContain('poor');
			expect(listPaths(toScenarioGraph(scenario)).length, id).toBeGreaterThan(2);
		}
	});

	it('gives every knowledge check at least five questions, and at least one "choose all that apply"', () => {
		for (const [id, module] of modules) {
			expect(module.check.questions.length, id).toBeGreaterThanOrEqual(5);
			expect(
				module.check.questions.some((q) => q.type === 'multiple'),
				id,
			).toBe(true);
		}
	});

	it('gives every industry at least one scenario of its own, linked from its hub data', () => {
		for (const [id, industry] of content.industries) {
			expect(industry.scenarios.length, id).toBeGreaterThan(0);
			for (const s of industry.scenarios) expect(scenarios.has(s), `${id}: ${s}`).toBe(true);
		}
	});

	it('has a financial-services scenario about a regulated complaint from a customer in a vulnerable situation', () => {
		const scenario = scenarios.get('vulnerable-customer-complaint');
		expect(content.industries.get('financial-services')?.scenarios).toContain('vulnerable-customer-complaint');
		expect(scenario?.debrief.points.join(' ')).toMatch(/complaint/);
		expect(scenario?.debrief.points.join(' ')).toMatch(/vulnerable situation/);
	});
});
