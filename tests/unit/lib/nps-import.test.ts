import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countScoreColumnText, NPS_SLICE_ROWS, type NpsImportOutcome } from '#src/lib/nps-import.ts';
import { findColumn, parseCsv, readScoreColumn, summarizeErrors } from '#src/lib/csv.ts';
import { computeScoreDistribution, countNpsAnswers } from '#src/lib/metrics/nps.ts';

function surveyCsv(rows: number): string {
	const lines = ['respondent,score'];
	for (let i = 0; i < rows; i++) lines.push(`${i},${i % 11}`);
	return lines.join('\n');
}

/** The same file read the unsliced way: every row parsed and kept, then the column read and counted. */
function countWholeTable(text: string, column: number) {
	const table = parseCsv(text);
	const r = readScoreColumn(table, column);
	return {
		counts: countNpsAnswers(r.scores),
		distribution: computeScoreDistribution(r.scores),
		answers: r.scores.length,
		rowCount: table.rowCount,
		problems: summarizeErrors(r.errors),
	};
}

function expectCounted(outcome: NpsImportOutcome) {
	if (!outcome.ok) throw new Error(outcome.error);
	return outcome;
}

describe('counting a survey file', () => {
	it('counts the column headed like an NPS answer, with the distribution and the rows it skipped', () => {
		const outcome = expectCounted(countScoreColumnText('respondent,score,comment\n1,10,great\n2,9,\n\n3,7,ok\n4,eleven,?\n5,3,slow\n', null));
		expect(outcome.column).toBe(1);
		expect(outcome.header).toEqual(['respondent', 'score', 'comment']);
		expect(outcome.counts).toEqual({ promoters: 2, passives: 1, detractors: 1 });
		expect(outcome.distribution).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1]);
		expect(outcome.rowCount).toBe(5);
		expect(outcome.problems).toEqual(['line 6: "eleven" is not a score from 0 to 10']);
	});

	it('counts the column the reader chose', () => {
		const outcome = expectCounted(countScoreColumnText('a,b\n1,10\n2,10\n', 0));
		expect(outcome.column).toBe(0);
		expect(outcome.counts).toEqual({ promoters: 0, passives: 0, detractors: 2 });
	});

	it('says an empty file has no rows', () => {
		expect(countScoreColumnText('\n\n', null)).toMatchObject({ ok: false, error: expect.stringMatching(/no rows/) });
	});

	it('lists the first bad lines and counts the rest when most rows are bad', () => {
		const lines = ['id,score', ...Array.from({ length: 50 }, (_, i) => `${i},x`)];
		const outcome = expectCounted(countScoreColumnText(lines.join('\n'), null));
		expect(outcome.problems).toHaveLength(21);
		expect(outcome.problems.at(-1)).toBe('and 30 more lines');
		expect(outcome.problems).toEqual(countWholeTable(lines.join('\n'), 1).problems);
	});

	it('reports progress after every full slice of rows, then nothing for the rest', () => {
		const progress: number[] = [];
		expectCounted(countScoreColumnText(surveyCsv(2 * NPS_SLICE_ROWS + 5), null, (p) => progress.push(p.read)));
		expect(progress).toEqual([NPS_SLICE_ROWS, 2 * NPS_SLICE_ROWS]);
	});

	it('gives the same counts whatever the slice size, the same as reading the whole table first', () => {
		const text = surveyCsv(1_000);
		const unsliced = countWholeTable(text, 1);
		for (const slice of [1, 7, 1_000, 5_000]) {
			const progress: number[] = [];
			const outcome = expectCounted(countScoreColumnText(text, null, (p) => progress.push(p.read), slice));
			expect(outcome).toMatchObject(unsliced);
			expect(progress).toEqual(Array.from({ length: Math.floor(1_000 / slice) }, (_, i) => (i + 1) * slice));
		}
	});

	it('counts any file exactly as reading the whole table would, reporting progress at slice multiples', () => {
		const cell = fc.oneof(fc.integer({ min: -2, max: 12 }).map(String), fc.constantFrom('', ' 9 ', '7.5', 'x', '"10"', '"a, b"', '"unclosed'));
		const file = fc.array(fc.tuple(cell, cell), { maxLength: 60 }).map((rows) => ['id,score', ...rows.map(([a, b]) => `${a},${b}`)].join('\n'));
		fc.assert(
			fc.property(file, fc.integer({ min: 1, max: 20 }), fc.constantFrom(0, 1), (text, slice, column) => {
				const progress: number[] = [];
				const outcome = countScoreColumnText(text, column, (p) => progress.push(p.read), slice);
				const table = parseCsv(text);
				if (table.header.length === 0) return expect(outcome.ok).toBe(false);
				expect(outcome).toMatchObject({ ok: true, column, ...countWholeTable(text, column) });
				expect(progress).toEqual(Array.from({ length: Math.floor(table.rows.length / slice) }, (_, i) => (i + 1) * slice));
			}),
		);
	});

	it('guesses the answer column as the page always has', () => {
		const text = 'name,Likelihood to recommend\nAna,9\n';
		expect(expectCounted(countScoreColumnText(text, null)).column).toBe(findColumn(['name', 'Likelihood to recommend'], ['likelihood to recommend']));
	});
});
