/**
 * Scoring for the search query set (tests/search/queries.yaml): where the page a
 * reader wanted came in the results, and the share of queries answered first and
 * within the first three. The browser test and `npm run search-report` share it.
 */

/** One result as the search UI shows it: the page and the sections it offers under it. */
export interface SearchHit {
	/** Path of the page, e.g. /standards/escalation/ (no origin, no #anchor). */
	url: string;
	/** Anchors (without #) of the sections the search box shows under the page (see search-sections.ts). */
	anchors: string[];
}

/** What a query should find: a page, and where it matters the section on it. */
export interface QueryExpectation {
	query: string;
	page: string;
	/** Anchor (heading or glossary term id) that must be among the page's sections shown. */
	anchor?: string;
}

export interface QueryOutcome extends QueryExpectation {
	/** 1-based position of the expected page (with its anchor, if any); undefined when not in the results looked at. */
	rank: number | undefined;
	/** The pages that came first, for the report. */
	top: string[];
}

/** 1-based rank of the expected page among the hits, counting it only when its anchor is one of the sections shown under it. */
export function findRank(expected: QueryExpectation, hits: SearchHit[]): number | undefined {
	const index = hits.findIndex((hit) => hit.url === expected.page && (expected.anchor === undefined || hit.anchors.includes(expected.anchor)));
	return index === -1 ? undefined : index + 1;
}

export interface QualitySummary {
	total: number;
	first: number;
	topThree: number;
	/** Shares from 0 to 1. */
	firstRate: number;
	topThreeRate: number;
	misses: QueryOutcome[];
}

/** Totals over the query set; a miss is any query whose page did not come first. */
export function summarizeOutcomes(outcomes: QueryOutcome[]): QualitySummary {
	const total = outcomes.length;
	const first = outcomes.filter((o) => o.rank === 1).length;
	const topThree = outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length;
	return {
		total,
		first,
		topThree,
		firstRate: total === 0 ? 0 : first / total,
		topThreeRate: total === 0 ? 0 : topThree / total,
		misses: outcomes.filter((o) => o.rank !== 1),
	};
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** The report `npm run search-report` prints: figures, then one line per query that did not come first. */
export function formatQualityReport(outcomes: QueryOutcome[]): string {
	const s = summarizeOutcomes(outcomes);
	const lines = [
		`${s.total} queries: right page first for ${s.first} (${percent(s.firstRate)}), within the first three for ${s.topThree} (${percent(s.topThreeRate)}).`,
	];
	if (s.misses.length === 0) return lines.join('\n');
	lines.push('', 'Not first:', '');
	const rows = s.misses.map((m) => [
		m.query,
		m.page + (m.anchor ? `#${m.anchor}` : ''),
		m.rank === undefined ? 'not in top 3' : `#${m.rank}`,
		m.top.join(', '),
	]);
	const header = ['query', 'expected', 'came', 'first results'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	lines.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
	return lines.join('\n');
}
