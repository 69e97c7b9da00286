/** Scoring the search query set: where the wanted page came, and the figures the test holds to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRank, formatQualityReport, summarizeOutcomes, type QueryOutcome } from '#src/lib/search-quality.ts';

const hit = (url: string, anchors: string[] = []) => ({ url, anchors });

describe('findRank', () => {
	it.each([
		['first', { query: 'escalate', page: '/standards/escalation/' }, [hit('/standards/escalation/'), hit('/plan/escalation/')], 1],
		['third', { query: 'escalate', page: '/standards/escalation/' }, [hit('/a/'), hit('/b/'), hit('/standards/escalation/')], 3],
		['absent', { query: 'escalate', page: '/standards/escalation/' }, [hit('/a/')], undefined],
		['right page, section shown', { query: 'NRR', page: '/reference/glossary/', anchor: 'nrr' }, [hit('/reference/glossary/', ['nps', 'nrr'])], 1],
		['right page, section not shown', { query: 'NRR', page: '/reference/glossary/', anchor: 'nrr' }, [hit('/reference/glossary/', ['nps'])], undefined],
	])('counts the expected page %s', (_, expected, hits, rank) => {
		expect(findRank(expected, hits)).toBe(rank);
	});
});

describe('summarizeOutcomes', () => {
	const outcome = (rank: number | undefined): QueryOutcome => ({ query: 'q', page: '/p/', rank, top: [] });

	it('counts first places and first-three places, and lists every query not first as a miss', () => {
		const s = summarizeOutcomes([outcome(1), outcome(1), outcome(2), outcome(undefined)]);
		expect(s).toMatchObject({ total: 4, first: 2, topThree: 3, firstRate: 0.5, topThreeRate: 0.75 });
		expect(s.misses.map((m) => m.rank)).toEqual([2, undefined]);
	});

	it('never rates first places above first-three places, and both between 0 and 1', () => {
		fc.assert(
			fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })), (ranks) => {
				const s = summarizeOutcomes(ranks.map(outcome));
				expect(s.firstRate).toBeLessThanOrEqual(s.topThreeRate);
				expect(s.topThreeRate).toBeGreaterThanOrEqual(0);
				expect(s.topThreeRate).toBeLessThanOrEqual(1);
				expect(s.misses.length).toBe(s.total - s.first);
			}),
		);
	});
});

describe('formatQualityReport', () => {
	it('states the figures, then a row per miss with what came first', () => {
		const report = formatQualityReport([
			{ query: 'P1', page: '/standards/response-times/', rank: 1, top: ['/standards/response-times/'] },
			{ query: 'NRR', page: '/reference/glossary/', anchor: 'nrr', rank: undefined, top: ['/tools/churn/'] },
		]);
		expect(report).toContain('2 queries: right page first for 1 (50 %), within the first three for 1 (50 %).');
		expect(report).toMatch(/\| NRR +\| \/reference\/glossary\/#nrr \| not in top 3 \| \/tools\/churn\/ +\|/);
		expect(report).not.toMatch(/\| P1 /);
	});
});
