import { describe, expect, it } from 'vitest';
import { buildPolicy, extractInlineScripts, formatHeadersFile, parseHeadersFile } from '../../../src/lib/csp.ts';

describe('inline script extraction', () => {
	it('takes inline scripts and skips external ones', () => {
		const html = '<script type="module" src="/a.js"></script><script>one()</script><p></p><script is:inline data-x>two()</script><script></script>';
		expect(extractInlineScripts(html)).toEqual(['one()', 'two()']);
	});
});

describe('policy', () => {
	it('allows scripts only from the site and by hash, deduplicated', () => {
		const policy = buildPolicy({ scriptHashes: ['sha256-b', 'sha256-a', 'sha256-b'] });
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	});
});

describe('_headers file', () => {
	it('round-trips through the parser', () => {
		const text = formatHeadersFile({ 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' });
		expect(parseHeadersFile(text)).toEqual({ '/*': { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' } });
	});
});
