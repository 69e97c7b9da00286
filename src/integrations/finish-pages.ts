/**
 * Astro integration: the one pass over the built pages that changes them.
 *
 * 1. search excerpts: a space after table header cells, captions and
 *    definition terms (src/lib/search-excerpts.ts), so Pagefind keeps table
 *    cells apart in excerpts;
 * 2. security policy: the Content-Security-Policy meta tag (src/lib/csp.ts)
 *    allowing exactly the inline scripts of all pages, hashed after step 1
 *    so the hashes match what is written; plus dist/_headers.
 *
 * Must come before Starlight in the integrations list (build hooks run in
 * order): Starlight's build step indexes the pages for search and must see
 * step 1. Pagefind only reads the pages, so the policy step can run before it
 * too. Two separate passes (one before Pagefind, one after) read every page
 * three times and wrote it up to twice, which showed in a profile of a
 * 1,000-page build. Now each page is read twice (the policy needs every
 * page's scripts before it can go into the first) and written once; only the
 * few pages step 1 changed are held in memory between the reads, so memory
 * stays flat however many pages there are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { separateGluedText } from '#src/lib/search-excerpts.ts';
import { buildPolicy, extractInlineScripts, formatHeadersFile, hashScript, hostHeaders, insertPolicyMeta } from '#src/lib/csp.ts';
import { listHtmlFiles } from './list-html-files.ts';

export function finishPages(): AstroIntegration {
	return {
		name: 'playbook:finish-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const files = listHtmlFiles(distDir);
				const separated = new Map<string, string>();
				const hashes = new Set<string>();
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const page = separateGluedText(html);
					if (page !== html) separated.set(file, page);
					// Hashed after separating, so the hashes match the scripts as written.
					for (const body of extractInlineScripts(page)) hashes.add(hashScript(body));
				}
				// One policy for every page: a reader moving between pages meets the same rules.
				const policy = buildPolicy({ scriptHashes: [...hashes] });
				for (const file of files) {
					const page = separated.get(file) ?? readFileSync(file, 'utf8');
					try {
						writeFileSync(file, insertPolicyMeta(page, policy));
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
					}
				}
				writeFileSync(join(distDir, '_headers'), formatHeadersFile(hostHeaders));
				logger.info(`Content-Security-Policy (${hashes.size} inline-script hashes) in ${files.length} pages; wrote _headers`);
			},
		},
	};
}
