/**
 * Each plan data schema accepts the valid fixture and rejects broken entries
 * with a message naming the file, the field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { checkPlanData, makePlanData } from '../../fixtures/sample-plan-data.ts';
import { channelsSchema } from '#src/schemas/channels.ts';
import { tiersSchema } from '#src/schemas/tiers.ts';
import { serviceLevelsSchema } from '#src/schemas/service-levels.ts';
import { escalationSchema } from '#src/schemas/escalation.ts';
import { touchpointsSchema } from '#src/schemas/touchpoints.ts';
import { feedbackSchema } from '#src/schemas/feedback.ts';
import { kpisSchema } from '#src/schemas/kpis.ts';
import { findPlaceholders, templatesSchema } from '#src/schemas/templates.ts';
import { glossarySchema } from '#src/schemas/glossary.ts';

type Data = ReturnType<typeof makePlanData>;

/** The valid fixture with one change applied; returns the problems found. */
function problemsAfter(change: (data: Data) => void) {
	const data = makePlanData();
	change(data);
	return checkPlanData(data);
}

describe('the valid fixture', () => {
	it('passes every plan schema and rule', () => {
		expect(checkPlanData(makePlanData())).toEqual([]);
	});

	it('fills defaults: channels take support requests, tiers are revisited quarterly, KPIs are supporting', () => {
		const data = makePlanData();
		expect(channelsSchema.parse(data['channels.yaml'])[0].support).toBe(true);
		expect(tiersSchema.parse(data['tiers.yaml'])[0].revisit).toBe('quarterly');
		expect(kpisSchema.parse(data['kpis.yaml'])[1].northStar).toBe(false);
		expect(touchpointsSchema.parse(data['touchpoints.yaml'])[1].tiers).toEqual([]);
		expect(touchpointsSchema.parse(data['touchpoints.yaml'])[0].trigger).toEqual({ type: 'day', day: 0, from: 'start' });
		expect(glossarySchema.parse(data['glossary.yaml'])[1]).toMatchObject({ aliases: [], seeAlso: [] });
		expect(escalationSchema.parse(data['escalation.yaml']).levels[0].skipTo).toEqual([]);
	});

	it('parses durations into amount and unit', () => {
		const levels = serviceLevelsSchema.parse(makePlanData()['service-levels.yaml']).levels;
		expect(levels[0].targets[0].firstResponse).toEqual({ amount: 1, unit: 'hour' });
		expect(levels[0].targets[2].resolution).toEqual({ amount: 2, unit: 'day' });
	});
});

// Table: [file, what is broken, change, field, message fragment]
const cases: [string, string, (d: Data) => void, string, string][] = [
	[
		'channels.yaml',
		'a channel without bestFor',
		(d) => delete (d['channels.yaml'][0] as Partial<(typeof d)['channels.yaml'][0]>).bestFor,
		'[0].bestFor',
		'bestFor is required: say what this channel is best used for',
	],
	[
		'channels.yaml',
		'support that is not true/false',
		(d) => ((d['channels.yaml'][0] as Record<string, unknown>).support = 'yes'),
		'[0].support',
		'support must be true or false',
	],
	[
		'tiers.yaml',
		'a tier without a contact frequency',
		(d) => delete (d['tiers.yaml'][0] as Record<string, unknown>).contactFrequency,
		'[0].contactFrequency',
		'contactFrequency is required: say how often we contact these customers',
	],
	[
		'tiers.yaml',
		'a tier without an owner role',
		(d) => ((d['tiers.yaml'][1] as Record<string, unknown>).ownerRole = ' '),
		'[1].ownerRole',
		'ownerRole must not be empty: name the role that owns these relationships',
	],
	[
		'tiers.yaml',
		'a tier without an escalation path',
		(d) => delete (d['tiers.yaml'][1] as Record<string, unknown>).escalationPath,
		'[1].escalationPath',
		'escalationPath is required: list who an issue goes to, in order',
	],
	[
		'tiers.yaml',
		'an unknown revisit cadence',
		(d) => ((d['tiers.yaml'][0] as Record<string, unknown>).revisit = 'sometimes'),
		'[0].revisit',
		'revisit "sometimes" is not allowed: use one of "monthly", "quarterly", "twice-yearly", "yearly"',
	],
	[
		'service-levels.yaml',
		'a duration that is not a duration',
		(d) => ((d['service-levels.yaml'].levels[0].targets[0] as Record<string, unknown>).firstResponse = 'soon'),
		'levels[0].targets[0].firstResponse',
		'firstResponse "soon" is not a duration: write firstResponse as a number and a unit, for example "4 hours"',
	],
	[
		'service-levels.yaml',
		'an unknown clock',
		(d) => ((d['service-levels.yaml'].levels[0].targets[0] as Record<string, unknown>).clock = 'office'),
		'levels[0].targets[0].clock',
		'clock "office" is not allowed: use one of "business", "calendar"',
	],
	[
		'service-levels.yaml',
		'an unknown priority',
		(d) => ((d['service-levels.yaml'].levels[0].targets[0] as Record<string, unknown>).priority = 'critical'),
		'levels[0].targets[0].priority',
		'priority "critical" is not allowed: use one of "urgent", "high", "normal", "low"',
	],
	[
		'service-levels.yaml',
		'an opening time not in HH:MM',
		(d) => ((d['service-levels.yaml'].businessHours as Record<string, unknown>).opens = '9am'),
		'businessHours.opens',
		'businessHours.opens must be a 24-hour time written "HH:MM"',
	],
	[
		'service-levels.yaml',
		'a channel with no targets',
		(d) => (d['service-levels.yaml'].levels[1].targets = []),
		'levels[1].targets',
		'targets must list at least one priority',
	],
	[
		'escalation.yaml',
		'a level above 4',
		(d) => ((d['escalation.yaml'].levels[3] as Record<string, unknown>).level = 5),
		'levels[3].level',
		'level must be from 1 to 4',
	],
	[
		'escalation.yaml',
		'a threshold without a duration',
		(d) => delete (d['escalation.yaml'].levels[1].thresholds[0] as Record<string, unknown>).after,
		'levels[1].thresholds[0].after',
		'after is required: write after as a number and a unit',
	],
	[
		'escalation.yaml',
		'no update rhythm',
		(d) => delete (d['escalation.yaml'] as Record<string, unknown>).updates,
		'updates',
		'updates must be a list, one { priority, every, clock } per priority',
	],
	[
		'plan.yaml',
		'a survey cap in words',
		(d) => ((d['plan.yaml'].surveys as Record<string, unknown>).perDays = 'a month'),
		'surveys.perDays',
		'surveys.perDays must be a whole number',
	],
	[
		'kpis.yaml',
		'a baseline with no period',
		(d) => delete (d['kpis.yaml'][0] as Record<string, unknown>).baselinePeriod,
		'[0].baselinePeriod',
		'baselinePeriod is required',
	],
	[
		'tiers.yaml',
		'a tier without a contact rhythm',
		(d) => delete (d['tiers.yaml'][0] as Record<string, unknown>).contactCadence,
		'[0].contactCadence',
		'contactCadence',
	],
	[
		'escalation.yaml',
		'a level without an owner',
		(d) => delete (d['escalation.yaml'].levels[1] as Record<string, unknown>).owner,
		'levels[1].owner',
		'owner is required',
	],
	[
		'escalation.yaml',
		'a level where nothing happens',
		(d) => (d['escalation.yaml'].levels[0].actions = []),
		'levels[0].actions',
		'actions must list at least one thing that happens at this level',
	],
	[
		'escalation.yaml',
		'an acceptance date that is not a date',
		(d) => (d['escalation.yaml'].levels[3].accepted = 'last week'),
		'levels[3].accepted',
		'accepted "last week" is not in YYYY-MM-DD form',
	],
	[
		'touchpoints.yaml',
		'a trigger of an unknown type',
		(d) => ((d['touchpoints.yaml'][0] as Record<string, unknown>).trigger = { type: 'whenever' }),
		'[0].trigger.type',
		'trigger must have type: day (with day:), event (with event:), milestone (with milestone:) or recurring (with every:)',
	],
	[
		'touchpoints.yaml',
		'a negative day',
		(d) => ((d['touchpoints.yaml'][0] as Record<string, unknown>).trigger = { type: 'day', day: -3 }),
		'[0].trigger.day',
		'day must be 0 or more (use from: renewal to count days before renewal)',
	],
	[
		'touchpoints.yaml',
		'a mode that is neither automated nor human',
		(d) => ((d['touchpoints.yaml'][0] as Record<string, unknown>).mode = 'robot'),
		'[0].mode',
		'mode "robot" is not allowed: use one of "automated", "human"',
	],
	[
		'feedback.yaml',
		'a feedback moment nobody follows up',
		(d) => delete (d['feedback.yaml'][0] as Record<string, unknown>).followUp,
		'[0].followUp',
		'followUp is required: say what happens with the answers',
	],
	['feedback.yaml', 'a feedback moment without a tool', (d) => delete (d['feedback.yaml'][0] as Record<string, unknown>).tool, '[0].tool', 'tool is required'],
	[
		'kpis.yaml',
		'a baseline written with a % sign',
		(d) => ((d['kpis.yaml'][1] as Record<string, unknown>).baseline = '80%'),
		'[1].baseline',
		'baseline must be a plain number (no % sign or units), for example baseline: 42',
	],
	[
		'kpis.yaml',
		'a KPI without a 12-month target',
		(d) => delete (d['kpis.yaml'][1] as Record<string, unknown>).target12,
		'[1].target12',
		'target12 is required: write it as a plain number',
	],
	[
		'kpis.yaml',
		'an unknown direction',
		(d) => ((d['kpis.yaml'][0] as Record<string, unknown>).direction = 'up'),
		'[0].direction',
		'direction "up" is not allowed: use one of "higher", "lower"',
	],
	[
		'kpis.yaml',
		'a baseline without a source',
		(d) => delete (d['kpis.yaml'][0] as Record<string, unknown>).baselineSource,
		'[0].baselineSource',
		'baselineSource is required: say where the baseline number came from',
	],
	['templates.yaml', 'a template without a body', (d) => delete (d['templates.yaml'][0] as Record<string, unknown>).body, '[0].body', 'body is required'],
	[
		'templates.yaml',
		'a template id with spaces',
		(d) => (d['templates.yaml'][0].id = 'Kickoff Email'),
		'[0].id',
		'id must be lowercase letters, digits and single hyphens',
	],
	[
		'glossary.yaml',
		'a page link without a trailing slash',
		(d) => ((d['glossary.yaml'][0] as Record<string, unknown>).page = '/tools/nps'),
		'[0].page',
		'page must be root-relative with a trailing slash, for example /tools/nps/',
	],
	[
		'glossary.yaml',
		'a term without a definition',
		(d) => delete (d['glossary.yaml'][1] as Record<string, unknown>).definition,
		'[1].definition',
		'definition is required',
	],
];

describe.each(cases)('%s rejects %s', (file, _what, change, field, message) => {
	it(`at ${field}, saying how to fix it`, () => {
		const problems = problemsAfter(change);
		const problem = problems.find((p) => p.field === field);
		expect(problem, JSON.stringify(problems)).toBeDefined();
		expect(problem!.file).toBe(`src/content/data/${file}`);
		expect(problem!.message).toContain(message);
	});
});

describe('missing files', () => {
	it('names each missing plan data file', () => {
		const data: Record<string, unknown> = makePlanData();
		delete data['kpis.yaml'];
		expect(checkPlanData(data)).toContainEqual({ file: 'src/content/data/kpis.yaml', field: '', message: 'this data file is missing: create it' });
	});
});

describe('findPlaceholders', () => {
	it('lists each {placeholder} once, in order', () => {
		expect(findPlaceholders('Hi {name}, your {plan} renews. Thanks {name}')).toEqual(['name', 'plan']);
	});
	it('ignores text without braces', () => {
		expect(findPlaceholders('No placeholders here.')).toEqual([]);
	});
	it('finds every placeholder in the templates schema fixture', () => {
		const [template] = templatesSchema.parse(makePlanData()['templates.yaml']);
		expect(findPlaceholders(template.body)).toEqual(['name']);
	});
});

describe('feedback schema', () => {
	it('keeps the optional KPI link', () => {
		expect(feedbackSchema.parse(makePlanData()['feedback.yaml'])[0].kpi).toBe('csat');
	});
});
