/**
 * The plan's rules migrated from src/schemas/plan-rules.ts into the registry
 * (src/lib/plan-rules/): each one fails on a broken
 * fixture with a message naming the file, the entry and the fix, and the real
 * Tidewater data passes all of them.
 */
import { describe, expect, it } from 'vitest';
import { checkPlanData, makePlanData } from '../../../fixtures/sample-plan-data.ts';
import { computeImprovement } from '#src/lib/plan-rules/kpis.ts';
import { runContentCheck } from '#src/integrations/content-check.ts';
import type { Problem } from '#src/schemas/check.ts';

type Data = ReturnType<typeof makePlanData>;

function problemsAfter(change: (data: Data) => void): Problem[] {
	const data = makePlanData();
	change(data);
	return checkPlanData(data);
}

/** Exactly one problem, in `file`, at `field`, whose message contains every fragment. */
function expectOneProblem(problems: Problem[], file: string, field: string, ...fragments: string[]) {
	expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
	const [p] = problems;
	expect(p.file).toBe(`src/content/data/${file}`);
	expect(p.field).toBe(field);
	for (const fragment of fragments) expect(p.message).toContain(fragment);
}

describe('KPI rules', () => {
	it('requires a north star', () => {
		const problems = problemsAfter((d) => (d['kpis.yaml'][0].northStar = false));
		expectOneProblem(problems, 'kpis.yaml', '', 'no KPI is the north star', 'set northStar: true on the one metric');
	});

	it('allows only one north star', () => {
		const problems = problemsAfter((d) => ((d['kpis.yaml'][1] as Record<string, unknown>).northStar = true));
		expectOneProblem(problems, 'kpis.yaml', '', '2 KPIs are marked northStar ("nps", "csat")', 'keep northStar: true on exactly one');
	});

	it('allows at most four supporting KPIs', () => {
		const problems = problemsAfter((d) => {
			for (const id of ['a', 'b', 'c']) d['kpis.yaml'].push({ ...d['kpis.yaml'][1], id: `extra-${id}` });
		});
		expectOneProblem(problems, 'kpis.yaml', '', '5 supporting KPIs', 'at most 4 besides the north star; drop or merge 1');
	});

	it('accepts exactly four supporting KPIs', () => {
		const problems = problemsAfter((d) => {
			for (const id of ['a', 'b']) d['kpis.yaml'].push({ ...d['kpis.yaml'][1], id: `extra-${id}` });
		});
		expect(problems).toEqual([]);
	});

	it('rejects a 90-day target that moves against a higher-is-better KPI', () => {
		const problems = problemsAfter((d) => (d['kpis.yaml'][1].target90 = 78));
		expectOneProblem(
			problems,
			'kpis.yaml',
			'[1].target90',
			'KPI "csat"',
			'the 90-day target (78) must be higher than the baseline (80)',
			'fix the target or the direction',
		);
	});

	it('rejects a 90-day target equal to the baseline', () => {
		const problems = problemsAfter((d) => (d['kpis.yaml'][1].target90 = 80));
		expectOneProblem(problems, 'kpis.yaml', '[1].target90', 'must be higher than the baseline (80)');
	});

	it('rejects a 90-day target that rises on a lower-is-better KPI', () => {
		const problems = problemsAfter((d) => (d['kpis.yaml'][2].target90 = 11));
		expectOneProblem(problems, 'kpis.yaml', '[2].target90', 'KPI "churn"', 'must be lower than the baseline (10) because direction is lower');
	});

	it('rejects a 12-month target that falls back behind the 90-day target', () => {
		const problems = problemsAfter((d) => (d['kpis.yaml'][1].target12 = 81));
		expectOneProblem(problems, 'kpis.yaml', '[1].target12', 'the 12-month target (81) must not be lower than the 90-day target (82)');
	});

	it('asks for a justification when the 12-month target is more than 25% better than baseline', () => {
		// 20 → 26 is 30% better.
		const problems = problemsAfter((d) => (d['kpis.yaml'][0].target12 = 26));
		expectOneProblem(
			problems,
			'kpis.yaml',
			'[0].justification',
			'KPI "nps"',
			'is 30% better than the baseline (20)',
			'add justification naming the intervention',
		);
	});

	it('accepts an ambitious target that carries a justification', () => {
		const problems = problemsAfter((d) => {
			d['kpis.yaml'][0].target12 = 26;
			(d['kpis.yaml'][0] as Record<string, unknown>).justification = 'Detractor call-backs start in month one.';
		});
		expect(problems).toEqual([]);
	});

	it('accepts exactly 25% better without a justification', () => {
		// 20 → 25 is exactly 25%.
		expect(problemsAfter((d) => (d['kpis.yaml'][0].target12 = 25))).toEqual([]);
	});

	it('measures improvement on lower-is-better KPIs as a fall', () => {
		// 10 → 7 is 30% better for churn.
		const problems = problemsAfter((d) => (d['kpis.yaml'][2].target12 = 7));
		expectOneProblem(problems, 'kpis.yaml', '[2].justification', 'is 30% better than the baseline (10)');
	});

	it('treats any improvement on a zero baseline as needing a justification', () => {
		const problems = problemsAfter((d) => {
			d['kpis.yaml'][0].baseline = 0;
			d['kpis.yaml'][0].target90 = 2;
			d['kpis.yaml'][0].target12 = 4;
		});
		expectOneProblem(problems, 'kpis.yaml', '[0].justification', 'infinitely (the baseline is 0)');
	});

	it.each([
		['higher', 80, 90, 0.125],
		['lower', 10, 8, 0.2],
		['higher', -10, -5, 0.5],
		['lower', 10, 12, -0.2],
	] as const)('computes improvement (%s is better, %d → %d) as %d', (direction, from, to, expected) => {
		expect(computeImprovement({ direction }, from, to)).toBeCloseTo(expected);
	});
});

describe('tier rules', () => {
	it('needs at least two tiers', () => {
		const problems = problemsAfter((d) => {
			d['tiers.yaml'].pop();
			d['tiers.yaml'][0].quartiles = 4;
			d['touchpoints.yaml'] = d['touchpoints.yaml'].filter((t) => t.id !== 'standard-update');
			d['service-levels.yaml'].levels = d['service-levels.yaml'].levels.filter((l) => l.tier === 'key');
		});
		expectOneProblem(problems, 'tiers.yaml', '', '1 tier defined: the plan needs 2 to 4 tiers', 'split customers into at least two');
	});

	it('allows at most four tiers', () => {
		const problems = problemsAfter((d) => {
			for (const id of ['t3', 't4', 't5']) {
				d['tiers.yaml'].push({ ...d['tiers.yaml'][1], id });
				for (const channel of ['email', 'phone']) {
					d['service-levels.yaml'].levels.push({
						tier: id,
						channel,
						targets: [{ priority: 'normal', firstResponse: '1 day', resolution: '5 days', clock: 'business' }],
					});
				}
			}
		});
		// Five tiers also cannot share four revenue quartiles; that is the sizes rule's problem.
		expectOneProblem(
			problems.filter((p) => p.field === ''),
			'tiers.yaml',
			'',
			'5 tiers defined',
			'merge tiers until there are at most four',
		);
	});

	it('needs the tier owner to exist', () => {
		const problems = problemsAfter((d) => (d['tiers.yaml'][1].owner = 'nobody'));
		expectOneProblem(problems, 'tiers.yaml', '[1].owner', 'tier "standard": unknown owner "nobody"', 'add it to src/content/data/owners.yaml');
	});

	it('rejects two tiers with the same id', () => {
		const problems = problemsAfter((d) => (d['tiers.yaml'][1].id = 'key'));
		expect(problems).toContainEqual({
			file: 'src/content/data/tiers.yaml',
			field: '[1].id',
			message: 'tier id "key" is used twice: give each tier its own id',
		});
	});
});

describe('service-level rules', () => {
	const targets = (d: Data) => d['service-levels.yaml'].levels[0].targets;

	it('rejects a resolution target shorter than the first-response target', () => {
		const problems = problemsAfter((d) => (d['service-levels.yaml'].levels[2].targets[0].resolution = '4 hours'));
		expectOneProblem(
			problems,
			'service-levels.yaml',
			'levels[2].targets[0].resolution',
			'tier "standard", channel "email", normal: resolution (4 business hours) is shorter than first response (1 business day)',
			'make resolution at least as long as first response',
		);
	});

	it('accepts resolution equal to first response', () => {
		expect(problemsAfter((d) => (d['service-levels.yaml'].levels[2].targets[0].resolution = '8 hours'))).toEqual([]);
	});

	it('rejects a higher priority with a slower first response than a lower one', () => {
		const problems = problemsAfter((d) => (targets(d)[1].firstResponse = '6 hours'));
		expectOneProblem(
			problems,
			'service-levels.yaml',
			'levels[0].targets[1].firstResponse',
			'tier "key", channel "email": high firstResponse (6 business hours) is slower than normal (4 business hours)',
			'shorten the high target or lengthen the normal one',
		);
	});

	it('rejects a higher priority with a slower resolution, whatever order the rows are in', () => {
		const problems = problemsAfter((d) => {
			targets(d)[0].resolution = '3 days';
			targets(d).reverse();
		}).filter((p) => p.file.endsWith('service-levels.yaml'));
		// urgent (3 calendar days) is slower than high (1 business day) and normal (2 business days).
		expect(problems.map((p) => p.field)).toEqual(['levels[0].targets[2].resolution', 'levels[0].targets[2].resolution']);
		expect(problems[0].message).toContain('urgent resolution (3 calendar days) is slower than high (1 business day)');
	});

	it('compares business and calendar targets by nominal length, a business day being eight hours', () => {
		// urgent 8 calendar hours vs high 1 business day (8 business hours): equal, allowed.
		expect(problemsAfter(() => undefined)).toEqual([]);
		// urgent 9 calendar hours is longer than 8 business hours: not allowed.
		const problems = problemsAfter((d) => (targets(d)[0].resolution = '9 hours'));
		expectOneProblem(
			problems,
			'service-levels.yaml',
			'levels[0].targets[0].resolution',
			'urgent resolution (9 calendar hours) is slower than high (1 business day)',
		);
	});

	it('rejects the same priority twice on one tier and channel', () => {
		const problems = problemsAfter((d) => (targets(d)[1].priority = 'urgent'));
		expect(problems).toContainEqual(
			expect.objectContaining({
				field: 'levels[0].targets[1].priority',
				message: 'tier "key", channel "email": priority "urgent" is listed twice; keep one row per priority',
			}),
		);
	});

	it('rejects an unknown tier and an unknown channel', () => {
		const problems = problemsAfter((d) => {
			d['service-levels.yaml'].levels.push({
				tier: 'gold',
				channel: 'fax',
				targets: [{ priority: 'low', firstResponse: '1 day', resolution: '2 days', clock: 'business' }],
			});
		});
		expect(problems).toEqual([
			{
				file: 'src/content/data/service-levels.yaml',
				field: 'levels[4].tier',
				message: 'unknown tier "gold": use one of "key", "standard", or add it to src/content/data/tiers.yaml',
			},
			{
				file: 'src/content/data/service-levels.yaml',
				field: 'levels[4].channel',
				message: 'unknown channel "fax": use one of "email", "phone", "video", or add it to src/content/data/channels.yaml',
			},
		]);
	});

	it('rejects a tier and channel listed twice', () => {
		const problems = problemsAfter((d) => d['service-levels.yaml'].levels.push(structuredClone(d['service-levels.yaml'].levels[3])));
		expectOneProblem(problems, 'service-levels.yaml', 'levels[4]', 'tier "standard", channel "phone" is listed twice');
	});

	it('needs targets for every tier on every support channel', () => {
		const problems = problemsAfter((d) => d['service-levels.yaml'].levels.splice(3, 1));
		expectOneProblem(
			problems,
			'service-levels.yaml',
			'levels',
			'tier "standard" has no targets for support channel "phone"',
			'or set support: false on the channel',
		);
	});

	it('does not need targets for outreach-only channels', () => {
		// The fixture's video channel has support: false and no service levels.
		expect(problemsAfter(() => undefined)).toEqual([]);
	});
});

describe('escalation rules', () => {
	const levels = (d: Data) => d['escalation.yaml'].levels;

	it('needs thresholds that increase by level, priority by priority', () => {
		const problems = problemsAfter((d) => (levels(d)[2].thresholds[1].after = '4 hours'));
		expectOneProblem(
			problems,
			'escalation.yaml',
			'levels[2].thresholds[1].after',
			"level 3, high: threshold (4 business hours) must be longer than level 2's (4 business hours)",
			'thresholds increase by level',
		);
	});

	it('needs one threshold for every priority on every level', () => {
		const problems = problemsAfter((d) => levels(d)[1].thresholds.pop());
		expectOneProblem(
			problems,
			'escalation.yaml',
			'levels[1].thresholds',
			'level 2: priority "low" has 0 thresholds',
			'list exactly one { priority: low, after, clock } per priority',
		);
	});

	it('needs every level owner to exist', () => {
		const problems = problemsAfter((d) => (levels(d)[3].owner = 'ceo'));
		expectOneProblem(problems, 'escalation.yaml', 'levels[3].owner', 'level 4: unknown owner "ceo"', 'use one of "ana-lead", "ben-vp"');
	});

	it('needs levels numbered in order without gaps', () => {
		const problems = problemsAfter((d) => (levels(d)[2].level = 4));
		expectOneProblem(problems, 'escalation.yaml', 'levels[2].level', 'entry 3 is numbered level 4', 'number them 1, 2, 3, 4 without gaps');
	});
});

describe('references between files', () => {
	it.each([
		[
			'touchpoints.yaml',
			'[0].channel',
			(d: Data): void => void (d['touchpoints.yaml'][0].channel = 'pigeon'),
			'touchpoint "welcome": unknown channel "pigeon"',
			'src/content/data/channels.yaml',
		],
		[
			'touchpoints.yaml',
			'[0].template',
			(d: Data): void => void (d['touchpoints.yaml'][0].template = 'hello'),
			'touchpoint "welcome": unknown template "hello": use one of "kickoff"',
			'src/content/data/templates.yaml',
		],
		[
			'touchpoints.yaml',
			'[0].tiers[0]',
			(d: Data): void => void (d['touchpoints.yaml'][0].tiers = ['gold']),
			'touchpoint "welcome": unknown tier "gold"',
			'src/content/data/tiers.yaml',
		],
		[
			'touchpoints.yaml',
			'[1].owner',
			(d: Data): void => void (d['touchpoints.yaml'][1].owner = 'zed'),
			'touchpoint "review": unknown owner "zed"',
			'src/content/data/owners.yaml',
		],
		[
			'feedback.yaml',
			'[0].kpi',
			(d: Data): void => void (d['feedback.yaml'][0].kpi = 'ces'),
			'feedback touchpoint "post-ticket": unknown KPI "ces"',
			'src/content/data/kpis.yaml',
		],
		[
			'feedback.yaml',
			'[0].owner',
			(d: Data): void => void (d['feedback.yaml'][0].owner = 'zed'),
			'feedback touchpoint "post-ticket": unknown owner "zed"',
			'owners.yaml',
		],
		['kpis.yaml', '[1].owner', (d: Data): void => void (d['kpis.yaml'][1].owner = 'zed'), 'KPI "csat": unknown owner "zed"', 'owners.yaml'],
		[
			'templates.yaml',
			'[0].channel',
			(d: Data): void => void (d['templates.yaml'][0].channel = 'fax'),
			'template "kickoff": unknown channel "fax"',
			'channels.yaml',
		],
		['templates.yaml', '[0].owner', (d: Data): void => void (d['templates.yaml'][0].owner = 'zed'), 'template "kickoff": unknown owner "zed"', 'owners.yaml'],
		[
			'glossary.yaml',
			'[0].seeAlso[0]',
			(d: Data): void => void (d['glossary.yaml'][0].seeAlso = ['ces']),
			'term "nps": unknown glossary term "ces"',
			'glossary.yaml',
		],
	] as const)('%s %s must exist', (file, field, change, fragment, where) => {
		expectOneProblem(problemsAfter(change), file, field, fragment, `or add it to ${where.includes('/') ? where : `src/content/data/${where}`}`);
	});

	it('rejects duplicate ids in every list', () => {
		const problems = problemsAfter((d) => {
			d['touchpoints.yaml'][1].id = 'welcome';
			d['templates.yaml'].push({ ...d['templates.yaml'][0] });
		});
		// Problems come grouped by file, in path order.
		expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
			'src/content/data/templates.yaml [1].id: template id "kickoff" is used twice: give each template its own id',
			'src/content/data/touchpoints.yaml [1].id: touchpoint id "welcome" is used twice: give each touchpoint its own id',
		]);
	});

	it('rejects one wording pointing at two glossary terms', () => {
		const problems = problemsAfter((d) => ((d['glossary.yaml'][1] as Record<string, unknown>).aliases = ['nps']));
		expectOneProblem(problems, 'glossary.yaml', '[1]', 'term "csat": "nps" is also a wording of "nps"', 'remove it from one of them');
	});
});

describe('the Tidewater data', () => {
	// Reads every page and data file from disk: slow on a shared machine, so it gets time (never a timing assertion).
	it('passes the content check, plan rules included', { timeout: 60_000 }, () => {
		const { problems } = runContentCheck(process.cwd());
		expect(problems).toEqual([]);
	});
});
