/**
 * Search quality, measured: the query set in tests/search/queries.yaml (what
 * staff, trainers and leaders type) run against the built index with the
 * site's ranking. `npm run search-report` prints the same figures with every miss.
 */
import { describe, expect } from 'vitest';
import type { TrackedPage } from './support/browser.ts';
import { it } from './support/fixtures.ts';
import { loadQueries, runQueries } from '../../scripts/search-queries.ts';
import { formatQualityReport, summarizeOutcomes, type QueryOutcome } from '#src/lib/search-quality.ts';

/** The queries issue 14 quoted from real use: each must put the right page first. */
const quoted = ['P1', 'onboarding new hire', 'SaaS', 'what is a detractor', 'escalate', 'escalate to manager', 'net revenue retention'];

describe('search quality', () => {
	let tracked: TrackedPage;
	let outcomes: QueryOutcome[];
	it.beforeAll(async ({ reusedTabs }) => {
		tracked = await reusedTabs.open('/');
		outcomes = await runQueries(tracked.page, loadQueries());
	});

	it('holds at least 60 queries', () => {
		expect(outcomes.length).toBeGreaterThanOrEqual(60);
	});

	it('puts the right page first for at least 90 % of queries and within the first three for all', () => {
		const summary = summarizeOutcomes(outcomes);
		const report = formatQualityReport(outcomes);
		expect(summary.firstRate, report).toBeGreaterThanOrEqual(0.9);
		expect(summary.topThreeRate, report).toBe(1);
	});

	it.for(quoted)('puts the right page first for "%s"', (query) => {
		const outcome = outcomes.find((o) => o.query === query);
		expect(outcome, `"${query}" is missing from tests/search/queries.yaml`).toBeDefined();
		expect(outcome!.rank, `expected ${outcome!.page}${outcome!.anchor ? `#${outcome!.anchor}` : ''} first, got ${outcome!.top.join(', ')}`).toBe(1);
	});

	it('searches without console errors', () => {
		expect(tracked.consoleErrors).toEqual([]);
	});
});
