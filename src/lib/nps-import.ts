/**
 * Counts the 0–10 answers in one column of a survey CSV: counts by group, the
 * distribution by score, and the rows that could not be read. Pure, so it runs
 * the same in the NPS island's Web Worker (a million answers must not freeze
 * the page) and in tests. Rows are counted as they are read and then dropped:
 * nothing per row outlives the pass, and only the first bad lines are kept
 * (the page lists that many; the rest are a count).
 */
import { findColumn, forEachCsvRow, MAX_LISTED_ERRORS, readScoreCell, summarizeErrors, type LineError } from './csv.ts';
import { classifyNpsAnswer } from './metrics/nps.ts';
import type { NpsCounts } from '../schemas/calculators.ts';

/** Header names taken for the answer column when the reader has not chosen one. */
export const NPS_COLUMN_NAMES = ['score', 'nps', 'answer', 'rating', 'likelihood to recommend', 'recommend'] as const;

/**
 * Rows read between two progress reports. A row here is one cell to check,
 * cheaper than a portfolio account's score (PORTFOLIO_SLICE_ROWS), so slices
 * are larger; the count, not a clock, keeps the reports the same on a fast
 * desktop and a slow phone.
 */
export const NPS_SLICE_ROWS = 20_000;

/** Reported after every full slice: how many rows are read so far. */
export interface NpsImportProgress {
	read: number;
}

export interface NpsColumnCount {
	ok: true;
	/** Header cells, for choosing another column. */
	header: string[];
	/** The column counted (the one asked for, else the guessed one, else the first). */
	column: number;
	counts: NpsCounts;
	/** Answers of each score 0–10. */
	distribution: number[];
	/** Answers counted (rows with a 0–10 answer in the column). */
	answers: number;
	/** Data rows in the file, read or not. */
	rowCount: number;
	/** Rows that could not be counted, as the page lists them. */
	problems: string[];
}

export type NpsImportOutcome = NpsColumnCount | { ok: false; error: string };

/**
 * Count column `column` of CSV text (null: the column headed like an NPS
 * answer, else the first), calling `onProgress` after every `sliceRows` rows.
 */
export function countScoreColumnText(
	text: string,
	column: number | null,
	onProgress?: (progress: NpsImportProgress) => void,
	sliceRows: number = NPS_SLICE_ROWS,
): NpsImportOutcome {
	const distribution = Array.from({ length: 11 }, () => 0);
	const counts = { promoters: 0, passives: 0, detractors: 0 };
	const columnErrors: LineError[] = [];
	let columnErrorCount = 0;
	let chosen = column ?? -1;
	let read = 0;
	const { header, errors, rowCount } = forEachCsvRow(text, (row, header) => {
		if (chosen < 0) chosen = Math.max(0, findColumn(header, NPS_COLUMN_NAMES));
		const cell = readScoreCell(row.cells[chosen], row.line);
		if (cell.ok) {
			distribution[cell.score]++;
			const group = classifyNpsAnswer(cell.score);
			if (group === 'promoter') counts.promoters++;
			else if (group === 'passive') counts.passives++;
			else counts.detractors++;
		} else if (++columnErrorCount <= MAX_LISTED_ERRORS) columnErrors.push(cell.error);
		if (++read % sliceRows === 0) onProgress?.({ read });
	});
	if (header.length === 0) return { ok: false, error: 'the file has no rows. Export the survey answers with a header line, one answer per row.' };
	// Rows arrive in line order, so the first listed errors of the merge are among the first of each list.
	const listed = [...errors, ...columnErrors].sort((a, b) => a.line - b.line);
	return {
		ok: true,
		header,
		column: chosen < 0 ? Math.max(0, findColumn(header, NPS_COLUMN_NAMES)) : chosen,
		counts,
		distribution,
		answers: counts.promoters + counts.passives + counts.detractors,
		rowCount,
		problems: summarizeErrors(listed, errors.length + columnErrorCount),
	};
}
