import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CSV_BYTES, checkCsvSize } from '#src/lib/csv-limits.ts';
import * as csv from '#src/lib/csv.ts';

describe('the CSV size limit', () => {
	it('refuses files over the size limit with a clear message', () => {
		expect(checkCsvSize(MAX_CSV_BYTES)).toBeNull();
		expect(checkCsvSize(21 * 1024 * 1024)).toMatch(/21\.0 MB; the limit is 20 MB/);
	});

	it('accepts every size up to the limit and refuses every size above it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4 * MAX_CSV_BYTES }), (bytes) => {
				expect(checkCsvSize(bytes) === null).toBe(bytes <= MAX_CSV_BYTES);
			}),
		);
	});

	it('is the same limit the CSV reader names', () => {
		expect(csv.MAX_CSV_BYTES).toBe(MAX_CSV_BYTES);
		expect(csv.checkCsvSize).toBe(checkCsvSize);
	});

	// The page checks and decodes a file itself; importing anything here could bring the parser with it.
	it.each(['csv-limits.ts', 'csv-encoding.ts'])('%s imports no other module, so checking a file downloads no parser', (file) => {
		expect(readFileSync(`src/lib/${file}`, 'utf8')).not.toMatch(/^\s*import\s/m);
	});
});
