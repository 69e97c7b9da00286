/**
 * Each contradiction found in issue 12, planted back into the real Tidewater
 * content: the content check (and so the build) fails, naming the file, the
 * field and the fix. The real content passes (plan-rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '#src/integrations/content-check.ts';
import { checkContent, type Problem, type RawContent } from '#src/schemas/check.ts';

type Yaml = Record<string, any>;

const pristine = readContent(process.cwd());

/** Runs the full content check after `change` edits a fresh copy of the real content. */
function problemsAfter(change: (data: (file: string) => Yaml, page: (file: string) => { body: string }) => void): Problem[] {
	const raw: RawContent = structuredClone(pristine);
	const data = (file: string) => raw.data.get(file)!.data as Yaml;
	const page = (file: string) => raw.pages.find((p) => p.file === `src/content/docs/${file}`) as { body: string };
	change(data, page);
	return checkContent(raw).problems;
}

function expectProblem(problems: Problem[], file: string, field: string | RegExp, ...fragments: string[]) {
	const match = problems.find(
		(p) => p.file === file && (typeof field === 'string' ? p.field === field : field.test(p.field)) && fragments.every((f) => p.message.includes(f)),
	);
	expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
}

describe('the contradictions from issue 12 fail the content check when they return', () => {
	it('fails when every priority escalates to the executive after three business days', () => {
		const problems = problemsAfter((data) => {
			for (const t of data('escalation.yaml').levels[3].thresholds) if (t.priority !== 'urgent') t.after = '3 days';
		});
		expectProblem(
			problems,
			'src/content/data/escalation.yaml',
			'levels[3].thresholds[3].after',
			'low tickets reach it after 3 business days',
			'10 business days',
			'lengthen this threshold',
		);
	});

	it('fails when urgent chat runs on business time', () => {
		const problems = problemsAfter((data) => (data('service-levels.yaml').levels[2].targets[0].clock = 'business'));
		expectProblem(
			problems,
			'src/content/data/service-levels.yaml',
			'levels[2].targets[0].clock',
			'tier "strategic", channel "chat": urgent runs on business time',
			'set clock: calendar',
		);
	});

	it('fails when urgent updates are promised every four business hours', () => {
		const problems = problemsAfter((data) => (data('escalation.yaml').updates[0] = { priority: 'urgent', every: '4 hours', clock: 'business' }));
		expectProblem(
			problems,
			'src/content/data/escalation.yaml',
			'updates[0].clock',
			'gives a weekend or overnight issue no update at all',
			'set clock: calendar',
		);
	});

	it('fails when the post-ticket survey goes out after every solved ticket', () => {
		const problems = problemsAfter((data) => (data('feedback.yaml')[0].frequency = 'Every solved ticket'));
		expectProblem(
			problems,
			'src/content/data/feedback.yaml',
			'[0].frequency',
			'promises a survey every time',
			'one survey in any 30 days',
			'src/content/data/plan.yaml',
		);
	});

	it('fails when a page states its own survey cap', () => {
		const problems = problemsAfter((_, page) => (page('plan/feedback-and-listening.mdx').body += '\nNo customer is asked twice in a week.\n'));
		expectProblem(problems, 'src/content/docs/plan/feedback-and-listening.mdx', /^body \(line \d+\)$/, 'asked twice in a week', '<Value plan="surveys" />');
	});

	it('fails when tiers of 40, 320 and 1,100 accounts are said to be four equal groups', () => {
		const problems = problemsAfter((data) => (data('plan.yaml').segmentation.method = 'equal-accounts'));
		expectProblem(
			problems,
			'src/content/data/tiers.yaml',
			'[0].accounts',
			'tier "strategic": 40 accounts',
			'equal-accounts',
			'set segmentation.method to equal-revenue',
		);
	});

	it('fails when no KPI is in anyone’s goals', () => {
		const problems = problemsAfter((data) => data('kpis.yaml').forEach((k: Yaml) => delete k.inGoals));
		expectProblem(problems, 'src/content/data/kpis.yaml', 'inGoals', 'add inGoals');
	});

	it('fails when a proposal points at a template that does not exist', () => {
		const problems = problemsAfter((data) =>
			data('templates.yaml').splice(
				data('templates.yaml').findIndex((t: Yaml) => t.id === 'detractor-follow-up'),
				1,
			),
		);
		expectProblem(
			problems,
			'src/content/docs/proposals/close-the-loop-with-detractors.mdx',
			/^body \(line \d+\)$/,
			'"detractor-follow-up"',
			'add it to src/content/data/templates.yaml',
		);
	});

	it('fails when the current-state page claims one common period over a quarter and a year', () => {
		const problems = problemsAfter((data) => (data('plan.yaml').baselinePeriods = 'same-period'));
		expectProblem(problems, 'src/content/data/kpis.yaml', '[3].baselinePeriod', 'KPI "logo-churn"', 'baselinePeriods: same-period', 're-measure the baseline');
	});

	it('fails when the SaaS preset weights days to renewal', () => {
		const problems = problemsAfter((data) =>
			data('industries/saas.yaml').presets.health.config.signals.push({
				id: 'renewalDays',
				name: 'Days until renewal',
				weight: 20,
				direction: 'higher-is-better',
				poor: 30,
				good: 180,
			}),
		);
		expectProblem(problems, 'src/content/data/industries/saas.yaml', 'presets.health.config.signals[5]', 'weights "Days until renewal"', 'remove the signal');
	});

	it('fails when the core tier’s quarterly rhythm is missing from the touchpoint timeline', () => {
		const problems = problemsAfter((data) =>
			data('touchpoints.yaml').splice(
				data('touchpoints.yaml').findIndex((t: Yaml) => t.id === 'core-quarterly-update'),
				1,
			),
		);
		expectProblem(problems, 'src/content/data/tiers.yaml', '[2].contactCadence', 'tier "core" is contacted quarterly', 'add one with tiers: [core]');
	});

	it('fails when "within 48 hours" is typed into a page', () => {
		const problems = problemsAfter((_, page) => (page('reference/faq.mdx').body += '\nDetractors hear from us within 48 hours.\n'));
		expectProblem(
			problems,
			'src/content/docs/reference/faq.mdx',
			/^body \(line \d+\)$/,
			'"48 hours"',
			'feedback.yaml (relationship-nps followUpWithin)',
			'<Value',
		);
	});

	it.each([
		[
			'"three to four weeks" for writing the plan',
			'plan/filling-in-the-plan.mdx',
			'Writing the plan takes three to four weeks.',
			['"three to four weeks"', 'plan.yaml (draftHours)', '<Value plan="draftHours" />'],
		],
		['"a few weeks" for a first draft', 'reference/faq.mdx', 'A first draft takes a few weeks.', ['"a few weeks"', 'plan.yaml (draftHours)']],
		[
			'"within two days" for a resolution target',
			'standards/index.mdx',
			'Normal phone tickets are resolved within two days.',
			['"two days"', 'service-levels.yaml', '<Value'],
		],
		[
			'"once a month" for the survey cap',
			'plan/feedback-and-listening.mdx',
			'No customer is surveyed more than once a month.',
			['"once a month"', 'plan.yaml (surveys)', '<Value plan="surveys" />'],
		],
	])('fails when %s is typed into a page in words', (_, file, sentence, fragments) => {
		const problems = problemsAfter((_, page) => (page(file).body += `\n${sentence}\n`));
		expectProblem(problems, `src/content/docs/${file}`, /^body \(line \d+\)$/, ...fragments);
	});

	it('fails when plan section 8 says support goals already include CSAT and first-contact resolution', () => {
		const problems = problemsAfter(
			(_, page) => (page('plan/training-and-accountability.mdx').body += '\nSupport goals already include CSAT and first-contact resolution.\n'),
		);
		expectProblem(
			problems,
			'src/content/docs/plan/training-and-accountability.mdx',
			/^body \(line \d+\)$/,
			'whose goals include CSAT and FCR',
			'kpis.yaml inGoals',
			"<KpiGoals kpis={['csat', 'fcr']} />",
		);
	});

	it('fails when the CSAT proposal says in its own words that no one’s goals include them', () => {
		const problems = problemsAfter((_, page) => {
			const proposal = page('proposals/csat-in-team-goals.mdx') as unknown as { data: { proposal: { problem: string } } };
			proposal.data.proposal.problem = 'No one’s goals include them, so team leads learn about a slipping score from the quarterly report.';
		});
		expectProblem(problems, 'src/content/docs/proposals/csat-in-team-goals.mdx', 'proposal.problem', 'whose goals include CSAT and FCR', '<KpiGoals');
	});

	it.each([
		['human calls', 'quarterly check-in call', ['does not say the contact is automated', 'names the phone channel']],
		['absent', 'none', ['says there is no contact']],
	])('fails when the core tier’s contact is described as %s in the tier data', (_, words, fragments) => {
		const problems = problemsAfter((data) => (data('tiers.yaml')[2].contactFrequency = words));
		for (const fragment of fragments)
			expectProblem(problems, 'src/content/data/tiers.yaml', '[2].contactFrequency', 'tier "core"', fragment, 'touchpoints.yaml');
	});

	it('fails when a page describes core contact in its own words', () => {
		const problems = problemsAfter((_, page) => (page('plan/segmentation-and-tiers.mdx').body += '\nCore accounts get a check-in call every quarter.\n'));
		expectProblem(
			problems,
			'src/content/docs/plan/segmentation-and-tiers.mdx',
			/^body \(line \d+\)$/,
			'describes how Core accounts are contacted',
			'<Value tier="core" field="contactFrequency" />',
		);
	});

	it('reports every violation in one run', () => {
		const problems = problemsAfter((data) => {
			data('plan.yaml').segmentation.method = 'equal-accounts';
			data('feedback.yaml')[0].frequency = 'Every solved ticket';
			data('plan.yaml').baselinePeriods = 'same-period';
		});
		const files = new Set(problems.map((p) => p.file));
		expect([...files]).toEqual(expect.arrayContaining(['src/content/data/tiers.yaml', 'src/content/data/feedback.yaml', 'src/content/data/kpis.yaml']));
	});
});
