/**
 * Astro integration: before Starlight builds the Pagefind index, puts a space
 * after table header cells, captions and definition terms in every built page
 * (src/lib/search-excerpts.ts), so search excerpts keep table cells apart.
 * Must come before Starlight in the integrations list: build hooks run in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { separateGluedText } from '../lib/search-excerpts.ts';
import { listHtmlFiles } from './list-html-files.ts';

export function searchExcerpts(): AstroIntegration {
	return {
		name: 'playbook:search-excerpts',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of listHtmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const separated = separateGluedText(html);
					if (separated !== html) writeFileSync(file, separated);
				}
			},
		},
	};
}
