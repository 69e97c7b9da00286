/**
 * `npm run review-report`: which pages are overdue for review or due within
 * 30 days, and how many each owner has, for a leader's review meeting. The
 * same numbers as the Content health page. `-- --csv` prints CSV instead
 * (`npm run review-report -- --csv > review.csv`); `-- --today=2027-01-15`
 * reports as of another date.
 */
import { runContentCheck } from '../src/integrations/content-check.ts';
import { computeReviewReport, type ReviewItem } from '../src/lib/freshness.ts';
import { formatReviewReportCsv, formatReviewReportText } from '../src/lib/review-report.ts';

export function buildReviewReport(root: string, today: Date) {
	const { content, problems } = runContentCheck(root, today);
	const items: ReviewItem[] = content.pages.map((p) => ({
		id: p.id || 'index',
		title: String((p.frontmatter as { title?: unknown }).title ?? p.id),
		file: p.file,
		owner: p.frontmatter.owner,
		status: p.frontmatter.status,
		reviewed: p.frontmatter.reviewed,
		reviewBy: p.frontmatter.reviewBy,
	}));
	return { report: computeReviewReport(items, today), names: new Map(content.owners.map((o) => [o.id, o.name])), problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
	const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
	if (Number.isNaN(today.getTime())) {
		console.error(`--today must be a date written YYYY-MM-DD, for example --today=2027-01-15 (got "${todayArg}")`);
		process.exit(2);
	}
	const { report, names, problems } = buildReviewReport(process.cwd(), today);
	if (problems.length > 0) console.error(`Note: ${problems.length} page(s) or data files fail the content check and are left out (run npm run check:content).`);
	process.stdout.write(process.argv.includes('--csv') ? formatReviewReportCsv(report, names) : formatReviewReportText(report, names));
}
