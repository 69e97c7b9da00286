import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	buildPolicy,
	extractInlineScripts,
	formatHeadersFile,
	hashScript,
	hostHeaders,
	insertPolicyMeta,
	parseHeadersFile,
	readPolicyMeta,
} from '#src/lib/csp.ts';
import { localizeServerBlock } from '../../../scripts/serve-nginx.ts';

describe('inline script extraction', () => {
	it('takes inline scripts and skips external ones', () => {
		const html = '<script type="module" src="/a.js"></script><script>one()</script><p></p><script is:inline data-x>two()</script><script></script>';
		expect(extractInlineScripts(html)).toEqual(['one()', 'two()']);
	});
});

describe('script hashes', () => {
	it('hashes a script body as the browser does: SHA-256 of its UTF-8 bytes, in base64', () => {
		// The empty script's hash, as Chromium reports it in a CSP violation.
		expect(hashScript('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});
});

describe('policy', () => {
	it('allows scripts only from the site and by hash, deduplicated', () => {
		const policy = buildPolicy({ scriptHashes: ['sha256-b', 'sha256-a', 'sha256-b'] });
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('leaves out directives a meta tag cannot carry (browsers ignore them there and log an error)', () => {
		expect(buildPolicy({ scriptHashes: [] })).not.toMatch(/frame-ancestors|report-uri|sandbox/);
	});
});

describe('policy meta tag', () => {
	const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";

	it('goes first in <head>, right after the charset, before any script', () => {
		const html = '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme()</script></head><body></body></html>';
		const out = insertPolicyMeta(html, policy);
		expect(out).toBe(
			`<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"><script>theme()</script></head><body></body></html>`,
		);
		expect(readPolicyMeta(out)).toBe(policy);
	});

	it('opens <head> when the page declares no charset', () => {
		expect(insertPolicyMeta('<html><head lang="en"><title>x</title></head></html>', policy)).toMatch(/^<html><head lang="en"><meta http-equiv/);
	});

	it('refuses a document without <head>, rather than ship a page without its policy', () => {
		expect(() => insertPolicyMeta('<p>fragment</p>', policy)).toThrow(/no <head>/);
	});

	it('reads no policy from a page without the tag', () => {
		expect(readPolicyMeta('<html><head></head></html>')).toBeUndefined();
	});
});

describe('_headers file', () => {
	it('round-trips through the parser', () => {
		const text = formatHeadersFile({ 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' });
		expect(parseHeadersFile(text)).toEqual({ '/*': { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' } });
	});

	it("keeps the host's policy to what a meta tag cannot say, so it never blocks the pages' hashed scripts", () => {
		expect(hostHeaders['Content-Security-Policy']).toBe("frame-ancestors 'none'");
		expect(hostHeaders).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' });
	});
});

describe('deploy/nginx.conf', () => {
	const conf = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');

	it('sends exactly the headers the build writes to _headers, on every response', () => {
		const sent = Object.fromEntries([...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map(([, name, value]) => [name, value]));
		expect(sent).toEqual(hostHeaders);
		// Every add_header is the `always` kind and sits at server level (a
		// location with its own add_header would silently drop the others).
		expect(conf.match(/^\s*add_header\b/gm)?.length).toBe(Object.keys(hostHeaders).length);
	});

	it('lets the tests point it at a local port and folder, and nothing else', () => {
		const local = localizeServerBlock(conf, { port: 4567, root: '/tmp/dist' });
		expect(local).toMatch(/^\s*listen 127\.0\.0\.1:4567;$/m);
		expect(local).toMatch(/^\s*root "\/tmp\/dist";$/m);
		expect(local.split('\n').filter((line, i) => line !== conf.split('\n')[i])).toHaveLength(2);
	});

	it('refuses a server block the tests could not point at dist/', () => {
		expect(() => localizeServerBlock('server { listen 80; listen 81; root /x; }', { port: 1, root: '/d' })).toThrow(/exactly one `listen`/);
	});
});
