import { describe, expect, it } from 'vitest';
import {
	checkContent as checkAll,
	checkDuplicateAddresses,
	checkFrontmatterKeys,
	checkPlanSections,
	formatLocation,
	coreCrossChecks,
	coreDataFileSpecs,
	formatProblems,
	pageIdFromPath,
	type RawContent,
	type RawFile,
} from '#src/schemas/check.ts';

// These cases are about pages and the core files; the plan's own data files and
// rules have their tests in plan-schemas.test.ts and plan-rules.test.ts.
const checkContent = (raw: RawContent) => checkAll(raw, { specs: coreDataFileSpecs, rules: coreCrossChecks });

const validPage = {
	title: 'Escalation',
	description: 'How issues move up.',
	owner: 'maria-lopez',
	reviewed: '2026-01-10',
	reviewBy: '2026-07-10',
	audience: ['staff'],
	kind: 'service-standard',
	status: 'approved',
};

const baseData: [string, unknown][] = [
	[
		'organization.yaml',
		{
			name: 'Acme',
			shortName: 'Acme',
			tagline: 'We help',
			business: 'widgets',
			defaultIndustry: 'saas',
			repository: { url: 'https://github.com/acme/playbook' },
		},
	],
	['owners.yaml', [{ id: 'maria-lopez', name: 'Maria Lopez', role: 'Head of Support', team: 'Support', github: 'mlopez' }]],
	['industries/saas.yaml', { name: 'SaaS', summary: 'Software.' }],
];

function content(pages: Record<string, unknown>[], data = baseData): RawContent {
	return {
		pages: pages.map((page, i): RawFile => ({ file: `src/content/docs/page-${i}.mdx`, data: page })),
		data: new Map(data.map(([key, value]) => [key, { file: `src/content/data/${key}`, data: value }])),
	};
}

function problemsFor(page: Record<string, unknown>) {
	return checkContent(content([page])).problems;
}

describe('page frontmatter', () => {
	it('accepts a complete page', () => {
		expect(problemsFor(validPage)).toEqual([]);
	});

	// Each broken case names the file, the field and how to fix it.
	it.each([
		['a missing owner', { owner: undefined }, 'owner', /owner is required/],
		['a malformed date', { reviewed: '10/01/2026' }, 'reviewed', /not in YYYY-MM-DD form.*reviewed: 2026-03-01/],
		['an impossible date', { reviewBy: '2026-02-30' }, 'reviewBy', /not a real calendar date/],
		['a review date before the reviewed date', { reviewBy: '2025-12-01' }, 'reviewBy', /must be later than reviewed \(2026-01-10\)/],
		['a review date equal to the reviewed date', { reviewBy: '2026-01-10' }, 'reviewBy', /must be later than reviewed/],
		['an unknown owner', { owner: 'jdoe' }, 'owner', /unknown owner "jdoe": use one of "maria-lopez"/],
		['an unknown audience', { audience: ['customers'] }, 'audience[0]', /audience "customers" is not allowed: use one of "staff", "trainer", "leader"/],
		['an empty audience', { audience: [] }, 'audience', /at least one/],
		['an audience that is not a list', { audience: 'staff' }, 'audience', /must be a list/],
		['an unknown kind', { kind: 'blog' }, 'kind', /kind "blog" is not allowed/],
		['an unknown status', { status: 'live' }, 'status', /status "live" is not allowed: use one of "draft", "proposed", "approved", "retired"/],
		['an unknown industry', { industries: ['mining'] }, 'industries[0]', /unknown industry "mining": use one of "saas"/],
		['a plan section without its number', { kind: 'plan-section' }, 'section', /needs its plan number: add section: 1 to 9/],
		['a plan section numbered 10', { kind: 'plan-section', section: 10 }, 'section', /from 1 to 9/],
		['a missing description', { description: undefined }, 'description', /description is required/],
	])('rejects %s', (_name, change, field, message) => {
		const problems = problemsFor({ ...validPage, ...change });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'src/content/docs/page-0.mdx', field });
		expect(problems[0].message).toMatch(message);
	});

	it('accepts unquoted YAML dates, which parsers turn into Date objects', () => {
		expect(problemsFor({ ...validPage, reviewed: new Date('2026-01-10'), reviewBy: new Date('2026-07-10') })).toEqual([]);
	});

	it('defaults status to approved', () => {
		const { content: checked } = checkContent(content([{ ...validPage, status: undefined }]));
		expect(checked.pages[0].frontmatter.status).toBe('approved');
	});

	it('reports every bad page in one run, not only the first', () => {
		const { problems } = checkContent(content([{ ...validPage, owner: 'x' }, validPage, { ...validPage, audience: ['nobody'] }]));
		expect(problems.map((p) => p.file)).toEqual(['src/content/docs/page-0.mdx', 'src/content/docs/page-2.mdx']);
	});

	it('reports frontmatter that is not valid YAML', () => {
		const raw = content([]);
		raw.pages.push({ file: 'src/content/docs/bad.mdx', data: undefined, parseError: 'bad indentation at line 3' });
		expect(checkContent(raw).problems).toEqual([
			{ file: 'src/content/docs/bad.mdx', field: '(frontmatter)', message: 'the frontmatter could not be read: bad indentation at line 3' },
		]);
	});
});

describe('data files', () => {
	it('requires the organization, owners and at least one industry', () => {
		const { problems } = checkContent(content([], []));
		expect(problems.map((p) => p.file)).toEqual(['src/content/data/industries/', 'src/content/data/organization.yaml', 'src/content/data/owners.yaml']);
	});

	it('names the owner entry and field that is wrong', () => {
		const data = baseData.map(([k, v]): [string, unknown] =>
			k === 'owners.yaml' ? [k, [{ id: 'maria-lopez', name: 'Maria', role: 'Lead', team: 'Support', github: '@mlopez' }]] : [k, v],
		);
		const { problems } = checkContent(content([validPage], data));
		expect(problems).toEqual([{ file: 'src/content/data/owners.yaml', field: '[0].github', message: expect.stringMatching(/without "@"/) }]);
	});

	it('rejects an owner id used twice', () => {
		const owner = { id: 'maria-lopez', name: 'Maria', role: 'Lead', team: 'Support', github: 'mlopez' };
		const data = baseData.map(([k, v]): [string, unknown] => (k === 'owners.yaml' ? [k, [owner, owner]] : [k, v]));
		expect(checkContent(content([], data)).problems[0].message).toMatch(/used twice/);
	});

	it('rejects a default industry that has no data file', () => {
		const data = baseData.map(([k, v]): [string, unknown] => (k === 'organization.yaml' ? [k, { ...(v as object), defaultIndustry: 'retail' }] : [k, v]));
		expect(checkContent(content([], data)).problems).toEqual([
			{
				file: 'src/content/data/organization.yaml',
				field: 'defaultIndustry',
				message: 'unknown industry "retail": use one of "saas" (files in src/content/data/industries/)',
			},
		]);
	});
});

describe('report', () => {
	it('groups problems by file with the field and fix on each line', () => {
		const text = formatProblems([
			{ file: 'a.mdx', field: 'owner', message: 'unknown owner "x"' },
			{ file: 'a.mdx', field: 'reviewBy', message: 'must be later' },
			{ file: 'b.yaml', field: '', message: 'missing' },
		]);
		expect(text).toContain('3 problems in 2 files');
		expect(text).toContain('  a.mdx\n    - owner: unknown owner "x"\n    - reviewBy: must be later');
		expect(text).toContain('  b.yaml\n    - (file): missing');
	});
});

describe('page ids', () => {
	it.each([
		['plan/current-state.mdx', 'plan/current-state'],
		['plan/index.mdx', 'plan'],
		['index.mdx', ''],
		['Reference/FAQ.md', 'reference/faq'],
		['plan/Escalation.mdx', 'plan/escalation'],
	])('%s becomes %s', (path, id) => {
		expect(pageIdFromPath(path)).toBe(id);
	});
});

describe('overdue reviews', () => {
	it('lists approved pages past their review date, oldest first, and skips retired ones', async () => {
		const { findOverduePages } = await import('#src/schemas/check.ts');
		const { content: checked } = checkContent(
			content([
				{ ...validPage, title: 'Late', reviewBy: '2026-09-01' },
				{ ...validPage, title: 'Later', reviewBy: '2026-03-01' },
				{ ...validPage, title: 'Fine', reviewBy: '2027-03-01' },
				{ ...validPage, title: 'Retired', reviewBy: '2026-02-01', status: 'retired' },
			]),
		);
		const overdue = findOverduePages(checked.pages, new Date('2026-11-22'));
		expect(overdue.map((p) => p.frontmatter.title)).toEqual(['Later', 'Late']);
	});
});

describe('frontmatter keys', () => {
	it.each([
		[{ statuss: 'draft' }, 'statuss', 'did you mean "status"?'],
		[{ industry: ['saas'] }, 'industry', 'did you mean "industries"?'],
		[{ reviewby: '2027-01-01' }, 'reviewby', 'did you mean "reviewBy"?'],
		[{ sidebar: { ordr: 2 } }, 'sidebar.ordr', 'did you mean "order"?'],
		[{ proposal: { autor: 'x' } }, 'proposal.autor', 'did you mean "author"?'],
		[{ colour: 'blue' }, 'colour', 'remove it, or use one of "description", "owner"'],
	])('names the unknown key in %o and the fix', (extra, field, fix) => {
		const problems = checkFrontmatterKeys('page.mdx', { ...validPage, ...extra });
		expect(problems).toEqual([{ file: 'page.mdx', field, message: expect.stringContaining(fix) }]);
	});

	it("accepts every key Starlight's own schema knows", () => {
		const starlightKeys = {
			template: 'splash',
			sidebar: { order: 1, label: 'x', hidden: false },
			tableOfContents: false,
			pagefind: true,
			draft: false,
			hero: { tagline: 'x' },
		};
		expect(checkFrontmatterKeys('page.mdx', { ...validPage, ...starlightKeys })).toEqual([]);
	});

	it('reports an unknown key alongside the other problems of the same page', () => {
		const { problems } = checkContent(content([{ ...validPage, statuss: 'draft', owner: undefined }]));
		expect(problems.map((p) => p.field).sort()).toEqual(['owner', 'statuss']);
	});
});

describe('two files for one address', () => {
	it.each([
		['an .md beside an .mdx', 'plan/escalation.md', 'plan/escalation.mdx', '/plan/escalation/'],
		['names that differ only in case', 'plan/Escalation.mdx', 'plan/escalation.mdx', '/plan/escalation/'],
		['an index page beside its folder name', 'plan.mdx', 'plan/index.mdx', '/plan/'],
	])('fails %s, naming both files', (_name, a, b, address) => {
		const problems = checkDuplicateAddresses([a, b].map((docsPath) => ({ file: `src/content/docs/${docsPath}`, docsPath })));
		expect(problems.map((p) => p.file)).toEqual([`src/content/docs/${a}`, `src/content/docs/${b}`]);
		expect(problems[0].message).toContain(`this file and src/content/docs/${b} are both published at ${address}`);
		expect(problems[1].message).toContain(`this file and src/content/docs/${a} are both published at ${address}`);
	});
});

describe('plan section numbers', () => {
	const plan = (sections: number[]) => checkContent(content(sections.map((section) => ({ ...validPage, kind: 'plan-section', section })))).content;

	it('accepts each number from 1 to 9 once', () => {
		expect(checkPlanSections(plan([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toEqual([]);
	});

	it('names both files that share a number, and the number nobody has', () => {
		const problems = checkPlanSections(plan([1, 1, 3, 4, 5, 6, 7, 8, 9]));
		expect(problems).toEqual([
			{ file: 'src/content/docs/page-0.mdx', field: 'section', message: expect.stringContaining('section 1 is also used by src/content/docs/page-1.mdx') },
			{ file: 'src/content/docs/page-1.mdx', field: 'section', message: expect.stringContaining('section 1 is also used by src/content/docs/page-0.mdx') },
		]);
		expect(problems[0].message).toContain('section 2 has no page yet');
	});

	it('names every missing number when there is no clash', () => {
		expect(checkPlanSections(plan([1, 2, 3, 4, 5, 6, 7]))).toEqual([
			{ file: 'src/content/docs/plan/', field: 'section', message: expect.stringMatching(/^sections 8, 9 have no page/) },
		]);
	});
});

describe('problem locations', () => {
	it.each([
		[{ file: 'a', field: 'owner', message: '' }, 'owner'],
		[{ file: 'a', field: '', message: '' }, '(file)'],
		[{ file: 'a', field: '', message: '', line: 12, column: 5 }, 'line 12:5'],
		[{ file: 'a', field: '', message: '', line: 12 }, 'line 12'],
	])('%o is shown as %s', (problem, shown) => {
		expect(formatLocation(problem)).toBe(shown);
	});
});
