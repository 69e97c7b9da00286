/**
 * How big a CSV file the calculators read. Kept apart from the parser
 * (src/lib/csv.ts, which brings papaparse): the page checks a file's size
 * before reading it, and that check must not cost the reader a download.
 */

/** Largest file accepted: big enough for 200,000 rows, small enough not to freeze a phone. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** A message when a file is too large to read, else null. */
export function checkCsvSize(bytes: number): string | null {
	if (bytes > MAX_CSV_BYTES) {
		const mb = (bytes / 1024 / 1024).toFixed(1);
		return `The file is ${mb} MB; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it, or keep only the columns you need, and import again.`;
	}
	return null;
}
