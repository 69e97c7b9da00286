/**
 * Astro integration: after the build, hashes every inline script in dist/ and
 * writes dist/_headers with the Content-Security-Policy and security headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from './list-html-files.ts';
import { buildPolicy, extractInlineScripts, formatHeadersFile, securityHeaders } from '../src/lib/csp.ts';

export function hashInlineScripts(distDir: string): string[] {
	const hashes = new Set<string>();
	for (const file of listHtmlFiles(distDir)) {
		for (const body of extractInlineScripts(readFileSync(file, 'utf8'))) {
			hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
		}
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
				const headers = { 'Content-Security-Policy': buildPolicy({ scriptHashes }), ...securityHeaders };
				writeFileSync(join(distDir, '_headers'), formatHeadersFile(headers));
				logger.info(`wrote _headers: CSP with ${scriptHashes.length} inline-script hashes`);
			},
		},
	};
}
