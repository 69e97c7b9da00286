import { describe, expect, it } from 'vitest';
import { formatPortfolioCsv, scorePortfolioText, SHOWN_ROWS, summarizePortfolio } from '../../../src/lib/portfolio.ts';
import { defaultHealthConfig } from '../../../src/lib/metrics/health.ts';

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

	it('scores 100,000 accounts in well under a second', () => {
		const text = portfolioCsv(100_000);
		const started = performance.now();
		const outcome = scorePortfolioText(text, defaultHealthConfig);
		const elapsed = performance.now() - started;
		expect(outcome.ok && outcome.rows.length).toBe(100_000);
		expect(elapsed).toBeLessThan(1000);
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
