import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, describeEncoding } from '#src/lib/csv-encoding.ts';

describe('decoding a CSV file', () => {
	it('reads UTF-8 as UTF-8 and says nothing about it', () => {
		const decoded = decodeCsvBytes(new TextEncoder().encode('account\nBêta Société\n'));
		expect(decoded).toEqual({ ok: true, text: 'account\nBêta Société\n', encoding: 'UTF-8' });
		expect(describeEncoding('UTF-8')).toBeNull();
	});

	it('reads a Latin-1 export as Windows-1252 and says so', () => {
		const special: Record<string, number> = { '\u2013': 0x96, '\u20ac': 0x80 };
		const latin1 = Uint8Array.from([...'account\nB\u00eata Soci\u00e9t\u00e9 \u2013 \u20ac5\n'].map((c) => special[c] ?? c.charCodeAt(0)));
		expect(decodeCsvBytes(latin1)).toEqual({ ok: true, text: 'account\nBêta Société – €5\n', encoding: 'Windows-1252' });
		expect(describeEncoding('Windows-1252')).toMatch(/read as Windows-1252/);
	});

	it('drops a byte-order mark and reads UTF-16', () => {
		expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a]))).toEqual({ ok: true, text: 'a\n', encoding: 'UTF-8' });
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a,b\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(decodeCsvBytes(utf16)).toEqual({ ok: true, text: 'a,b\n', encoding: 'UTF-16' });
	});

	it('refuses a binary file with a short message instead of showing it', () => {
		const zip = Uint8Array.from({ length: 60_000 }, (_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i] : (i * 7919) % 256));
		const decoded = decodeCsvBytes(zip);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.error).toMatch(/^This file is not a CSV text file/);
		expect(!decoded.ok && decoded.error.length).toBeLessThan(300);
	});
});
