/**
 * Content-Security-Policy and security headers for the built site. The policy
 * travels inside every page as a `<meta http-equiv="Content-Security-Policy">`
 * tag, so it holds on any static host (GitHub Pages sends no custom headers).
 * Scripts are allowed only from the site itself plus the exact inline scripts
 * the build ships, by hash, so an injected <script> cannot run.
 *
 * What a meta tag cannot carry (frame-ancestors, X-Frame-Options, nosniff,
 * Referrer-Policy, ...) goes in `hostHeaders`: the build writes them to
 * dist/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf sends the
 * same set (a test compares the two).
 */
import { createHash } from 'node:crypto';

/** Inline <script> bodies (no src attribute) in an HTML document, as the browser hashes them. */
export function extractInlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
		.map(([, , body]) => body)
		.filter((body) => body.length > 0);
}

export interface PolicyOptions {
	/** 'sha256-…' sources for every inline script. */
	scriptHashes: string[];
}

/**
 * The page's policy, for its meta tag. Why each non-'self' source is there:
 * - 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly;
 * - style-src 'unsafe-inline': Starlight and Astro set style attributes (for
 *   example on icons and the search shortcut), which hashes cannot cover;
 * - img-src data:: Starlight's and chart.js's inline SVG data URIs.
 */
export function buildPolicy({ scriptHashes }: PolicyOptions): string {
	const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * Headers for every response, for hosts that can send them. Only directives a
 * meta tag cannot deliver go in this Content-Security-Policy header (browsers
 * ignore frame-ancestors in a meta tag, and log an error for it): two policies
 * both apply, so a header with script-src but without the pages' hashes would
 * block the pages' own inline scripts.
 */
export const hostHeaders: Record<string, string> = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The meta tag that carries `policy` (single quotes in a policy need no escaping inside double quotes). */
export function formatPolicyMeta(policy: string): string {
	return `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
}

/**
 * `html` with the policy's meta tag first in <head>, right after the charset
 * declaration, so it applies before any script or style loads. Fails on a
 * document without <head>: every built page must carry the policy.
 */
export function insertPolicyMeta(html: string, policy: string): string {
	const meta = formatPolicyMeta(policy);
	const charset = /<meta charset=[^>]*>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) throw new Error('no <head> to put the Content-Security-Policy meta tag in');
	return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** The policy in a page's meta tag, or undefined when it has none. */
export function readPolicyMeta(html: string): string | undefined {
	const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
	return match?.[1].replaceAll('&quot;', '"');
}

/** `_headers` file text: one block for every path. */
export function formatHeadersFile(headers: Record<string, string>, path = '/*'): string {
	return `${path}\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}

/** Reads a `_headers` file back (for tests serving the site as a host would). */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
	const result: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = result[line.trim()] = {};
			continue;
		}
		const separator = line.indexOf(':');
		if (current && separator > 0) current[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
	}
	return result;
}

/** A CSP hash source for one inline script body, as the browser computes it (the build and the CSP browser test both use it). */
export function hashScript(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}
