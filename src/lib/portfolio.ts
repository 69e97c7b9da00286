/**
 * Scores a whole portfolio CSV with a health configuration: read the columns,
 * score every account, sort by risk, and export the result. Pure, so it runs
 * the same in the island's Web Worker (100,000 rows must not freeze the page)
 * and in tests. The worker keeps the full list; the page receives a summary
 * and the first rows only, because copying every scored row back to the main
 * thread costs more than scoring them.
 */
import { readPortfolio, summarizeErrors, writeCsv, type PortfolioRow } from './csv.ts';
import { bandNames, computeHealth, countByBand, sortByRisk, type HealthBand, type HealthResult } from './metrics/health.ts';
import type { HealthConfig } from '../schemas/calculators.ts';

/**
 * What the table and the export need of an account's result. The per-signal
 * breakdown is dropped: kept for 100,000 accounts it costs more memory and
 * garbage-collection time than the scoring itself.
 */
export type PortfolioResult = Pick<HealthResult, 'score' | 'band' | 'change' | 'coverage' | 'forcedRed' | 'criticalSignals'> & {
	/** Name of the signal that pulls the score down most, if any. */
	weakest: string | null;
};

export type ScoredRow = Omit<PortfolioRow, 'values'> & { result: PortfolioResult };

/** Shared by every result without critical signals (most of them), rather than 100,000 empty arrays. */
const noCriticalSignals: string[] = [];

function toPortfolioResult({ score, band, change, coverage, forcedRed, criticalSignals, weakest }: HealthResult): PortfolioResult {
	return {
		score,
		band,
		change,
		coverage,
		forcedRed,
		criticalSignals: criticalSignals.length > 0 ? criticalSignals : noCriticalSignals,
		weakest: weakest?.name ?? null,
	};
}

/** Rows the page shows in its table; the export has them all. */
export const SHOWN_ROWS = 100;

export type PortfolioOutcome = { ok: true; rows: ScoredRow[]; problems: string[]; missing: string[]; rowCount: number } | { ok: false; error: string };

export interface PortfolioSummary {
	ok: true;
	total: number;
	counts: Record<HealthBand | 'none', number>;
	/** The riskiest accounts, at most SHOWN_ROWS. */
	shown: ScoredRow[];
	problems: string[];
	missing: string[];
	/** Data rows in the file; `total` of them were scored, the rest are named in `problems`. */
	rowCount: number;
}

/**
 * Accounts scored between two progress reports. The worker tells the page
 * after each slice, so a big file shows its progress and the page never waits
 * on more than one slice's worth of news; the count, not a clock, is what
 * keeps this the same on a fast desktop and a slow phone.
 */
export const PORTFOLIO_SLICE_ROWS = 10_000;

/** Reported after every full slice: how many accounts are scored so far. */
export interface PortfolioProgress {
	scored: number;
}

export function scorePortfolioText(
	text: string,
	config: HealthConfig,
	onProgress?: (progress: PortfolioProgress) => void,
	sliceRows: number = PORTFOLIO_SLICE_ROWS,
): PortfolioOutcome {
	let scored = 0;
	// Scored as each account is read, so its values never outlive it.
	const portfolio = readPortfolio(text, config, ({ account, line, values, previous }): ScoredRow => {
		const row = { account, line, previous, result: toPortfolioResult(computeHealth(config, values, previous)) };
		if (++scored % sliceRows === 0) onProgress?.({ scored });
		return row;
	});
	if (portfolio.columnError) return { ok: false, error: portfolio.columnError };
	if (portfolio.rows.length === 0) {
		return { ok: false, error: 'No accounts could be read from the file. Each row needs an account name and at least one signal value.' };
	}
	const rows = sortByRisk(portfolio.rows);
	return { ok: true, rows, problems: summarizeErrors(portfolio.errors), missing: portfolio.missingSignals, rowCount: portfolio.rowCount };
}

export function summarizePortfolio(outcome: Extract<PortfolioOutcome, { ok: true }>): PortfolioSummary {
	return {
		ok: true,
		total: outcome.rows.length,
		counts: countByBand(outcome.rows),
		shown: outcome.rows.slice(0, SHOWN_ROWS),
		problems: outcome.problems,
		missing: outcome.missing,
		rowCount: outcome.rowCount,
	};
}

/** The export file: every account, riskiest first, spreadsheet formulas neutralised by writeCsv. */
export function formatPortfolioCsv(rows: readonly ScoredRow[]): string {
	const header = ['Account', 'Band', 'Score', 'Previous', 'Change', 'Coverage (%)', 'Biggest drag', 'Critical signals', 'Source line'];
	const body = rows.map((r) => [
		r.account,
		r.result.band ? bandNames[r.result.band] : 'No score',
		r.result.score,
		r.previous,
		r.result.change,
		Math.round(r.result.coverage * 1000) / 10,
		r.result.weakest ?? '',
		r.result.criticalSignals.join('; '),
		r.line,
	]);
	return writeCsv([header, ...body]);
}
