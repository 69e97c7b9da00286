/**
 * Content-Security-Policy for the built site, written to dist/_headers for
 * hosts that honour that file (Netlify, Cloudflare Pages and others). Scripts
 * are allowed only from the site itself plus the exact inline scripts the
 * build ships, by hash, so an injected <script> cannot run.
 */

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
 * The policy. Why each non-'self' source is there:
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
		"frame-ancestors 'none'",
	].join('; ');
}

/** The usual companions to a CSP, for every path. */
export const securityHeaders: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

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
