/**
 * A CSV file's bytes as text, without the parser (src/lib/csv.ts, which
 * brings papaparse): the page decodes a file itself and hands the text to a
 * Web Worker that parses it, so the reader never downloads papaparse. Bytes
 * are decoded as UTF-8 when they are valid UTF-8, else as Windows-1252 (what
 * Excel on Windows writes for "CSV"), and the reader is told which.
 */

/** Which text encoding a file was read with. */
export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; error: string };

/** Share of control characters above which text is treated as binary, not CSV. */
const BINARY_SHARE = 0.01;

/**
 * Text from a file's bytes. Valid UTF-8 (with or without a byte-order mark)
 * is read as UTF-8; a UTF-16 byte-order mark as UTF-16; anything else as
 * Windows-1252, the encoding spreadsheets on Windows write, so "Bêta Société"
 * from a Latin-1 export keeps its accents. Binary files (a spreadsheet saved
 * as .xlsx, an image) are refused with a short message, not shown as text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
	let text: string;
	let encoding: CsvEncoding;
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
		encoding = 'UTF-16';
	} else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			encoding = 'UTF-8';
		} catch {
			text = new TextDecoder('windows-1252').decode(bytes);
			encoding = 'Windows-1252';
		}
	}
	const sample = text.slice(0, 65536);
	// eslint-disable-next-line no-control-regex -- control characters (not tab, line or page breaks) are what marks binary data
	const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (sample.includes('\u0000') || controls > sample.length * BINARY_SHARE) {
		return {
			ok: false,
			error:
				'This file is not a CSV text file: it holds binary data, as a spreadsheet (.xlsx), a PDF or an image does. In your spreadsheet use "Save as" or "Download as" CSV, then import that file.',
		};
	}
	return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

/** What to tell the reader about the encoding, or null when it is plain UTF-8. */
export function describeEncoding(encoding: CsvEncoding): string | null {
	if (encoding === 'UTF-8') return null;
	if (encoding === 'UTF-16') return 'The file was read as UTF-16 text.';
	return 'The file is not UTF-8, so it was read as Windows-1252 (Western European), the encoding Excel uses for "CSV". If accented letters look wrong, save it as "CSV UTF-8" and import it again.';
}
