/**
 * Every rule in the registry (src/lib/plan-rules/index.ts) passes a valid
 * plan and fails a broken one with the file, the field and the fix; and every
 * rule carries the words the "How the plan checks itself" page shows.
 */
import { describe, expect, it } from 'vitest';
import { makePlanData, type PlanData } from '../../../fixtures/sample-plan-data.ts';
import { checkContent, type CheckedContent, type RawContent } from '#src/schemas/check.ts';
import { planDataFileSpecs } from '#src/schemas/plan-data-files.ts';
import { ownersSchema } from '#src/schemas/owners.ts';
import { industrySchema } from '#src/schemas/industry.ts';
import { planRules } from '#src/lib/plan-rules/index.ts';
import { createHealthSignalsRule } from '#src/lib/plan-rules/health.ts';
import { maskNonProse } from '#src/lib/plan-rules/prose-numbers.ts';

const page = (body: string) => ({
	file: 'src/content/docs/plan/example.mdx',
	data: {
		title: 'Example',
		description: 'An example page.',
		owner: 'ana-lead',
		reviewed: '2026-11-01',
		reviewBy: '2027-05-01',
		audience: ['staff'],
		kind: 'guide',
		status: 'approved',
	},
	body,
});

/** The content after validation, as rules see it (no rules run yet). */
function load(change: (d: PlanData) => void = () => undefined, body = 'Nothing typed here.\n'): CheckedContent {
	const data = makePlanData();
	change(data);
	const raw: RawContent = {
		pages: [page(body)],
		data: new Map(Object.entries(data).map(([key, value]) => [key, { file: `src/content/data/${key}`, data: value }])),
	};
	const specs = [
		{ path: 'owners.yaml', schema: ownersSchema, required: true },
		{ path: 'industries/', schema: industrySchema, required: false },
		...planDataFileSpecs,
	];
	const { content, problems } = checkContent(raw, { specs, rules: [] });
	expect(problems, JSON.stringify(problems, null, 1)).toEqual([]);
	return content;
}

const rule = (id: string) => {
	const found = planRules.find((r) => r.id === id);
	if (!found) throw new Error(`no rule ${id}`);
	return found;
};

/** [rule id, what is broken, the change, file, field, fragments of the message]. */
const cases: [string, string, (d: PlanData) => void, string, string, string[]][] = [
	[
		'kpi-count',
		'two north stars',
		(d) => ((d['kpis.yaml'][1] as Record<string, unknown>).northStar = true),
		'kpis.yaml',
		'',
		['keep northStar: true on exactly one'],
	],
	['kpi-targets', 'a target moving backwards', (d) => (d['kpis.yaml'][1].target90 = 70), 'kpis.yaml', '[1].target90', ['must be higher than the baseline']],
	[
		'kpi-baseline-periods',
		'a quarter and a year claimed as one period',
		(d) => (d['plan.yaml'].baselinePeriods = 'same-period'),
		'kpis.yaml',
		'[2].baselinePeriod',
		['KPI "churn"', 'plan.yaml baselinePeriods: same-period', 'set baselinePeriods to "same-end" or "stated-per-kpi"'],
	],
	[
		'kpi-baseline-periods',
		'periods ending on different days',
		(d) => (d['kpis.yaml'][2].baselinePeriod.to = '2026-06-30'),
		'kpis.yaml',
		'[2].baselinePeriod',
		['every baseline covers a period ending 2026-09-30'],
	],
	['kpi-in-goals', 'no KPI in anyone’s goals', (d) => delete (d['kpis.yaml'][0] as Record<string, unknown>).inGoals, 'kpis.yaml', 'inGoals', ['add inGoals']],
	['tier-count', 'an owner who does not exist', (d) => (d['tiers.yaml'][0].owner = 'nobody'), 'tiers.yaml', '[0].owner', ['unknown owner "nobody"']],
	[
		'tier-sizes',
		'quartiles that do not add up to four',
		(d) => (d['tiers.yaml'][1].quartiles = 2),
		'tiers.yaml',
		'quartiles',
		['cover 3 revenue quartiles', 'add up to 4'],
	],
	[
		'tier-sizes',
		'a tier too small under the equal-accounts method',
		(d) => {
			d['plan.yaml'].segmentation.method = 'equal-accounts';
			d['tiers.yaml'][0].accounts = 20;
			d['tiers.yaml'][1].accounts = 120;
		},
		'tiers.yaml',
		'[0].accounts',
		['tier "key": 20 accounts over 1 quartile', 'puts about 35 accounts here', 'or set segmentation.method to equal-revenue'],
	],
	[
		'tier-sizes',
		'the smaller accounts’ tier with fewer accounts under equal revenue',
		(d) => (d['tiers.yaml'][1].accounts = 60),
		'tiers.yaml',
		'[1].accounts',
		['fewer accounts per revenue quartile (20) than "key" above it (40)'],
	],
	[
		'tier-contact-rhythm',
		'a rhythm missing from the timeline',
		(d) => (d['touchpoints.yaml'] = d['touchpoints.yaml'].filter((t) => t.id !== 'key-check-in')),
		'tiers.yaml',
		'[0].contactCadence',
		['no touchpoint with trigger { type: recurring, every: every-two-weeks }', 'tiers: [key]'],
	],
	[
		'tier-contact-rhythm',
		'a contact frequency that says another rhythm',
		(d) => (d['tiers.yaml'][1].contactFrequency = 'monthly'),
		'tiers.yaml',
		'[1].contactFrequency',
		['must start with "quarterly"'],
	],
	[
		'tier-contact-mode',
		'an automated rhythm described without saying so',
		(d) => (d['tiers.yaml'][1].contactFrequency = 'quarterly, by email'),
		'tiers.yaml',
		'[1].contactFrequency',
		['does not say the contact is automated', 'touchpoints.yaml [3] "standard-update" has mode: automated'],
	],
	[
		'tier-contact-mode',
		'a person’s call described as automated',
		(d) => (d['tiers.yaml'][0].contactFrequency = 'every two weeks, automated'),
		'tiers.yaml',
		'[0].contactFrequency',
		['says automated', 'has mode: human', 'remove "automated"'],
	],
	[
		'tier-contact-mode',
		'an email rhythm described as calls',
		(d) => (d['tiers.yaml'][1].contactFrequency = 'quarterly, an automated call'),
		'tiers.yaml',
		'[1].contactFrequency',
		['names the phone channel', 'is on channel email'],
	],
	[
		'tier-contact-mode',
		'a tier said to get no contact',
		(d) => (d['tiers.yaml'][0].contactFrequency = 'every two weeks, or no contact at all'),
		'tiers.yaml',
		'[0].contactFrequency',
		['says there is no contact', 'contacts the tier every two weeks'],
	],
	[
		'service-levels',
		'resolution before first response',
		(d) => (d['service-levels.yaml'].levels[2].targets[0].resolution = '4 hours'),
		'service-levels.yaml',
		'levels[2].targets[0].resolution',
		['make resolution at least as long as first response'],
	],
	[
		'escalation-levels',
		'a level numbered out of order',
		(d) => (d['escalation.yaml'].levels[2].level = 4),
		'escalation.yaml',
		'levels[2].level',
		['number them 1, 2, 3, 4'],
	],
	[
		'escalation-breach-levels',
		'the executive reached before the normal target is at risk',
		(d) => (d['escalation.yaml'].levels[3].thresholds[2].after = '3 days'),
		'escalation.yaml',
		'levels[3].thresholds[2].after',
		['level 4 (Executive) is for breaches', 'normal tickets reach it after 3 business days', '5 business days, standard/email'],
	],
	[
		'urgent-one-clock',
		'urgent on business time on one channel',
		(d) => (d['service-levels.yaml'].levels[1].targets[0].clock = 'business'),
		'service-levels.yaml',
		'levels[1].targets[0].clock',
		['urgent runs on business time', 'set clock: calendar'],
	],
	[
		'urgent-one-clock',
		'urgent escalation on business time',
		(d) => (d['escalation.yaml'].levels[1].thresholds[0].clock = 'business'),
		'escalation.yaml',
		'levels[1].thresholds[0].clock',
		['urgent threshold runs on business time'],
	],
	[
		'urgent-one-clock',
		'urgent updates in business hours only',
		(d) => (d['escalation.yaml'].updates[0].clock = 'business'),
		'escalation.yaml',
		'updates[0].clock',
		['no update at all'],
	],
	[
		'urgent-one-clock',
		'a priority with no update rhythm',
		(d) => d['escalation.yaml'].updates.pop(),
		'escalation.yaml',
		'updates',
		['no update rhythm for low tickets'],
	],
	[
		'survey-cap',
		'a survey after every ticket',
		(d) => (d['feedback.yaml'][0].frequency = 'Every ticket'),
		'feedback.yaml',
		'[0].frequency',
		['promises a survey every time', 'one survey in any 30 days'],
	],
	[
		'survey-cap',
		'two scheduled surveys inside the window',
		(d) => (d['touchpoints.yaml'] as unknown[]).push({ ...d['touchpoints.yaml'][4], id: 'day-40-survey', trigger: { type: 'day', day: 40 } }),
		'touchpoints.yaml',
		'[5].trigger.day',
		['"day-30-survey" (day 30), "day-40-survey" (day 40)', 'move one at least 30 days'],
	],
	[
		'survey-cap',
		'a touchpoint sending a survey that does not exist',
		(d) => (d['touchpoints.yaml'][4].survey = 'pulse'),
		'touchpoints.yaml',
		'[4].survey',
		['unknown survey "pulse"'],
	],
	[
		'data-references',
		'a touchpoint with an unknown template',
		(d) => (d['touchpoints.yaml'][0].template = 'hello'),
		'touchpoints.yaml',
		'[0].template',
		['unknown template "hello"'],
	],
];

describe('each plan rule', () => {
	it.each(planRules.map((r) => [r.id, r] as const))('%s passes the valid plan', (_, r) => {
		expect(r.check(load())).toEqual([]);
	});

	it.each(cases)('%s fails on %s, naming file, field and fix', (id, _, change, file, field, fragments) => {
		const problems = rule(id).check(load(change));
		expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
		expect(problems[0].file).toBe(`src/content/data/${file}`);
		expect(problems[0].field).toBe(field);
		for (const f of fragments) expect(problems[0].message).toContain(f);
	});

	it('has a failing example for every rule in the registry', () => {
		const tested = new Set([...cases.map(([id]) => id), 'health-signals', 'template-references', 'prose-numbers', 'kpi-goals-in-prose']);
		expect(planRules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
	});
});

describe('health-signals', () => {
	const signals = [
		{ id: 'usage', name: 'Usage' },
		{ id: 'lastContact', name: 'Days since last contact' },
		{ id: 'nps', name: 'Survey score' },
	];
	it('passes a default with three allowed signals', () => {
		expect(createHealthSignalsRule(signals).check(load())).toEqual([]);
	});
	it('fails a default that weights days to renewal', () => {
		const problems = createHealthSignalsRule([...signals, { id: 'renewal', name: 'Days to renewal' }]).check(load());
		expect(problems).toEqual([
			{
				file: 'src/lib/metrics/health.ts',
				field: 'defaultHealthConfig.signals[3]',
				message: expect.stringContaining(
					'weights "Days to renewal" (id renewal), which src/content/data/plan.yaml healthScore.excluded keeps out of the score',
				),
			},
		]);
	});
	it('fails a default with fewer signals than the plan’s minimum', () => {
		const problems = createHealthSignalsRule(signals.slice(0, 2)).check(load());
		expect(problems).toEqual([
			{
				file: 'src/lib/metrics/health.ts',
				field: 'defaultHealthConfig.signals',
				message: expect.stringContaining('uses 2 signals; src/content/data/plan.yaml healthScore.minSignals asks for at least 3'),
			},
		]);
	});
});

describe('template-references', () => {
	it('passes a page that uses a template that exists', () => {
		expect(
			rule('template-references').check(load(undefined, 'Use <Template id="kickoff" /> or [the kickoff](/standards/templates/#template-kickoff).\n')),
		).toEqual([]);
	});
	it('fails a page that links to a template that does not exist, naming the line', () => {
		const problems = rule('template-references').check(
			load(undefined, 'Intro.\n\nThe [follow-up template](/standards/templates/#template-detractor-follow-up) lives with the others.\n'),
		);
		expect(problems).toEqual([
			{
				file: 'src/content/docs/plan/example.mdx',
				field: 'body (line 3)',
				message: 'refers to unknown template "detractor-follow-up": use one of "kickoff", or add it to src/content/data/templates.yaml',
			},
		]);
	});
});

describe('prose-numbers', () => {
	const check = (body: string) =>
		rule('prose-numbers').check(load((d) => ((d['feedback.yaml'][0] as Record<string, unknown>).followUpWithin = '48 hours'), body));

	it('fails a promise typed into prose when the same fact is in data', () => {
		const problems = check('Detractors hear back within 48 hours.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'src/content/docs/plan/example.mdx', field: 'body (line 1)' });
		expect(problems[0].message).toContain('src/content/data/feedback.yaml (post-ticket followUpWithin): render it with <Value');
	});
	it('fails a KPI figure typed into prose', () => {
		expect(check('CSAT starts at 80%.\n')[0].message).toContain('src/content/data/kpis.yaml (csat baseline)');
	});
	it('fails a survey cap written in words', () => {
		expect(check('Nobody gets more than one survey a month.\n')[0].message).toContain('<Value plan="surveys" />');
	});
	it('passes numbers that are not plan facts, cited statistics and values inside components', () => {
		expect(
			check('Happy workers are about 13% more productive. A call takes 45 minutes. <Value feedback="post-ticket" field="followUpWithin" /> `48 hours`\n'),
		).toEqual([]);
	});
	it('passes a common number when the fact it would repeat needs context the line lacks', () => {
		// The survey window is 30 days, but this line is not about surveys.
		expect(check('Pages due within 30 days are listed below.\n')).toEqual([]);
	});
	it.each([
		['a promise in words', 'Detractors hear back within forty-eight hours.\n', 'feedback.yaml (post-ticket followUpWithin)'],
		['a draft time as a range in words', 'Writing the plan takes three to four weeks.\n', 'plan.yaml (draftHours): render it with <Value plan="draftHours" />'],
		['a draft time as a vague amount', 'A first draft takes a few weeks.\n', 'plan.yaml (draftHours)'],
		['a draft time in digits but another unit', 'The first draft takes 3 weeks.\n', 'plan.yaml (draftHours)'],
		['a survey cap as a frequency', 'No customer is surveyed more than once a month.\n', 'plan.yaml (surveys): write <Value plan="surveys" />'],
	])('fails %s when the fact lives in data', (_, body, fragment) => {
		const problems = check(body);
		expect(problems, JSON.stringify(problems)).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'src/content/docs/plan/example.mdx', field: 'body (line 1)' });
		expect(problems[0].message).toContain(fragment);
	});
	it('passes durations and frequencies in words that are not plan facts', () => {
		expect(
			check('Book thirty minutes. A quick note followed by three days of silence hurts. Check the thresholds once a year. A day later, it worked.\n'),
		).toEqual([]);
	});
	it('keeps line numbers when it blanks out code and tags', () => {
		const body = '```\n48 hours\n```\n<Aside title="x">\nwithin 48 hours\n</Aside>\n';
		expect(maskNonProse(body).split('\n')).toHaveLength(body.split('\n').length);
		expect(check(body).map((p) => p.field)).toEqual(['body (line 5)']);
	});
});

describe('kpi-goals-in-prose', () => {
	const check = (body: string) => rule('kpi-goals-in-prose').check(load(undefined, body));
	it.each([
		['already include', 'Support goals already include customer satisfaction and net promoter score.\n', 'Net Promoter Score and Customer satisfaction'],
		['no one’s goals', 'Intro.\n\nNo one’s goals include Customer Satisfaction today.\n', 'Customer satisfaction'],
		['not yet carry', 'The team does not yet carry Net Promoter Score in its goals.\n', 'Net Promoter Score'],
	])('fails a typed claim that KPIs are %s, naming the line and the component', (_, body, named) => {
		const problems = check(body);
		expect(problems, JSON.stringify(problems)).toHaveLength(1);
		expect(problems[0].file).toBe('src/content/docs/plan/example.mdx');
		expect(problems[0].field).toMatch(/^body \(line \d\)$/);
		expect(problems[0].message).toContain(`whose goals include ${named}`);
		expect(problems[0].message).toContain('src/content/data/kpis.yaml inGoals');
		expect(problems[0].message).toContain('<KpiGoals kpis={[');
	});
	it('passes advice about goals and sentences that leave whose goals to the component', () => {
		expect(check("Tie at least one plan KPI to team goals, such as Net Promoter Score for a team lead. <KpiGoals kpis={['nps']} />\n")).toEqual([]);
	});
});

describe('tier-contact-mode on pages', () => {
	const check = (body: string) => rule('tier-contact-mode').check(load(undefined, body));
	it('fails a sentence that describes a tier’s standing contact in words', () => {
		const problems = check('Intro.\n\nStandard accounts get a check-in call every quarter.\n');
		expect(problems).toEqual([
			{
				file: 'src/content/docs/plan/example.mdx',
				field: 'body (line 3)',
				message: expect.stringContaining('<Value tier="standard" field="contactFrequency" /> or <Value touchpoint="standard-update" field="purpose" />'),
			},
		]);
	});
	it('passes one-off contacts and contact rendered from the data', () => {
		expect(check('Standard accounts get a kickoff call. Standard accounts are contacted <Value tier="standard" field="contactFrequency" />.\n')).toEqual([]);
	});
});

describe('the registry', () => {
	it('gives every rule a unique id and the words leaders read', () => {
		expect(new Set(planRules.map((r) => r.id)).size).toBe(planRules.length);
		for (const r of planRules) {
			expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(r.summary.length, r.id).toBeGreaterThan(20);
			expect(r.why.length, r.id).toBeGreaterThan(20);
			expect(r.reads.length, r.id).toBeGreaterThan(0);
		}
	});
});
