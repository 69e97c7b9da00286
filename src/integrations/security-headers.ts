/**
 * The Content-Security-Policy step of the pass over the built pages
 * (src/integrations/finish-pages.ts): hashes every inline script in the
 * pages, and puts the policy allowing exactly those scripts into every page's
 * <head> as a meta tag (so the policy holds on any host). The headers a meta
 * tag cannot set go to dist/_headers for hosts that read that file (Netlify,
 * Cloudflare Pages); deploy/nginx.conf sends the same headers.
 */
import { createHash } from 'node:crypto';
import { buildPolicy, extractInlineScripts, insertPolicyMeta } from '../lib/csp.ts';

/** A CSP hash source for one inline script body, as the browser computes it. */
export function hashScript(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

export interface BuiltPage {
	/** Where the page is written, for error messages. */
	file: string;
	html: string;
}

/** The pages with the policy in each one's meta tag, and how many inline-script hashes it allows. */
export function addSecurityPolicy(pages: BuiltPage[]): { pages: BuiltPage[]; scriptHashes: number } {
	const hashes = new Set<string>();
	for (const { html } of pages) {
		for (const body of extractInlineScripts(html)) hashes.add(hashScript(body));
	}
	// One policy for every page: a reader moving between pages meets the same rules.
	const policy = buildPolicy({ scriptHashes: [...hashes] });
	return {
		pages: pages.map(({ file, html }) => {
			try {
				return { file, html: insertPolicyMeta(html, policy) };
			} catch (error) {
				throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
			}
		}),
		scriptHashes: hashes.size,
	};
}
