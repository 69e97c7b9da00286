/**
 * Astro integration: after the build, hashes every inline script in dist/,
 * puts the Content-Security-Policy allowing exactly those scripts into every
 * page's <head> as a meta tag (so the policy holds on any host), and writes
 * dist/_headers with the headers a meta tag cannot set, for hosts that read
 * that file (Netlify, Cloudflare Pages). deploy/nginx.conf sends the same headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from './list-html-files.ts';
import { buildPolicy, extractInlineScripts, formatHeadersFile, hostHeaders, insertPolicyMeta } from '../lib/csp.ts';

/** A CSP hash source for one inline script body, as the browser computes it. */
export function hashScript(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

export function hashInlineScripts(distDir: string): string[] {
	const hashes = new Set<string>();
	for (const file of listHtmlFiles(distDir)) {
		for (const body of extractInlineScripts(readFileSync(file, 'utf8'))) hashes.add(hashScript(body));
	}
	return [...hashes];
}

export function securityHeadersIntegration(): AstroIntegration {
	return {
		name: 'playbook:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const scriptHashes = hashInlineScripts(distDir);
				// One policy for every page: a reader moving between pages meets the same rules.
				const policy = buildPolicy({ scriptHashes });
				const pages = listHtmlFiles(distDir);
				for (const file of pages) {
					try {
						writeFileSync(file, insertPolicyMeta(readFileSync(file, 'utf8'), policy));
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
					}
				}
				writeFileSync(join(distDir, '_headers'), formatHeadersFile(hostHeaders));
				logger.info(`Content-Security-Policy (${scriptHashes.length} inline-script hashes) in ${pages.length} pages; wrote _headers`);
			},
		},
	};
}
