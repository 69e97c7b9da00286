import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkContent, checkProposalReferences, collectDataIds, type RawContent } from '#src/schemas/check.ts';
import { pageSchema } from '#src/schemas/page.ts';
import { ownersSchema } from '#src/schemas/owners.ts';
import { runContentCheck } from '#src/integrations/content-check.ts';

const base = {
	title: 'Call back every detractor',
	description: 'Every detractor gets a personal follow-up.',
	owner: 'priya-raman',
	reviewed: '2026-09-02',
	reviewBy: '2027-03-02',
	audience: ['leader'],
	kind: 'proposal',
};
const record = {
	status: 'accepted',
	author: 'priya-raman',
	proposed: '2026-08-18',
	decided: '2026-09-02',
	problem: 'Detractors hear nothing back.',
	change: 'Every detractor gets a personal call.',
	affectedPages: ['standards/feedback'],
	affectedKpis: ['nps'],
	decision: 'Accepted.',
};

/** Messages for each field, from parsing one page's frontmatter. */
function messagesFor(frontmatter: object): Record<string, string[]> {
	const result = pageSchema.safeParse(frontmatter);
	if (result.success) return {};
	const out: Record<string, string[]> = {};
	for (const issue of result.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
	return out;
}

describe('a proposal page', () => {
	it('accepts a complete decision record', () => {
		expect(messagesFor({ ...base, proposal: record })).toEqual({});
	});

	it('requires the proposal block and says what goes in it', () => {
		expect(messagesFor(base).proposal[0]).toMatch(/^a proposal page needs its decision record: add a proposal: block with status, author, proposed/);
	});

	it('names the allowed statuses when the status is wrong', () => {
		expect(messagesFor({ ...base, proposal: { ...record, status: 'approved' } })['proposal.status']).toEqual([
			'proposal.status "approved" is not allowed: use one of "proposed", "accepted", "rejected", "superseded"',
		]);
	});

	it.each([
		['accepted', 'decided', 'an accepted proposal needs the date of the decision: add decided: YYYY-MM-DD'],
		['rejected', 'decision', 'a rejected proposal needs the decision: add decision: with what was decided and why'],
	])('requires the decision once %s (%s)', (status, field, message) => {
		const { [field]: _dropped, ...rest } = record as Record<string, unknown>;
		expect(messagesFor({ ...base, proposal: { ...rest, status } })[`proposal.${field}`]).toEqual([message]);
	});

	it('lets an open proposal leave the decision out', () => {
		const { decided: _d, decision: _x, ...open } = record;
		expect(messagesFor({ ...base, proposal: { ...open, status: 'proposed' } })).toEqual({});
	});

	it('requires supersededBy for a superseded proposal', () => {
		expect(messagesFor({ ...base, proposal: { ...record, status: 'superseded' } })['proposal.supersededBy'][0]).toMatch(
			/^a superseded proposal must say what replaced it: add supersededBy:/,
		);
	});

	it('rejects a decision dated before the proposal', () => {
		expect(messagesFor({ ...base, proposal: { ...record, decided: '2026-08-01' } })['proposal.decided']).toEqual([
			'decided must be on or after proposed: a proposal is decided after it is opened',
		]);
	});

	it('requires at least one affected page, written as a page id', () => {
		expect(messagesFor({ ...base, proposal: { ...record, affectedPages: [] } })['proposal.affectedPages']).toEqual([
			'proposal.affectedPages must list at least one page the change edits',
		]);
		expect(messagesFor({ ...base, proposal: { ...record, affectedPages: ['/standards/feedback/'] } })['proposal.affectedPages.0'][0]).toMatch(
			/no leading or trailing "\/"/,
		);
	});
});

const owners = [
	{ id: 'priya-raman', name: 'Priya Raman', role: 'Head of Customer Success', team: 'Customer Success', github: 'priya-raman' },
	{ id: 'daniel-okafor', name: 'Daniel Okafor', role: 'Head of Support', team: 'Support', github: 'daniel-okafor' },
];
const kpis = [{ id: 'nps' }, { id: 'csat' }, { id: 'fcr' }, { id: 'logo-churn' }, { id: 'nrr' }];
const page = (id: string, frontmatter: object) => ({ file: `src/content/docs/${id}.mdx`, data: frontmatter });
const plainPage = (kind = 'service-standard') => ({ ...base, kind, title: 'A page' });

function check(proposal: object, { withKpis = true, extraPages = [] as { file: string; data: object }[] } = {}) {
	const data = new Map([['owners.yaml', { file: 'src/content/data/owners.yaml', data: owners }]]);
	if (withKpis) data.set('kpis.yaml', { file: 'src/content/data/kpis.yaml', data: kpis as never });
	const raw: RawContent = {
		pages: [
			page('standards/feedback', plainPage()),
			page('proposals/old-survey', { ...base, proposal: { ...record, affectedPages: ['standards/feedback'] } }),
			page('proposals/new-survey', { ...base, proposal }),
			...extraPages,
		],
		data,
	};
	const specs = [
		{ path: 'owners.yaml', schema: ownersSchema, required: true },
		{ path: 'kpis.yaml', schema: z.array(z.object({ id: z.string() })), required: false },
	];
	return checkContent(raw, { specs, rules: [checkProposalReferences] }).problems;
}

describe('proposal references', () => {
	it('pass when the author, pages and KPIs all exist', () => {
		expect(check(record)).toEqual([]);
	});

	it('name an unknown affected page with the file, field and fix', () => {
		expect(check({ ...record, affectedPages: ['standards/feedback', 'standards/fedback'] })).toEqual([
			{
				file: 'src/content/docs/proposals/new-survey.mdx',
				field: 'proposal.affectedPages[1]',
				message:
					'unknown page "standards/fedback": use the page\'s path under src/content/docs without ".mdx" (for example "plan/current-state"; an index page is its folder, for example "standards")',
			},
		]);
	});

	it('name an unknown KPI and list the known ones', () => {
		expect(check({ ...record, affectedKpis: ['nps', 'ces'] })).toEqual([
			{
				file: 'src/content/docs/proposals/new-survey.mdx',
				field: 'proposal.affectedKpis[1]',
				message: 'unknown KPI "ces" (did you mean "nps"?): use one of "nps", "csat", "fcr", "logo-churn", "nrr" (ids in src/content/data/kpis.yaml)',
			},
		]);
	});

	it('skip the KPI check until kpis.yaml exists', () => {
		expect(check({ ...record, affectedKpis: ['ces'] }, { withKpis: false })).toEqual([]);
	});

	it('require the author to be an owner', () => {
		expect(check({ ...record, author: 'sam-whitfield' })[0]).toMatchObject({
			field: 'proposal.author',
			message: expect.stringMatching(/^unknown author "sam-whitfield": use one of "priya-raman", "daniel-okafor"/),
		});
	});

	it('require supersededBy to name another proposal', () => {
		const superseded = { ...record, status: 'superseded', supersededBy: 'standards/feedback' };
		expect(check(superseded).map((p) => p.message)).toEqual(['"standards/feedback" is not a proposal: supersededBy must name another proposal page']);
		expect(check({ ...superseded, supersededBy: 'proposals/old-survey' })).toEqual([]);
		expect(check({ ...superseded, supersededBy: 'proposals/gone' })[0].field).toBe('proposal.supersededBy');
	});

	it('keep the proposal block to proposal pages', () => {
		const problems = check(record, { extraPages: [page('standards/channels', { ...plainPage(), proposal: record })] });
		expect(problems).toEqual([
			{
				file: 'src/content/docs/standards/channels.mdx',
				field: 'kind',
				message: 'only proposals carry a proposal: block: set kind: proposal, or remove the proposal: block',
			},
		]);
	});
});

describe('collectDataIds', () => {
	it.each([
		['a list of entries', [{ id: 'nps' }, { id: 'csat' }], ['nps', 'csat']],
		['lists inside an object', { northStar: 'nps', kpis: [{ id: 'nps' }, { id: 'fcr' }] }, ['nps', 'fcr']],
		['an object keyed by id', { nps: { name: 'NPS' }, nrr: { name: 'NRR' } }, ['nps', 'nrr']],
	])('reads ids from %s', (_label, data, ids) => {
		expect([...collectDataIds(data)]).toEqual(ids);
	});
});

describe('the sample proposals', () => {
	it('pass the content check with one accepted, one proposed and one rejected', () => {
		const { problems, content } = runContentCheck(process.cwd());
		expect(problems).toEqual([]);
		const statuses = content.pages.flatMap((p) => (p.frontmatter.proposal ? [p.frontmatter.proposal.status] : [])).sort();
		expect(statuses).toEqual(expect.arrayContaining(['accepted', 'proposed', 'rejected']));
	});
});
