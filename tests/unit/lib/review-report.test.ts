import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDaysLeft, computeReviewReport, type ReviewItem } from '#src/lib/freshness.ts';
import { formatCsvField, formatReviewReportCsv, formatReviewReportText } from '#src/lib/review-report.ts';

const today = new Date('2026-11-20T00:00:00Z');
const page = (id: string, owner: string, reviewBy: string, status = 'approved'): ReviewItem => ({
	id,
	title: id.split('/').pop()!.replace(/-/g, ' '),
	file: `src/content/docs/${id}.mdx`,
	owner,
	status,
	reviewed: new Date('2026-01-01T00:00:00Z'),
	reviewBy: new Date(`${reviewBy}T00:00:00Z`),
});
const pages = [
	page('standards/response-times', 'daniel-okafor', '2026-12-01'), // 11 days left: due soon
	page('plan/escalation', 'mei-tanaka', '2026-11-01'), // 19 days overdue
	page('plan/kpis-and-reviews', 'jonas-berg', '2027-05-01'), // current
	page('standards/channels', 'daniel-okafor', '2026-10-20'), // 31 days overdue
	page('reference/old-faq', 'daniel-okafor', '2026-01-01', 'retired'), // retired: left out
	page('standards/templates', 'mei-tanaka', '2026-12-20'), // exactly 30 days: still due soon
];
const names = new Map([
	['daniel-okafor', 'Daniel Okafor'],
	['mei-tanaka', 'Mei Tanaka'],
]);

describe('computeReviewReport', () => {
	const report = computeReviewReport(pages, today);

	it('lists overdue pages first, oldest first, then those due within 30 days', () => {
		expect(report.items.map((i) => [i.id, i.freshness, i.daysLeft])).toEqual([
			['standards/channels', 'overdue', -31],
			['plan/escalation', 'overdue', -19],
			['standards/response-times', 'due-soon', 11],
			['standards/templates', 'due-soon', 30],
			['plan/kpis-and-reviews', 'current', 162],
		]);
	});

	it('leaves retired pages out', () => {
		expect(report.items.some((i) => i.id === 'reference/old-faq')).toBe(false);
		expect(report.counts).toEqual({ overdue: 2, 'due-soon': 2, current: 1 });
	});

	it('counts each owner’s pages, owners with overdue pages first', () => {
		expect(report.byOwner).toEqual([
			{ owner: 'daniel-okafor', pages: 2, overdue: 1, dueSoon: 1 },
			{ owner: 'mei-tanaka', pages: 2, overdue: 1, dueSoon: 1 },
			{ owner: 'jonas-berg', pages: 1, overdue: 0, dueSoon: 0 },
		]);
	});

	it('adds up: every page is counted once, by state and by owner', () => {
		fc.assert(
			fc.property(fc.array(fc.record({ owner: fc.constantFrom('a', 'b', 'c'), offset: fc.integer({ min: -400, max: 400 }) })), (specs) => {
				const items = specs.map((s, i) => ({ ...page(`p/${i}`, s.owner, '2026-11-20'), reviewBy: new Date(today.getTime() + s.offset * 86_400_000) }));
				const r = computeReviewReport(items, today);
				const total = r.counts.overdue + r.counts['due-soon'] + r.counts.current;
				expect(total).toBe(items.length);
				expect(r.byOwner.reduce((n, o) => n + o.pages, 0)).toBe(items.length);
				expect(r.byOwner.reduce((n, o) => n + o.overdue, 0)).toBe(r.counts.overdue);
			}),
		);
	});
});

describe('computeDaysLeft', () => {
	it.each([
		['2026-11-20', 0],
		['2026-11-21', 1],
		['2026-11-19', -1],
	])('review by %s is %i days away', (date, days) => {
		expect(computeDaysLeft(new Date(`${date}T00:00:00Z`), today)).toBe(days);
	});
});

describe('the terminal report', () => {
	const text = formatReviewReportText(computeReviewReport(pages, today), names);

	it('leads with the counts', () => {
		expect(text.split('\n').slice(0, 2)).toEqual(['Review report for 2026-11-20', '5 pages: 2 overdue, 2 due within 30 days, 1 current.']);
	});

	it('says how late each overdue page is and who owns it', () => {
		expect(text).toMatch(/Overdue \(2\)\n {2}2026-10-20 {2}31 days overdue +channels \(src\/content\/docs\/standards\/channels\.mdx\) {2}owner: Daniel Okafor/);
	});

	it('shows owner names with their counts, and ids when no name is known', () => {
		expect(text).toMatch(/Daniel Okafor +2 +1 +1\n/);
		expect(text).toMatch(/jonas-berg +1 +0 +0\n/);
	});
});

describe('the CSV report', () => {
	it('has a header and one row per page, in report order', () => {
		const lines = formatReviewReportCsv(computeReviewReport(pages, today), names).trimEnd().split('\r\n');
		expect(lines[0]).toBe('page,title,file,owner,owner_name,status,reviewed,review_by,freshness,days_left');
		expect(lines[1]).toBe(
			'standards/channels,channels,src/content/docs/standards/channels.mdx,daniel-okafor,Daniel Okafor,approved,2026-01-01,2026-10-20,overdue,-31',
		);
		expect(lines).toHaveLength(6);
	});

	it.each([
		['plain', 'plain'],
		['Escalation, level 2', '"Escalation, level 2"'],
		['The "promise" template', '"The ""promise"" template"'],
		['two\nlines', '"two\nlines"'],
	])('quotes %j as %j', (input, output) => {
		expect(formatCsvField(input)).toBe(output);
	});
});

describe('npm run review-report', () => {
	it('prints the report for this playbook, and CSV with --csv', () => {
		const run = (...args: string[]) => execFileSync(process.execPath, ['scripts/review-report.ts', '--today=2027-04-20', ...args], { encoding: 'utf8' });
		expect(run()).toMatch(/^Review report for 2027-04-20\n\d+ pages: \d+ overdue/);
		expect(run('--csv').split('\r\n')[0]).toBe('page,title,file,owner,owner_name,status,reviewed,review_by,freshness,days_left');
	}); // two Node processes: slow on a busy machine, so the unit project's generous hang guard applies
});
