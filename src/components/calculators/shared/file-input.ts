/**
 * Files in and out of a calculator: reading a chosen CSV file as text (size
 * checked first, bytes decoded on the page, no parser needed) and
 * downloading results as a file. The calculators load it on demand, when a
 * file may be chosen or saved.
 */
import { checkCsvSize } from '#src/lib/csv-limits.ts';
import { decodeCsvBytes, describeEncoding } from '#src/lib/csv-encoding.ts';

/** A chosen file's text, or why it could not be read. */
export type FileText = { ok: true; text: string; encodingNotice?: string } | { ok: false; error: string };

/**
 * Read a CSV File as text, refusing files over the limit before reading them
 * and decoding the bytes as src/lib/csv-encoding.ts decides (UTF-8, else
 * Windows-1252); `encodingNotice` says so when it was not UTF-8. The text is
 * parsed in a Web Worker, so the page itself never loads the CSV parser.
 */
export async function readFileText(file: File): Promise<FileText> {
	const problem = checkCsvSize(file.size);
	if (problem) return { ok: false, error: problem };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { ok: false, error: 'The file could not be read. Check it is a CSV text file and try again.' };
	}
	const decoded = decodeCsvBytes(bytes);
	if (!decoded.ok) return { ok: false, error: decoded.error };
	return { ok: true, text: decoded.text, encodingNotice: describeEncoding(decoded.encoding) ?? undefined };
}

/** Trigger a download of text as a file. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8') {
	const blob = new Blob(['\ufeff', text], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
