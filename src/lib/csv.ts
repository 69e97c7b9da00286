/**
 * CSV in and out for the calculators, read entirely in the browser (the data
 * never leaves the page). Reading uses papaparse; rows that cannot be used are
 * reported with their line numbers and every other row is kept. Writing
 * neutralises spreadsheet-formula injection (OWASP "CSV Injection"): a text
 * cell starting with = + - @ tab or carriage return is prefixed with a single
 * quote so Excel, LibreOffice and Google Sheets show it as text.
 */
import Papa from 'papaparse';
import type { HealthConfig } from '../schemas/calculators.ts';
import { createKeyedRecord } from './keyed-record.ts';
import { parseNumberText } from './url-state.ts';

/** Largest file accepted: big enough for 200,000 rows, small enough not to freeze a phone. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** How many bad lines are listed by number before summarising the rest. */
export const MAX_LISTED_ERRORS = 20;

export interface LineError {
	/** 1-based line number in the file. */
	line: number;
	message: string;
}

/** A message when a file is too large to read, else null. */
export function checkCsvSize(bytes: number): string | null {
	if (bytes > MAX_CSV_BYTES) {
		const mb = (bytes / 1024 / 1024).toFixed(1);
		return `The file is ${mb} MB; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it, or keep only the columns you need, and import again.`;
	}
	return null;
}

export interface CsvTable {
	/** Header cells, trimmed. */
	header: string[];
	/** Data rows with their 1-based line numbers; blank lines are skipped. */
	rows: CsvRow[];
	/** Lines papaparse could not read (e.g. an unclosed quote). */
	errors: LineError[];
}

/** The delimiter used most in the first non-blank line (comma, semicolon or tab); comma by default. */
export function detectDelimiter(text: string): string {
	const first = text.slice(0, 65536).split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
	const unquoted = first.replace(/"[^"]*"/g, '');
	const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
	const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
	return best.n > 0 ? best.d : ',';
}

/** A data row with its 1-based line number in the file. */
export interface CsvRow {
	line: number;
	cells: string[];
}

/**
 * Text handed to papaparse at a time. Parsing a big file in slices means its
 * cells never all exist at once: for a 100,000-row portfolio, holding every
 * parsed cell made garbage collection the slowest part of the import.
 */
const CHUNK_CHARS = 256 * 1024;

/**
 * Read CSV text with a header line, handing each data row to `onRow` as it
 * is read (with the header, known by then). Delimiter is detected (comma,
 * semicolon, tab); blank lines are skipped. Line numbers count physical lines,
 * so a quoted cell spanning lines keeps later numbers right.
 */
export function forEachCsvRow(text: string, onRow: (row: CsvRow, header: readonly string[]) => void): { header: string[]; errors: LineError[] } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const header: string[] = [];
	const errors: LineError[] = [];
	let line = 1;
	Papa.parse<string[]>(body, {
		header: false,
		skipEmptyLines: false,
		delimiter: detectDelimiter(body),
		// With a string, papaparse runs `chunk` synchronously, slice by slice, and
		// then `complete` (its typings describe this for files only).
		chunkSize: CHUNK_CHARS,
		complete: () => undefined,
		chunk: (result: Papa.ParseResult<string[]>) => {
			// Error rows are indexes into this chunk's rows.
			const badRows = new Set<number>();
			for (const e of result.errors) {
				if (e.row !== undefined && e.row !== null && e.code !== 'UndetectableDelimiter') badRows.add(e.row);
			}
			result.data.forEach((cells: string[], index: number) => {
				const startLine = line;
				// A row spans as many physical lines as it has newlines inside quoted cells, plus one.
				line += 1 + cells.reduce((n, c) => (c.includes('\n') || c.includes('\r') ? n + (c.match(/\r\n|\n|\r/g)?.length ?? 0) : n), 0);
				if (cells.every((c) => c.trim() === '')) return;
				if (header.length === 0) {
					header.push(...cells.map((c) => c.trim()));
					return;
				}
				if (badRows.has(index)) {
					errors.push({ line: startLine, message: `line ${startLine}: could not be read (check quotes)` });
					return;
				}
				onRow({ line: startLine, cells }, header);
			});
		},
	});
	return { header, errors };
}

/** Every row of CSV text with a header line, as `forEachCsvRow` reads them. */
export function parseCsv(text: string): CsvTable {
	const rows: CsvRow[] = [];
	const { header, errors } = forEachCsvRow(text, (row) => rows.push(row));
	return { header, rows, errors };
}

/** Index of the column whose header matches one of the names (case- and space-insensitive), or −1. */
export function findColumn(header: readonly string[], names: readonly string[]): number {
	const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	const wanted = names.map(norm);
	return header.findIndex((h) => wanted.includes(norm(h)));
}

export interface ScoreColumn {
	scores: number[];
	errors: LineError[];
	/** Rows read. */
	total: number;
}

/** NPS answers (whole numbers 0–10) from one column; other values are reported by line. */
export function readScoreColumn(table: CsvTable, column: number): ScoreColumn {
	const scores: number[] = [];
	const errors: LineError[] = [];
	for (const row of table.rows) {
		const raw = (row.cells[column] ?? '').trim();
		if (raw === '') {
			errors.push({ line: row.line, message: `line ${row.line}: no answer in this column` });
			continue;
		}
		const p = parseNumberText(raw);
		if (!p.ok || !Number.isInteger(p.value) || p.value < 0 || p.value > 10) {
			errors.push({ line: row.line, message: `line ${row.line}: "${raw.slice(0, 30)}" is not a score from 0 to 10` });
			continue;
		}
		scores.push(p.value);
	}
	return { scores, errors: [...table.errors, ...errors].sort((a, b) => a.line - b.line), total: table.rows.length };
}

export interface PortfolioRow {
	account: string;
	line: number;
	values: Record<string, number | null>;
	previous: number | null;
}

export interface Portfolio<Row = PortfolioRow> {
	rows: Row[];
	errors: LineError[];
	/** Set when the columns do not fit the signal set at all (nothing can be scored). */
	columnError?: string;
	/** Signal names with no column in the file (scored as missing data). */
	missingSignals: string[];
}

/**
 * Accounts from a portfolio CSV: one row per account, an account column
 * (header "account", "name", "customer" or "company"; else the first column),
 * one column per signal (header = signal id or name), optional "previous".
 * Empty cells are missing data; unreadable cells are reported and treated as
 * missing; a row without an account name is reported and dropped.
 *
 * `toRow` turns each account into what is kept (by default the account
 * itself): scoring there lets a 100,000-row import keep only the results,
 * not every account's values as well.
 */
export function readPortfolio(text: string, config: HealthConfig): Portfolio;
export function readPortfolio<Row>(text: string, config: HealthConfig, toRow: (account: PortfolioRow) => Row): Portfolio<Row>;
export function readPortfolio<Row>(text: string, config: HealthConfig, toRow?: (account: PortfolioRow) => Row): Portfolio<Row | PortfolioRow> {
	const rows: (Row | PortfolioRow)[] = [];
	const rowErrors: LineError[] = [];
	const findColumns = (header: readonly string[]) => {
		const signals = config.signals.map((signal) => ({ signal, col: findColumn(header, [signal.id, signal.name]) }));
		let account = findColumn(header, ['account', 'account name', 'name', 'customer', 'company', 'client']);
		if (account < 0) account = signals.some((s) => s.col === 0) ? -1 : 0;
		return { account, signals, anySignal: signals.some((s) => s.col >= 0), previous: findColumn(header, ['previous', 'previous score', 'last score']) };
	};
	// Columns are found from the header when the first row arrives.
	let columns: ReturnType<typeof findColumns> | undefined;
	const { header, errors: csvErrors } = forEachCsvRow(text, ({ line, cells }, header) => {
		columns ??= findColumns(header);
		// Nothing to score: the column error below says why.
		if (!columns.anySignal) return;
		const account = columns.account >= 0 ? (cells[columns.account] ?? '').trim() : `Line ${line}`;
		if (account === '') {
			rowErrors.push({ line, message: `line ${line}: no account name` });
			return;
		}
		// Keyed by signal ids, which readers choose: no prototype, so "constructor" is just a key.
		const values = createKeyedRecord<number | null>();
		const bad: string[] = [];
		for (const { signal, col } of columns.signals) {
			const raw = col >= 0 ? (cells[col] ?? '').trim() : '';
			if (raw === '') {
				values[signal.id] = null;
				continue;
			}
			const p = parseNumberText(raw);
			if (p.ok) values[signal.id] = p.value;
			else {
				values[signal.id] = null;
				bad.push(`${signal.id} "${raw.slice(0, 20)}"`);
			}
		}
		let previous: number | null = null;
		if (columns.previous >= 0) {
			const p = parseNumberText(cells[columns.previous]);
			if (p.ok && p.value >= 0 && p.value <= 100) previous = p.value;
		}
		if (bad.length > 0) rowErrors.push({ line, message: `line ${line}: not a number (${bad.join(', ')}); treated as missing` });
		const row = { account, line, values, previous };
		rows.push(toRow ? toRow(row) : row);
	});
	const errors = [...csvErrors, ...rowErrors].sort((a, b) => a.line - b.line);
	const found = columns ?? findColumns(header);
	const missingSignals = found.signals.filter((s) => s.col < 0).map((s) => s.signal.name);
	if (header.length === 0) return { rows: [], errors, columnError: 'The file is empty.', missingSignals };
	if (!found.anySignal) {
		return {
			rows: [],
			errors,
			columnError: `No column matches a signal. The header needs an account column and at least one of: ${config.signals.map((s) => s.id).join(', ')}. Found: ${header.slice(0, 12).join(', ') || 'nothing'}.`,
			missingSignals,
		};
	}
	return { rows, errors, missingSignals };
}

/** Errors as a short list: the first MAX_LISTED_ERRORS, then "and N more". */
export function summarizeErrors(errors: readonly LineError[]): string[] {
	const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => e.message);
	if (errors.length > MAX_LISTED_ERRORS) listed.push(`and ${errors.length - MAX_LISTED_ERRORS} more lines`);
	return listed;
}

/** Neutralise a text cell a spreadsheet would run as a formula. */
export function neutralizeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV text (RFC 4180, CRLF line ends) from rows of cells. Text is neutralised
 * and quoted when needed; numbers are written plainly; null is an empty cell.
 */
export function writeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return rows
		.map((cells) =>
			cells
				.map((cell) => {
					if (cell === null || cell === undefined) return '';
					if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
					const safe = neutralizeCell(cell);
					return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
				})
				.join(','),
		)
		.join('\r\n');
}
