/// <reference lib="webworker" />
/**
 * Scores an imported portfolio off the main thread and keeps the scored rows
 * here: the page gets a progress message after each slice of accounts
 * (PORTFOLIO_SLICE_ROWS), then a summary, and asks for the export when it
 * needs it. Every request carries an id and every reply names the request it
 * answers, so a reply can never be taken for another file's (the page ignores
 * replies to requests it has given up on, and an export names the scoring it is for).
 */
import { formatPortfolioCsv, scorePortfolioText, summarizePortfolio, type PortfolioSummary, type ScoredRow } from '#src/lib/portfolio.ts';
import type { HealthConfig } from '#src/schemas/calculators.ts';

export type PortfolioRequest =
	| { id: number; type: 'score'; text: string; config: HealthConfig }
	/** The export of the rows scored by request `scoreId`. */
	| { id: number; type: 'export'; scoreId: number };

export type ScoreOutcome = PortfolioSummary | { ok: false; error: string };

export type PortfolioResponse =
	/** Sent after each slice of a `score` request, before its answer: accounts scored so far. */
	| { id: number; type: 'progress'; scored: number }
	| { id: number; type: 'score'; outcome: ScoreOutcome }
	/** `csv` is null when the worker no longer holds the rows of that scoring (a later file replaced them). */
	| { id: number; type: 'export'; csv: string | null };

/** The rows of the last scoring, with the id of the request that produced them. */
let scored: { id: number; rows: ScoredRow[] } = { id: -1, rows: [] };

const reply = (response: PortfolioResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<PortfolioRequest>) => {
	const request = event.data;
	if (request.type === 'export') {
		reply({ id: request.id, type: 'export', csv: scored.id === request.scoreId ? formatPortfolioCsv(scored.rows) : null });
		return;
	}
	try {
		const outcome = scorePortfolioText(request.text, request.config, ({ scored }) => reply({ id: request.id, type: 'progress', scored }));
		scored = { id: request.id, rows: outcome.ok ? outcome.rows : [] };
		reply({ id: request.id, type: 'score', outcome: outcome.ok ? summarizePortfolio(outcome) : outcome });
	} catch (error) {
		scored = { id: request.id, rows: [] };
		reply({ id: request.id, type: 'score', outcome: { ok: false, error: `The file could not be scored: ${(error as Error).message}` } });
	}
};
