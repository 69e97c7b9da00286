import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPortfolioCsv, PORTFOLIO_SLICE_ROWS, scorePortfolioText, SHOWN_ROWS, summarizePortfolio } from '#src/lib/portfolio.ts';
import { defaultHealthConfig } from '#src/lib/metrics/health.ts';

const header = 'account,usage,nps,payment';

function portfolioCsv(rows: number): string {
	const lines = [header];
	for (let i = 0; i < rows; i++) lines.push(`Account ${i},${i % 100},${i % 11},${50 + (i % 51)}`);
	return lines.join('\n');
}

describe('portfolio scoring', () => {
	it('scores every account and lists the riskiest first', () => {
		const outcome = scorePortfolioText([header, 'Healthy,95,10,100', 'At risk,5,2,50', 'Middling,50,7,80'].join('\n'), defaultHealthConfig);
		if (!outcome.ok) throw new Error(outcome.error);
		expect(outcome.rows.map((r) => r.account)).toEqual(['At risk', 'Middling', 'Healthy']);
		expect(outcome.rows[0].result.band).toBe('red');
	});

	it('keeps good rows and reports bad ones by line', () => {
		const outcome = scorePortfolioText([header, 'Good,90,9,100', ',,,', 'Also good,80,8,90'].join('\n'), defaultHealthConfig);
		if (!outcome.ok) throw new Error(outcome.error);
		expect(outcome.rows).toHaveLength(2);
	});

	it('refuses a file with none of the signal columns, saying so', () => {
		const outcome = scorePortfolioText('foo,bar\n1,2\n', defaultHealthConfig);
		expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/column/i) });
	});

	it('scores 100,000 accounts, every one of them', () => {
		const outcome = scorePortfolioText(portfolioCsv(100_000), defaultHealthConfig);
		expect(outcome.ok && outcome.rows.length).toBe(100_000);
	});

	it('reports progress after every slice of accounts, never more than a slice apart', () => {
		const reports: number[] = [];
		const outcome = scorePortfolioText(portfolioCsv(100_000), defaultHealthConfig, ({ scored }) => reports.push(scored));
		expect(outcome.ok).toBe(true);
		expect(reports).toEqual(Array.from({ length: 100_000 / PORTFOLIO_SLICE_ROWS }, (_, i) => (i + 1) * PORTFOLIO_SLICE_ROWS));
	});

	it('slices any file the same way: reports are the multiples of the slice size up to the accounts read', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50 }), (rows, slice) => {
				const reports: number[] = [];
				const outcome = scorePortfolioText(portfolioCsv(rows), defaultHealthConfig, ({ scored }) => reports.push(scored), slice);
				const scored = outcome.ok ? outcome.rows.length : 0;
				expect(reports).toEqual(Array.from({ length: Math.floor(scored / slice) }, (_, i) => (i + 1) * slice));
			}),
			{ numRuns: 50 },
		);
	});

	it('gives the same ranking whether or not anyone listens to the progress', () => {
		const text = portfolioCsv(2_500);
		const quiet = scorePortfolioText(text, defaultHealthConfig);
		const heard = scorePortfolioText(text, defaultHealthConfig, () => undefined, 7);
		expect(heard).toEqual(quiet);
	});
});

describe('portfolio summary and export', () => {
	const outcome = scorePortfolioText(portfolioCsv(250), defaultHealthConfig);
	if (!outcome.ok) throw new Error(outcome.error);

	it('hands the page the riskiest rows, the counts and the total only', () => {
		const summary = summarizePortfolio(outcome);
		expect(summary.total).toBe(250);
		expect(summary.shown).toHaveLength(SHOWN_ROWS);
		expect(summary.shown[0]).toBe(outcome.rows[0]);
		expect(summary.counts.red + summary.counts.yellow + summary.counts.green + summary.counts.none).toBe(250);
	});

	it('exports every account, riskiest first, with a header row', () => {
		const lines = formatPortfolioCsv(outcome.rows).trim().split(/\r?\n/);
		expect(lines).toHaveLength(251);
		expect(lines[0]).toBe('Account,Band,Score,Previous,Change,Coverage (%),Biggest drag,Critical signals,Source line');
		expect(lines[1].startsWith(outcome.rows[0].account)).toBe(true);
	});
});
