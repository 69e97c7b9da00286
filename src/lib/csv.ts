/**
 * CSV in and out for the calculators, read entirely in the browser (the data
 * never leaves the page). Reading uses papaparse; rows that cannot be used are
 * reported with their line numbers and every other row is kept (an unclosed
 * quote costs its own line, not the rest of the file). The size limit and the
 * decoding of a file's bytes live in csv-limits.ts and csv-encoding.ts, which
 * the page loads without papaparse; they are re-exported here for callers
 * that want one CSV module. Writing uses papaparse's `unparse` with
 * `escapeFormulae`, which neutralises spreadsheet-formula injection (OWASP
 * "CSV Injection"): a text cell starting with = + - @ tab or carriage return
 * gets a leading single quote so spreadsheets show it as text.
 */
import Papa from 'papaparse';
import type { HealthConfig } from '../schemas/calculators.ts';
import { createKeyedRecord } from './keyed-record.ts';
import { parseNumberText } from './url-state.ts';

export { checkCsvSize, MAX_CSV_BYTES } from './csv-limits.ts';
export { decodeCsvBytes, describeEncoding, type CsvEncoding, type DecodedCsv } from './csv-encoding.ts';

/** How many bad lines are listed by number before summarising the rest. */
export const MAX_LISTED_ERRORS = 20;

export interface LineError {
	/** 1-based line number in the file. */
	line: number;
	message: string;
}

export interface CsvTable {
	/** Header cells, trimmed. */
	header: string[];
	/** Data rows with their 1-based line numbers; blank lines are skipped. */
	rows: CsvRow[];
	/** Lines papaparse could not read (e.g. an unclosed quote). */
	errors: LineError[];
	/** Data rows in the file, read or not: `rows.length` plus the unreadable ones. */
	rowCount: number;
}

/** An Excel `sep=;` first line: the delimiter it names, or null. */
function readSepLine(text: string): string | null {
	const match = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text);
	return match ? match[1] : null;
}

/** The delimiters spreadsheets write CSV with: comma, semicolon (where the comma is the decimal mark) and tab. */
const DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter, as papaparse guesses it from the first ten non-blank rows:
 * the one that splits them into the same number of cells (more cells breaking
 * a tie); a comma when none splits them. Guessed once for the whole file, so a
 * read that resumes after a broken row keeps the same delimiter.
 */
function detectDelimiter(text: string): string {
	const { meta } = Papa.parse<string[]>(text.slice(0, 65536), { preview: 10, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
	return meta.delimiter || Papa.DefaultDelimiter;
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

/** Character offset where 1-based physical line `line` starts in `text` (text length when it has fewer lines). */
function findLineStart(text: string, line: number): number {
	const breaks = /\r\n|\n|\r/g;
	let offset = 0;
	for (let n = 1; n < line; n++) {
		const match = breaks.exec(text);
		if (!match) return text.length;
		offset = match.index + match[0].length;
	}
	return offset;
}

/**
 * Read CSV text with a header line, handing each data row to `onRow` as it
 * is read (with the header, known by then). Delimiter is detected (comma,
 * semicolon, tab) or taken from an Excel `sep=` first line; blank lines are
 * skipped. Line numbers count physical lines, so a quoted cell spanning lines
 * keeps later numbers right. A quote left open swallows the rest of the text
 * in papaparse; here that row is reported by its line and reading resumes on
 * the next line, so one bad row never costs the good rows after it.
 */
export function forEachCsvRow(
	text: string,
	onRow: (row: CsvRow, header: readonly string[]) => void,
): { header: string[]; errors: LineError[]; rowCount: number } {
	let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const header: string[] = [];
	const errors: LineError[] = [];
	let rowCount = 0;
	let line = 1;
	const sep = readSepLine(body);
	if (sep !== null) {
		body = body.slice(findLineStart(body, 2));
		line = 2;
	}
	const delimiter = sep ?? detectDelimiter(body);
	let offset = 0;
	while (offset < body.length) {
		const firstLine = line;
		// Set when a row's quote is not closed where it should be: parsing restarts on the line after it.
		let resumeAfter: number | null = null;
		Papa.parse<string[]>(offset === 0 ? body : body.slice(offset), {
			header: false,
			skipEmptyLines: false,
			delimiter,
			// With a string, papaparse runs `chunk` synchronously, slice by slice, and
			// then `complete` (its typings describe this for files only).
			chunkSize: CHUNK_CHARS,
			complete: () => undefined,
			chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
				if (resumeAfter !== null) return;
				// Error rows are indexes into this chunk's rows.
				const badRows = new Map<number, string>();
				for (const e of result.errors) {
					if (e.row !== undefined && e.row !== null && e.code !== 'UndetectableDelimiter') badRows.set(e.row, e.code);
				}
				for (let index = 0; index < result.data.length; index++) {
					const cells = result.data[index];
					const startLine = line;
					// A quote problem in a row that runs over several lines has swallowed the lines after it.
					const code = badRows.get(index);
					if (code === 'MissingQuotes' || (code === 'InvalidQuotes' && cells.some((c) => c.includes('\n') || c.includes('\r')))) {
						errors.push({ line: startLine, message: `line ${startLine}: could not be read (a quote is opened and not closed on this line)` });
						rowCount++;
						resumeAfter = startLine;
						parser.abort();
						return;
					}
					// A row spans as many physical lines as it has newlines inside quoted cells, plus one.
					line += 1 + cells.reduce((n, c) => (c.includes('\n') || c.includes('\r') ? n + (c.match(/\r\n|\n|\r/g)?.length ?? 0) : n), 0);
					if (cells.every((c) => c.trim() === '')) continue;
					if (header.length === 0) {
						header.push(...cells.map((c) => c.trim()));
						continue;
					}
					rowCount++;
					if (badRows.has(index)) {
						errors.push({ line: startLine, message: `line ${startLine}: could not be read (check quotes)` });
						continue;
					}
					onRow({ line: startLine, cells }, header);
				}
			},
		});
		if (resumeAfter === null) break;
		line = resumeAfter + 1;
		offset += findLineStart(body.slice(offset), line - firstLine + 1);
	}
	return { header, errors, rowCount };
}

/** Every row of CSV text with a header line, as `forEachCsvRow` reads them. */
export function parseCsv(text: string): CsvTable {
	const rows: CsvRow[] = [];
	const { header, errors, rowCount } = forEachCsvRow(text, (row) => rows.push(row));
	return { header, rows, errors, rowCount };
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

/** One NPS answer cell: a whole number 0–10, or the reason it is not one (named by its line). */
export function readScoreCell(cell: string | undefined, line: number): { ok: true; score: number } | { ok: false; error: LineError } {
	const raw = (cell ?? '').trim();
	if (raw === '') return { ok: false, error: { line, message: `line ${line}: no answer in this column` } };
	const p = parseNumberText(raw);
	if (!p.ok || !Number.isInteger(p.value) || p.value < 0 || p.value > 10) {
		return { ok: false, error: { line, message: `line ${line}: "${raw.slice(0, 30)}" is not a score from 0 to 10` } };
	}
	return { ok: true, score: p.value };
}

/** NPS answers (whole numbers 0–10) from one column; other values are reported by line. */
export function readScoreColumn(table: CsvTable, column: number): ScoreColumn {
	const scores: number[] = [];
	const errors: LineError[] = [];
	for (const row of table.rows) {
		const cell = readScoreCell(row.cells[column], row.line);
		if (cell.ok) scores.push(cell.score);
		else errors.push(cell.error);
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
	/** Data rows in the file, read or not, so the page can say how many of them were scored. */
	rowCount: number;
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
	const {
		header,
		errors: csvErrors,
		rowCount,
	} = forEachCsvRow(text, ({ line, cells }, header) => {
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
			const raw = (cells[columns.previous] ?? '').trim();
			const p = parseNumberText(raw);
			if (p.ok && p.value >= 0 && p.value <= 100) previous = p.value;
			else if (raw !== '') bad.push(`previous "${raw.slice(0, 20)}" is not a score from 0 to 100`);
		}
		if (bad.length > 0) rowErrors.push({ line, message: `line ${line}: not a number (${bad.join(', ')}); treated as missing` });
		const row = { account, line, values, previous };
		rows.push(toRow ? toRow(row) : row);
	});
	const errors = [...csvErrors, ...rowErrors].sort((a, b) => a.line - b.line);
	const found = columns ?? findColumns(header);
	const missingSignals = found.signals.filter((s) => s.col < 0).map((s) => s.signal.name);
	if (header.length === 0) return { rows: [], errors, columnError: 'The file is empty.', missingSignals, rowCount };
	if (!found.anySignal) {
		return {
			rows: [],
			errors,
			columnError: `No column matches a signal. The header needs an account column and at least one of: ${config.signals.map((s) => s.id).join(', ')}. Found: ${
				header
					.slice(0, 12)
					.map((h) => (h.length > 40 ? `${h.slice(0, 39)}…` : h))
					.join(', ') || 'nothing'
			}${header.length > 12 ? ', …' : ''}.`,
			missingSignals,
			rowCount,
		};
	}
	return { rows, errors, missingSignals, rowCount };
}

/**
 * Errors as a short list: the first MAX_LISTED_ERRORS, then "and N more".
 * `total` counts errors not passed in (a reader that keeps only the first
 * ones, so a million bad lines never all exist at once); it defaults to all.
 */
export function summarizeErrors(errors: readonly LineError[], total: number = errors.length): string[] {
	const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => e.message);
	if (total > MAX_LISTED_ERRORS) listed.push(`and ${total - MAX_LISTED_ERRORS} more lines`);
	return listed;
}

/**
 * CSV text (RFC 4180, CRLF line ends) from rows of cells, by papaparse's
 * `unparse`: cells are quoted when needed and text a spreadsheet would run as
 * a formula is neutralised (`escapeFormulae`); numbers are written plainly;
 * null and non-finite numbers are empty cells.
 */
export function writeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell)));
	return Papa.unparse(cells as unknown[][], { newline: '\r\n', escapeFormulae: true });
}
