import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
	buildCohortTable,
	countDaysBetween,
	findOverdueModules,
	formatCohortCsv,
	formatItemsCsv,
	loadCohortFiles,
	summarizeItems,
	type CohortCatalog,
	type FirstAnswers,
} from '#src/lib/cohort.ts';
import { createEmptyProgress, markModuleComplete, recordCheckResult, recordScenarioEnding, serializeProgress, type Progress } from '#src/lib/progress.ts';

const catalog: CohortCatalog = {
	pathTitle: 'Frontline support: your first week',
	modules: [
		{
			id: 'basics',
			title: 'How we look after customers',
			questions: [
				{
					id: 'owner',
					prompt: 'Who owns an escalated issue?',
					options: [
						{ id: 'you', text: 'You do', correct: true },
						{ id: 'level-two', text: 'Level two', correct: false },
						{ id: 'customer', text: 'The customer', correct: false },
					],
				},
			],
		},
		{ id: 'replying', title: 'Replying to a problem', questions: [] },
	],
	scenarios: [
		{
			id: 'angry',
			title: 'Angry escalation',
			endings: [
				{ id: 'good-ending', title: 'Owned and resolved', outcome: 'good' },
				{ id: 'poor-ending', title: 'Bounced and lost', outcome: 'poor' },
			],
		},
	],
	dueDays: { basics: 1, replying: 3 },
};

const exportedAt = new Date('2026-11-20T09:00:00Z');
const now = new Date('2026-11-21T09:00:00Z');
const file = (name: string, progress: Progress) => ({ name, text: serializeProgress(progress, exportedAt) });
const done = (p: Progress, id: string, percent = 100, day = '2026-11-18') =>
	markModuleComplete(recordCheckResult(p, id, { percent, passed: percent >= 80 }), id, day);

describe('loading a cohort', () => {
	it('loads every good file and rejects a malformed, a tampered and a foreign one by name, with the reason', () => {
		const good = file('Jordan Lee.json', done(createEmptyProgress(), 'basics'));
		const tampered = JSON.parse(good.text);
		tampered.progress.modules.replying = { passed: true, attempts: 1, completedOn: '2026-11-19' };
		const { trainees, rejected } = loadCohortFiles(
			[
				good,
				{ name: 'broken.json', text: '{"format": "playbook-training-progress", ' },
				{ name: 'edited.json', text: JSON.stringify(tampered) },
				{ name: 'package.json', text: '{"name": "something-else"}' },
				file('Sam Ortiz.json', createEmptyProgress()),
			],
			{ now },
		);
		expect(trainees.map((t) => t.name)).toEqual(['Jordan Lee', 'Sam Ortiz']);
		expect(rejected.map((r) => r.fileName)).toEqual(['broken.json', 'edited.json', 'package.json']);
		expect(rejected[0].message).toBe(
			'broken.json was not loaded: it is not a progress file (it is not valid JSON). Ask the trainee for the .json file exported from their My progress page.',
		);
		expect(rejected[1].message).toMatch(/^edited\.json was not loaded: its contents were changed after it was exported/);
		expect(rejected[2].message).toMatch(/^package\.json was not loaded: it is not a playbook progress file\./);
		for (const r of rejected) expect(r.message).not.toContain('Your progress');
	});

	it('refuses the same export dropped twice, so nobody is counted twice', () => {
		const one = file('jordan.json', createEmptyProgress());
		const { trainees, rejected } = loadCohortFiles([one, { ...one, name: 'jordan-copy.json' }], { now });
		expect(trainees).toHaveLength(1);
		expect(rejected[0].message).toBe('jordan-copy.json was not loaded: it is the same export as jordan.json, which is already in the table.');
	});

	it('keeps one bad file from stopping the others, whatever the order', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }), (order) => {
				const files = [
					file('a.json', createEmptyProgress()),
					file('b.json', done(createEmptyProgress(), 'basics')),
					{ name: 'bad.json', text: 'nope' },
					file('c.json', done(createEmptyProgress(), 'replying')),
				];
				const { trainees, rejected } = loadCohortFiles(
					order.map((i) => files[i]),
					{ now },
				);
				expect(trainees.map((t) => t.name).sort()).toEqual(['a', 'b', 'c']);
				expect(rejected.map((r) => r.fileName)).toEqual(['bad.json']);
			}),
		);
	});
});

describe('who is behind the cohort plan', () => {
	it('counts day 1 as the start day', () => {
		expect(countDaysBetween('2026-11-16', '2026-11-16')).toBe(0);
		expect(countDaysBetween('2026-10-30', '2026-11-02')).toBe(3);
	});

	it.each([
		['on day 1 nothing is overdue yet', '2026-11-16', []],
		['on day 2 the day-1 module is overdue', '2026-11-17', ['basics']],
		['on day 4 both are overdue', '2026-11-19', ['basics', 'replying']],
	])('%s', (_name, today, overdue) => {
		expect(findOverdueModules(catalog, createEmptyProgress(), '2026-11-16', today)).toEqual(overdue);
	});

	it('never flags a module that is complete', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), (days) => {
				const today = new Date(Date.UTC(2026, 10, 16 + days)).toISOString().slice(0, 10);
				const all = done(done(createEmptyProgress(), 'basics'), 'replying');
				expect(findOverdueModules(catalog, all, '2026-11-16', today)).toEqual([]);
			}),
		);
	});
});

describe('the cohort table', () => {
	it('shows score, attempts, completion day and scenario endings for each trainee, and who is behind', () => {
		let jordan = recordCheckResult(createEmptyProgress(), 'basics', { percent: 60, passed: false });
		jordan = done(jordan, 'basics', 100, '2026-11-17');
		jordan = recordScenarioEnding(recordScenarioEnding(jordan, 'angry', 'poor-ending'), 'angry', 'good-ending');
		const { trainees } = loadCohortFiles([file('Jordan.json', jordan), file('Sam.json', createEmptyProgress())], { now });
		const [j, s] = buildCohortTable(catalog, trainees, { start: '2026-11-16', today: '2026-11-19' });
		expect(j.modules[0]).toEqual({ moduleId: 'basics', bestPercent: 100, attempts: 2, passed: true, completedOn: '2026-11-17', overdue: false });
		expect(j.scenarios[0].endings.map((e) => e.id)).toEqual(['good-ending', 'poor-ending']);
		expect(j.behind).toEqual(['Replying to a problem']);
		expect(s.modules[0]).toEqual({ moduleId: 'basics', attempts: 0, passed: false, overdue: true });
		expect(s.behind).toEqual(['How we look after customers', 'Replying to a problem']);
	});

	it('flags nobody when no start day is given', () => {
		const { trainees } = loadCohortFiles([file('Sam.json', createEmptyProgress())], { now });
		expect(buildCohortTable(catalog, trainees)[0].behind).toEqual([]);
	});
});

describe('results per question', () => {
	const answers: Record<string, FirstAnswers> = {
		a: { owner: ['you'] },
		b: { owner: ['level-two'] },
		c: { owner: ['level-two'] },
		d: { owner: ['customer'] },
	};
	const trainees = Object.keys(answers).map((name) => ({
		name,
		fileName: `${name}.json`,
		exportedAt: '',
		progress: { ...createEmptyProgress(), name } as unknown as Progress,
	}));
	const answersOf = (p: Progress, moduleId: string) => (moduleId === 'basics' ? answers[(p as unknown as { name: string }).name] : undefined);

	it('gives the share right and the wrong answer chosen most', () => {
		const [owner] = summarizeItems(catalog, trainees, answersOf);
		expect(owner).toEqual({
			moduleId: 'basics',
			questionId: 'owner',
			prompt: 'Who owns an escalated issue?',
			answered: 4,
			right: 1,
			shareRight: 0.25,
			topWrong: { optionId: 'level-two', text: 'Level two', count: 2 },
		});
	});

	it('never counts more right than answered, and stays between 0 and 1', () => {
		fc.assert(
			fc.property(fc.array(fc.subarray(['you', 'level-two', 'customer', 'made-up'])), (picks) => {
				const people = picks.map((_, i) => ({ ...trainees[0], name: `t${i}`, progress: { ...createEmptyProgress(), i } as unknown as Progress }));
				const [item] = summarizeItems(catalog, people, (p) => ({ owner: picks[(p as unknown as { i: number }).i] }));
				expect(item.right).toBeLessThanOrEqual(item.answered);
				if (item.shareRight !== undefined) expect(item.shareRight).toBeGreaterThanOrEqual(0);
				if (item.shareRight !== undefined) expect(item.shareRight).toBeLessThanOrEqual(1);
				expect(item.topWrong?.optionId).not.toBe('you');
				expect(item.topWrong?.optionId).not.toBe('made-up');
			}),
		);
	});

	it('writes the results as CSV', () => {
		const csv = formatItemsCsv(catalog, summarizeItems(catalog, trainees, answersOf));
		expect(Papa.parse<string[]>(csv.trim()).data[1]).toEqual(['How we look after customers', 'Who owns an escalated issue?', '4', '1', '25', 'Level two', '2']);
	});
});

describe('the cohort CSV', () => {
	it('has a line per trainee and module or scenario, and escapes a name a spreadsheet would run as a formula', () => {
		const { trainees } = loadCohortFiles([file('=HYPERLINK("http://x").json', done(createEmptyProgress(), 'basics', 80))], { now });
		const rows = buildCohortTable(catalog, trainees, { start: '2026-11-16', today: '2026-11-19' });
		const lines = Papa.parse<string[]>(formatCohortCsv(catalog, rows).trim()).data;
		expect(lines[0]).toEqual(['Trainee', 'Kind', 'Title', 'Best score (%)', 'Attempts', 'Passed', 'Completed on', 'Scenario endings', 'Behind plan']);
		expect(lines.slice(1)).toEqual([
			[`'=HYPERLINK("http://x")`, 'Module', 'How we look after customers', '80', '1', 'yes', '2026-11-18', '', 'no'],
			[`'=HYPERLINK("http://x")`, 'Module', 'Replying to a problem', '', '0', 'no', '', '', 'yes'],
			[`'=HYPERLINK("http://x")`, 'Scenario', 'Angry escalation', '', '', '', '', '', ''],
		]);
	});
});
