/// <reference lib="webworker" />
/**
 * Scores an imported portfolio off the main thread and keeps the scored rows
 * here: the page gets a progress message after each slice of accounts
 * (PORTFOLIO_SLICE_ROWS), then a summary, and asks for the export when it
 * needs it.
 */
import { formatPortfolioCsv, scorePortfolioText, summarizePortfolio, type ScoredRow } from '../../../lib/portfolio.ts';
import type { HealthConfig } from '../../../schemas/calculators.ts';

/** What the worker sends before its answer to a `score` request. */
export type PortfolioProgressMessage = { type: 'progress'; scored: number };

export type PortfolioRequest = { type: 'score'; text: string; config: HealthConfig } | { type: 'export' };

let rows: ScoredRow[] = [];

self.onmessage = (event: MessageEvent<PortfolioRequest>) => {
	try {
		if (event.data.type === 'export') {
			self.postMessage({ ok: true, csv: formatPortfolioCsv(rows) });
			return;
		}
		const outcome = scorePortfolioText(event.data.text, event.data.config, ({ scored }) => self.postMessage({ type: 'progress', scored } satisfies PortfolioProgressMessage));
		rows = outcome.ok ? outcome.rows : [];
		self.postMessage(outcome.ok ? summarizePortfolio(outcome) : outcome);
	} catch (error) {
		self.postMessage({ ok: false, error: `The file could not be scored: ${(error as Error).message}` });
	}
};
