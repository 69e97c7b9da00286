import { describe, expect, it } from 'vitest';
import { knowledgeCheckSchema, moduleSchema, pathsSchema, questionSchema } from '#src/schemas/training.ts';
import { checkTrainingReferences } from '#src/schemas/training-check.ts';
import type { CheckedContent } from '#src/schemas/check.ts';

const option = (text: string, correct = false) => ({
	id: text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, ''),
	text,
	correct,
	explanation: `Because ${text}.`,
});

const validQuestion = {
	id: 'q1',
	objective: 1,
	type: 'single',
	prompt: 'Who owns an escalated issue?',
	options: [option('One named owner', true), option('Whoever is free')],
};
/** Five questions whose right answers sit in different places, each testing objective 1. */
const validBank = [1, 2, 3, 4, 5].map((n) => ({
	...validQuestion,
	id: `q${n}`,
	options: n % 2 ? [option('One named owner', true), option('Whoever is free')] : [option('Whoever is free'), option('One named owner', true)],
}));

const validModule = {
	title: 'Replying to a problem',
	summary: 'How to answer a customer who has a problem.',
	objectives: ['Write a reply in three moves'],
	durationMinutes: 45,
	teaches: ['plan', 'standards'],
	keyPoints: ['Acknowledge first', 'Give the next update time'],
	exercise: { title: 'Rewrite a reply', steps: ['Pick a ticket', 'Rewrite it'], deliverable: 'The rewritten reply' },
	check: { questions: validBank },
	facilitatorNotes: ['Bring three real tickets.'],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('knowledge check questions', () => {
	it('accepts a single-choice question with one correct option and an explanation for each', () => {
		expect(questionSchema.safeParse(validQuestion).success).toBe(true);
	});

	it.each([
		[
			'no correct option',
			{ ...validQuestion, options: [option('a'), option('b')] },
			'options: a single-choice question needs exactly one correct option, found 0',
		],
		[
			'two correct options',
			{ ...validQuestion, options: [option('a', true), option('b', true)] },
			'options: a single-choice question needs exactly one correct option, found 2',
		],
		['one option only', { ...validQuestion, options: [option('a', true)] }, 'options: a question needs at least two options: add another answer'],
		[
			'an option without an explanation',
			{ ...validQuestion, options: [option('a', true), { id: 'b', text: 'b', correct: false }] },
			'options.1.explanation: explanation is required: every option needs an explanation saying why it is right or wrong',
		],
		[
			'a multiple-choice question where every option is right',
			{ ...validQuestion, type: 'multiple', options: [option('a', true), option('b', true)] },
			'options: every option is correct, so the question tests nothing: add a wrong option or mark one correct: false',
		],
		[
			'a multiple-choice question with nothing right',
			{ ...validQuestion, type: 'multiple', options: [option('a'), option('b')] },
			'options: a multiple-choice question needs at least one correct option: mark one correct: true',
		],
		[
			'two options with the same id',
			{ ...validQuestion, options: [option('a', true), { ...option('b'), id: 'a' }] },
			'options.1.id: option id "a" is used twice in this question: make it unique',
		],
		[
			'a question that names no objective',
			{ ...validQuestion, objective: undefined },
			'objective: objective must be the number of the learning objective this question tests, counting from 1',
		],
		['an unknown type', { ...validQuestion, type: 'essay' }, 'type: type must be "single" (one right answer) or "multiple" (choose all that apply)'],
	])('rejects %s', (_name, input, expected) => {
		const result = questionSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(messages(result)[0]).toContain(expected);
	});

	it('accepts a multiple-choice question with two of three options right', () => {
		expect(questionSchema.safeParse({ ...validQuestion, type: 'multiple', options: [option('a', true), option('b', true), option('c')] }).success).toBe(true);
	});

	it('defaults the pass mark to 80% and rejects repeated question ids', () => {
		expect(knowledgeCheckSchema.parse({ questions: [validQuestion] }).passPercent).toBe(80);
		const result = knowledgeCheckSchema.safeParse({ questions: [validQuestion, validQuestion] });
		expect(messages(result)).toEqual(['questions.1.id: question id "q1" is used twice in this check: make it unique']);
	});

	it('rejects a pass mark over 100', () => {
		expect(messages(knowledgeCheckSchema.safeParse({ passPercent: 120, questions: [validQuestion] }))).toEqual([
			'passPercent: passPercent must be from 80 to 100',
		]);
	});
});

describe('modules', () => {
	it('accepts a complete module and fills in defaults', () => {
		const module = moduleSchema.parse(validModule);
		expect(module.prerequisites).toEqual([]);
		expect(module.check.questions[0].options[1].correct).toBe(false);
	});

	it.each([
		[
			'a page id with a leading slash',
			{ teaches: ['/plan/escalation/'] },
			'teaches.0: teaches entry must be a page id such as "plan/escalation": lowercase, no leading or trailing slash',
		],
		['no objectives', { objectives: [] }, 'objectives: list at least one learning objective'],
		['a duration of a whole week', { durationMinutes: 2400 }, 'durationMinutes: durationMinutes must be at most 480 (one working day); split longer modules'],
		['no facilitator notes', { facilitatorNotes: [] }, 'facilitatorNotes: add at least one facilitator note'],
		[
			'an exercise without a deliverable',
			{ exercise: { title: 'x', steps: ['y'] } },
			'exercise.deliverable: deliverable is required: say what the learner brings back',
		],
	])('rejects %s', (_name, patch, expected) => {
		expect(messages(moduleSchema.safeParse({ ...validModule, ...patch }))).toContain(expected);
	});
});

describe('paths', () => {
	const validPath = {
		id: 'frontline-first-week',
		title: 'Frontline support: first week',
		audience: 'New support agents',
		summary: 'The basics.',
		modules: ['replying-to-a-problem'],
		cohort: { groupSize: '4 to 8', schedule: [{ when: 'Day 1', day: 1, minutes: 60, activity: 'Welcome' }], materials: ['Laptop'], setup: ['A quiet room'] },
	};

	it('accepts a path with a cohort plan', () => {
		expect(pathsSchema.safeParse([validPath]).success).toBe(true);
	});

	it('rejects a path with no modules and a session of zero minutes', () => {
		const bad = { ...validPath, modules: [], cohort: { ...validPath.cohort, schedule: [{ when: 'Day 1', day: 1, minutes: 0, activity: 'x' }] } };
		expect(messages(pathsSchema.safeParse([bad]))).toEqual([
			'0.modules: a path needs at least one module',
			'0.cohort.schedule.0.minutes: minutes must be more than 0',
		]);
	});

	describe('references across files', () => {
		const page = (id: string) => ({
			file: `src/content/docs/${id}.mdx`,
			id,
			frontmatter: { title: id.startsWith('training/progress/') ? `My progress: ${validPath.title}` : id } as never,
		});
		const build = (overrides: { module?: object; path?: object; pages?: string[] } = {}): CheckedContent => ({
			pages: (
				overrides.pages ?? [
					'plan',
					'standards',
					'training/modules/replying-to-a-problem',
					'training/paths/frontline-first-week',
					'training/progress/frontline-first-week',
				]
			).map(page),
			owners: [],
			industries: new Map(),
			data: new Map<string, unknown>([
				['training/modules/replying-to-a-problem.yaml', moduleSchema.parse({ ...validModule, ...overrides.module })],
				['training/paths.yaml', pathsSchema.parse([{ ...validPath, ...overrides.path }])],
			]),
		});

		it('finds nothing wrong when every reference exists', () => {
			expect(checkTrainingReferences(build())).toEqual([]);
		});

		it("asks the My progress page to carry the path's own name", () => {
			const content = build();
			const progressPage = content.pages.find((p) => p.id === 'training/progress/frontline-first-week')!;
			progressPage.frontmatter = { title: 'My progress: first week' } as never;
			expect(checkTrainingReferences(content)).toEqual([
				{
					file: 'src/content/docs/training/progress/frontline-first-week.mdx',
					field: 'title',
					message: 'the My progress page of "frontline-first-week" must carry the path\'s own name: set title: "My progress: Frontline support: first week"',
				},
			]);
		});

		it('breaks when a page the module teaches is renamed', () => {
			expect(checkTrainingReferences(build({ module: { teaches: ['plan/escalation-path'] } }))).toEqual([
				{
					file: 'src/content/data/training/modules/replying-to-a-problem.yaml',
					field: 'teaches[0]',
					message:
						'playbook page "plan/escalation-path" does not exist (no src/content/docs/plan/escalation-path.mdx or plan/escalation-path/index.mdx): fix the id, or restore the page if it was renamed',
				},
			]);
		});

		it('names unknown prerequisites, scenarios and path modules', () => {
			const problems = checkTrainingReferences(
				build({ module: { prerequisites: ['nope'], scenarios: ['lost-call'] }, path: { modules: ['replying-to-a-problem', 'ghost'] } }),
			);
			expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
				'prerequisites[0]: unknown module "nope": use one of "replying-to-a-problem"',
				'scenarios[0]: unknown scenario "lost-call": use one of (none defined yet)',
				'[0].modules[1]: unknown module "ghost": use one of "replying-to-a-problem"',
			]);
		});

		it('refuses a path that lists a module before its prerequisite, and a module as its own prerequisite', () => {
			const content = build({ module: { prerequisites: ['replying-to-a-problem'] } });
			const second = moduleSchema.parse({ ...validModule, title: 'Second' });
			content.data.set('training/modules/basics.yaml', second);
			content.pages.push({ file: 'x', id: 'training/modules/basics', frontmatter: {} as never });
			const first = moduleSchema.parse({ ...validModule, prerequisites: ['basics'] });
			content.data.set('training/modules/replying-to-a-problem.yaml', first);
			content.data.set('training/paths.yaml', pathsSchema.parse([{ ...validPath, modules: ['replying-to-a-problem', 'basics'] }]));
			expect(checkTrainingReferences(content).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'[0].modules[0]: "replying-to-a-problem" comes before its prerequisite "basics": move "basics" earlier in the path',
			]);
			expect(checkTrainingReferences(build({ module: { prerequisites: ['replying-to-a-problem'] } })).map((p) => p.message)).toEqual([
				'a module cannot be its own prerequisite: remove it',
			]);
		});

		it('breaks when a scenario debrief links to a page that does not exist', () => {
			const content = build();
			content.data.set('training/scenarios/angry-escalation.yaml', {
				title: 'Angry escalation',
				situation: 'x',
				start: 'a',
				nodes: [],
				debrief: { points: ['x'], links: [{ page: 'standards/escalation', label: 'Escalation' }] },
			});
			content.pages.push({ file: 'y', id: 'training/scenarios/angry-escalation', frontmatter: {} as never });
			expect(checkTrainingReferences(content)).toEqual([
				{
					file: 'src/content/data/training/scenarios/angry-escalation.yaml',
					field: 'debrief.links[0].page',
					message:
						'debrief page "standards/escalation" does not exist (no src/content/docs/standards/escalation.mdx or standards/escalation/index.mdx): fix the id, or restore the page if it was renamed',
				},
			]);
		});

		it('asks for the module page and the My progress page when they are missing', () => {
			const problems = checkTrainingReferences(build({ pages: ['plan', 'standards', 'training/paths/frontline-first-week'] }));
			expect(problems.map((p) => p.message)).toEqual([
				'module "replying-to-a-problem" needs its page src/content/docs/training/modules/replying-to-a-problem.mdx: create it (frontmatter kind: training)',
				'path "frontline-first-week" (its My progress page) needs its page src/content/docs/training/progress/frontline-first-week.mdx: create it (frontmatter kind: training)',
			]);
		});
	});
});
