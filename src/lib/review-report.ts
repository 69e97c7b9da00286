/**
 * `npm run review-report` output: the Content health page's numbers as
 * terminal text or CSV for a leader's review meeting. Pure formatting of
 * computeReviewReport (src/lib/freshness.ts).
 */
import { formatIsoDate as iso } from './format.ts';
import type { ReviewReport } from './freshness.ts';

/** Owner id → display name; unknown ids are shown as they are. */
export type OwnerNames = Map<string, string>;

function describeDays(daysLeft: number): string {
	if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
	if (daysLeft === 0) return 'due today';
	return `due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
}

/** Plain text: counts, the overdue and due-soon lists, then one line per owner. */
export function formatReviewReportText(report: ReviewReport, names: OwnerNames = new Map()): string {
	const name = (id: string) => names.get(id) ?? id;
	const { counts } = report;
	const lines = [
		`Review report for ${iso(report.today)}`,
		`${report.items.length} pages: ${counts.overdue} overdue, ${counts['due-soon']} due within 30 days, ${counts.current} current.`,
	];
	for (const [freshness, heading] of [
		['overdue', 'Overdue'],
		['due-soon', 'Due within 30 days'],
	] as const) {
		const list = report.items.filter((i) => i.freshness === freshness);
		lines.push('', `${heading} (${list.length})`);
		if (list.length === 0) lines.push('  none');
		for (const i of list) lines.push(`  ${iso(i.reviewBy)}  ${describeDays(i.daysLeft).padEnd(16)}  ${i.title} (${i.file})  owner: ${name(i.owner)}`);
	}
	lines.push('', 'By owner');
	const width = Math.max(5, ...report.byOwner.map((o) => name(o.owner).length));
	lines.push(`  ${'Owner'.padEnd(width)}  Pages  Overdue  Due within 30 days`);
	for (const o of report.byOwner) {
		lines.push(`  ${name(o.owner).padEnd(width)}  ${String(o.pages).padStart(5)}  ${String(o.overdue).padStart(7)}  ${String(o.dueSoon).padStart(18)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function formatCsvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per page, overdue first, for a spreadsheet. */
export function formatReviewReportCsv(report: ReviewReport, names: OwnerNames = new Map()): string {
	const header = ['page', 'title', 'file', 'owner', 'owner_name', 'status', 'reviewed', 'review_by', 'freshness', 'days_left'];
	const rows = report.items.map((i) => [
		i.id,
		i.title,
		i.file,
		i.owner,
		names.get(i.owner) ?? i.owner,
		i.status,
		iso(i.reviewed),
		iso(i.reviewBy),
		i.freshness,
		i.daysLeft,
	]);
	return `${[header, ...rows].map((row) => row.map(formatCsvField).join(',')).join('\r\n')}\r\n`;
}
