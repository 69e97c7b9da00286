/**
 * Astro integration: the one pass over every built page after the build.
 * Each page is read once, changed in memory, and written once:
 *
 * 1. search excerpts: a space after table header cells, captions and
 *    definition terms (src/lib/search-excerpts.ts), so Pagefind keeps table
 *    cells apart in excerpts;
 * 2. security policy: the Content-Security-Policy meta tag allowing exactly
 *    the inline scripts of all pages (src/integrations/security-headers.ts),
 *    hashed after step 1 so the hashes match what is written; plus
 *    dist/_headers.
 *
 * Must come before Starlight in the integrations list (build hooks run in
 * order): Starlight's build step indexes the pages for search and must see
 * step 1. Pagefind only reads the pages, so the policy step can run before it
 * too. Two separate passes (one before Pagefind, one after) read every page
 * three times and wrote it up to twice, which showed in a profile of a
 * 1,000-page build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { separateGluedText } from '../lib/search-excerpts.ts';
import { formatHeadersFile, hostHeaders } from '../lib/csp.ts';
import { listHtmlFiles } from './list-html-files.ts';
import { addSecurityPolicy } from './security-headers.ts';

export function finishPages(): AstroIntegration {
	return {
		name: 'playbook:finish-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const separated = listHtmlFiles(distDir).map((file) => ({ file, html: separateGluedText(readFileSync(file, 'utf8')) }));
				const { pages, scriptHashes } = addSecurityPolicy(separated);
				for (const { file, html } of pages) writeFileSync(file, html);
				writeFileSync(join(distDir, '_headers'), formatHeadersFile(hostHeaders));
				logger.info(`Content-Security-Policy (${scriptHashes} inline-script hashes) in ${pages.length} pages; wrote _headers`);
			},
		},
	};
}
