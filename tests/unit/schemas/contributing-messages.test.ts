/**
 * CONTRIBUTING.md quotes the content check's messages so leaders can look up
 * what a failing check means. This keeps the quotes true: every message in its
 * table must be what the check really prints for a page with that mistake.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readContent, readFrontmatter } from '#src/integrations/content-check.ts';
import { checkContent, dataFileSpecs, formatPath, type RawFile } from '#src/schemas/check.ts';

const good = (extra = '', { kind = 'service-standard' } = {}) =>
	`---\ntitle: Response times\ndescription: How fast we answer.\nowner: daniel-okafor\nreviewed: 2026-11-01\nreviewBy: 2027-05-01\naudience: [staff]\nkind: ${kind}\n${extra}---\n`;
const proposal = (block: string) =>
	good(`proposal:\n  author: mei-tanaka\n  proposed: 2026-11-01\n  problem: Chat waits are long.\n  change: Answer chats faster.\n${block}`, {
		kind: 'proposal',
	});

/** One page per mistake the table explains. */
const mistakes: Record<string, string> = {
	'standards/colon': '---\ntitle: Response times\ndescription: Tiers: how fast we answer\n---\n',
	'standards/no-frontmatter': '# Response times\n',
	'standards/no-title': good().replace('title: Response times\n', ''),
	'standards/no-description': good().replace('description: How fast we answer.\n', ''),
	'standards/owner': good().replace('owner: daniel-okafor', 'owner: daniel'),
	'standards/reviewed-words': good().replace('reviewed: 2026-11-01', 'reviewed: 1 March 2026'),
	'standards/month-13': good().replace('reviewBy: 2027-05-01', 'reviewBy: 2026-13-01'),
	'standards/review-order': good().replace('reviewBy: 2027-05-01', 'reviewBy: 2026-10-01'),
	'standards/audience': good().replace('audience: [staff]', 'audience: staff'),
	'standards/kind': good().replace('kind: service-standard', 'kind: policy'),
	'standards/status': good('status: published\n'),
	'plan/no-section': good('', { kind: 'plan-section' }),
	'standards/industry': good('industries: [saas-b2b]\n'),
	'proposals/unknown-page': proposal('  status: proposed\n  affectedPages: [standards/chat]\n'),
	'proposals/unknown-kpi': proposal('  status: proposed\n  affectedPages: [standards/owner]\n  affectedKpis: [nps, ces]\n'),
	'proposals/undecided': proposal('  status: accepted\n  affectedPages: [standards/owner]\n'),
	'proposals/superseded': proposal('  status: superseded\n  decided: 2026-11-02\n  decision: Replaced.\n  affectedPages: [standards/owner]\n'),
	'standards/misspelt-status': good('statuss: draft\n'),
	'plan/segmentation-and-tiers': good('section: 2\n', { kind: 'plan-section' }),
	'plan/tiers-again': good('section: 2\n', { kind: 'plan-section' }),
	'plan/escalation': good(),
};
/** Files whose name is the mistake: a second file for an address that already has one. */
const extraFiles: Record<string, string> = { 'plan/escalation.md': good() };

function runMistakes(): string[] {
	const real = readContent(process.cwd());
	const data = new Map(real.data);
	// Until src/content/data/kpis.yaml exists, stand in the agreed KPI ids.
	if (!data.has('kpis.yaml'))
		data.set('kpis.yaml', { file: 'src/content/data/kpis.yaml', data: ['nps', 'csat', 'fcr', 'logo-churn', 'nrr'].map((id) => ({ id })) });
	const pages: RawFile[] = [
		...Object.entries(mistakes).map(([id, text]) => ({ file: `src/content/docs/${id}.mdx`, ...readFrontmatter(text) })),
		...Object.entries(extraFiles).map(([path, text]) => ({ file: `src/content/docs/${path}`, ...readFrontmatter(text) })),
	];
	const specs = dataFileSpecs.some((s) => s.path === 'kpis.yaml')
		? dataFileSpecs
		: [...dataFileSpecs, { path: 'kpis.yaml', schema: z.array(z.looseObject({ id: z.string() })), required: false }];
	const { problems } = checkContent({ pages, data }, { specs });
	return problems.map((p) => `${p.field || '(file)'}: ${p.message}`);
}

/** The first code span of each row of the "Read the checks" table. */
function documentedMessages(): string[] {
	const text = readFileSync('CONTRIBUTING.md', 'utf8');
	// The header row's cells may be padded to the column width (Prettier aligns Markdown tables).
	const table = text.slice(text.search(/\| The message says +\|/), text.indexOf('A data-file problem'));
	return table
		.split('\n')
		.filter((line) => line.startsWith('| `'))
		.map((line) => /^\| `([^`]+)`/.exec(line)![1]);
}

describe('CONTRIBUTING.md', () => {
	const printed = runMistakes().join('\n');
	const documented = documentedMessages();

	it('explains at least fifteen messages', () => {
		expect(documented.length).toBeGreaterThanOrEqual(15);
	});

	it.each(documented)('quotes a real message: %s', (message) => {
		// "..." in the guide stands for a long list; every other part must be printed as written.
		const withoutField = message.replace(/^[\w.[\]()]+: /, '');
		for (const part of withoutField
			.split(/\.\.\.,?|…/)
			.map((p) => p.trim())
			.filter(Boolean)) {
			expect(printed).toContain(part);
		}
	});

	it('names fields the way the check does', () => {
		expect(formatPath(['proposal', 'affectedPages', 0])).toBe('proposal.affectedPages[0]');
	});
});
