import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { findColumn, parseCsv, readPortfolio, readScoreColumn, summarizeErrors, writeCsv } from '#src/lib/csv.ts';
import { parseScoreList } from '#src/lib/metrics/nps.ts';
import { computeHealth, defaultHealthConfig, sortByRisk } from '#src/lib/metrics/health.ts';

describe('reading', () => {
	it('reads a chosen score column, skips blank lines and reports bad rows by line number', () => {
		const table = parseCsv('id,score,comment\n1,10,great\n\n2,7,ok\n3,eleven,?\n4,,\n5,0,"bad, really"\n');
		const col = findColumn(table.header, ['score']);
		expect(col).toBe(1);
		const r = readScoreColumn(table, col);
		expect(r.scores).toEqual([10, 7, 0]);
		expect(r.errors.map((e) => e.line)).toEqual([5, 6]);
		expect(r.errors[0].message).toMatch(/line 5: "eleven" is not a score/);
	});

	it('counts lines inside quoted cells so later line numbers stay right', () => {
		const table = parseCsv('a,b\n"multi\nline",1\nx,2\n');
		expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
	});

	it('keeps rows and line numbers right in big files read in slices, quoted line breaks included', () => {
		// ~20 characters a row: 30,000 rows cross several 256 KB slices.
		const lines = ['account,usage'];
		for (let i = 0; i < 30_000; i++) lines.push(i % 1000 === 999 ? `"Multi\nline ${i}",${i % 100}` : `Account ${i},${i % 100}`);
		const table = parseCsv(lines.join('\n'));
		expect(table.rows).toHaveLength(30_000);
		// Each multi-line cell before a row pushes its line number down by one.
		const last = table.rows.at(-1)!;
		expect(last.line).toBe(30_001 + 29);
		expect(last.cells).toEqual(['"Multi\nline 29999"'.slice(1, -1), '99']);
		expect(table.rows[1000]).toEqual({ line: 1002 + 1, cells: ['Account 1000', '0'] });
	});

	it('reads semicolon-separated files and a byte-order mark', () => {
		const table = parseCsv('\ufeffaccount;usage\nAcme;50\n');
		expect(table.header).toEqual(['account', 'usage']);
		expect(table.rows[0].cells).toEqual(['Acme', '50']);
	});

	it.each([
		['commas', 'account,usage\nAcme,50\n', ['Acme', '50']],
		['semicolons, with commas inside cells', 'account;usage\nAcme, Inc.;50,5\nBeta, Ltd;60\n', ['Acme, Inc.', '50,5']],
		['tabs', 'account\tusage\nAcme\t50\n', ['Acme', '50']],
		['semicolons after a quoted header cell with a comma', '"Account, name";usage\n\nAcme;50\n', ['Acme', '50']],
		['nothing: one column is read with the comma', 'score\n10\n9\n', ['10']],
	])('tells a file separated by %s', (_, text, firstRow) => {
		expect(parseCsv(text).rows[0].cells).toEqual(firstRow);
	});

	it('reads pasted answers and names the bad entries', () => {
		expect(parseScoreList('10, 9 8\n7;x 12')).toEqual({
			scores: [10, 9, 8, 7],
			errors: ['entry 5 ("x") is not a score from 0 to 10', 'entry 6 ("12") is not a score from 0 to 10'],
		});
	});

	it('reads 200,000 rows', () => {
		const lines = ['account,usage,nps'];
		for (let i = 0; i < 200_000; i++) lines.push(`Account ${i},${i % 100},${i % 11}`);
		const text = lines.join('\n');
		expect(parseCsv(text).rows.length).toBe(200_000);
		const p = readPortfolio(text, defaultHealthConfig);
		expect(p.rows.length).toBe(200_000);
		expect(p.rows[199_999]).toMatchObject({ account: 'Account 199999', line: 200_001 });
	});

	it('summarises long error lists', () => {
		const errors = Array.from({ length: 25 }, (_, i) => ({ line: i + 2, message: `line ${i + 2}: bad` }));
		const s = summarizeErrors(errors);
		expect(s).toHaveLength(21);
		expect(s.at(-1)).toBe('and 5 more lines');
	});
});

describe('files that are damaged or not what they seem', () => {
	it('reads every good row after a quote left open and names the line that could not be read', () => {
		const table = parseCsv('account,usage\nAcme,40\n"Broken,50\nBeta,60\nGamma,70\n"Delta, Inc.",80\n');
		expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, 'Acme'],
			[4, 'Beta'],
			[5, 'Gamma'],
			[6, 'Delta, Inc.'],
		]);
		expect(table.errors).toEqual([{ line: 3, message: 'line 3: could not be read (a quote is opened and not closed on this line)' }]);
		expect(table.rowCount).toBe(5);
		const unclosed = parseCsv('account,usage\nAcme,40\n"Broken,50\nBeta,60\nGamma,70\n');
		expect(unclosed.rows.map((r) => r.cells[0])).toEqual(['Acme', 'Beta', 'Gamma']);
		expect(unclosed.errors.map((e) => e.line)).toEqual([3]);
	});

	it('counts every row of the file as read or named, whatever quotes it holds', () => {
		const row = fc.array(fc.constantFrom('a', 'b', '"', ',', ' ', '1'), { maxLength: 6 }).map((c) => c.join(''));
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
				const table = parseCsv(['h1,h2', ...rows.map((r) => `x${r}`)].join('\n'));
				const named = new Set(table.errors.map((e) => e.line));
				for (const r of table.rows) expect(named.has(r.line)).toBe(false);
				expect(table.rows.length + table.errors.length).toBe(table.rowCount);
				// Every line is read, named, or inside a quoted cell of a row that was read.
				expect(table.rowCount).toBeLessThanOrEqual(rows.length);
				if (!rows.some((r) => r.includes('"'))) expect(table.rowCount).toBe(rows.length);
			}),
		);
	});

	it('honours an Excel "sep=" first line and keeps line numbers right', () => {
		const table = parseCsv('sep=;\naccount;usage\nAcme, Inc.;50\nBeta;x\n');
		expect(table.header).toEqual(['account', 'usage']);
		expect(table.rows).toEqual([
			{ line: 3, cells: ['Acme, Inc.', '50'] },
			{ line: 4, cells: ['Beta', 'x'] },
		]);
	});

	it('bounds the header it quotes when no column matches', () => {
		const p = readPortfolio(`${'x'.repeat(5000)},${Array.from({ length: 30 }, (_, i) => `c${i}`).join(',')}\n1,2\n`, defaultHealthConfig);
		expect(p.columnError!.length).toBeLessThan(400);
		expect(p.columnError).toMatch(/Found: x{39}…, c0, .*, …\.$/);
	});
});

describe('readPortfolio', () => {
	it('names a previous score it cannot use instead of dropping it silently', () => {
		const p = readPortfolio('account,usage,previous\nAcme,45,130\nBeta,50,60\n', defaultHealthConfig);
		expect(p.rows.map((r) => r.previous)).toEqual([null, 60]);
		expect(p.errors).toEqual([{ line: 2, message: 'line 2: not a number (previous "130" is not a score from 0 to 100); treated as missing' }]);
	});

	it('matches columns by signal id or name, keeps good rows and reports bad ones', () => {
		const csv = 'Account,usage,Days since last contact,tickets,previous\nAcme,45,30,3,60\n,50,1,1,\nBeta,lots,10,0,\nGamma,90,5,0,80\n';
		const p = readPortfolio(csv, defaultHealthConfig);
		expect(p.rows.map((r) => r.account)).toEqual(['Acme', 'Beta', 'Gamma']);
		expect(p.rows[0].values).toMatchObject({ usage: 45, lastContact: 30, tickets: 3, payment: null });
		expect(p.rows[0].previous).toBe(60);
		expect(p.rows[1].values.usage).toBeNull();
		expect(p.errors.map((e) => e.line)).toEqual([3, 4]);
		expect(p.missingSignals).toContain('Invoices paid on time (%)');
		const sorted = sortByRisk(p.rows.map((r) => ({ ...r, result: computeHealth(defaultHealthConfig, r.values, r.previous) })));
		expect(sorted[0].account).not.toBe('Gamma');
	});

	it('explains a file with the wrong columns', () => {
		const p = readPortfolio('foo,bar\n1,2\n', defaultHealthConfig);
		expect(p.rows).toEqual([]);
		expect(p.columnError).toMatch(/No column matches a signal.*usage.*Found: foo, bar/);
	});
});

describe('writing', () => {
	it.each([
		['=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['Acme', 'Acme'],
	])('neutralises the text cell %j so it reads back as %j', (input, output) => {
		expect(Papa.parse<string[]>(writeCsv([[input, 1]]), { newline: '\r\n' }).data[0][0]).toBe(output);
	});

	it('writes numbers plainly and non-finite ones as empty cells', () => {
		expect(writeCsv([[-3, 2.5, Number.NaN, null]])).toBe('-3,2.5,,');
	});

	it('quotes cells with commas, quotes and line breaks and writes numbers plainly', () => {
		expect(
			writeCsv([
				['account', 'score'],
				['Acme, Inc.', 42.5],
				['Say "hi"', -3],
				['=1+1', null],
			]),
		).toBe('account,score\r\n"Acme, Inc.",42.5\r\n"Say ""hi""",-3\r\n"\'=1+1",');
	});

	it('never lets a text cell start a formula once read back', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
				const parsed = Papa.parse<string[]>(writeCsv(rows), { header: false, newline: '\r\n', delimiter: ',' }).data;
				return parsed.every((cells) => cells.every((c) => !/^[=+\-@\t\r]/.test(c)));
			}),
		);
	});
});
