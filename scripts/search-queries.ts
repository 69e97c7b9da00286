/**
 * Runs the search query set (tests/search/queries.yaml) against the built
 * Pagefind index, in a page of the built site, through Pagefind's own JS API
 * with the ranking options the site's search box uses. Shared by the browser
 * test (tests/e2e/search-quality.test.ts) and `npm run search-report`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Page } from 'playwright-core';
import { findRank, type QueryOutcome } from '../src/lib/search-quality.ts';
import { pickSections, type SectionLike } from '../src/lib/search-sections.ts';
import { pagefindOptions } from '../src/search-options.ts';

const queriesFile = new URL('../tests/search/queries.yaml', import.meta.url);

const querySchema = z.strictObject({
	/** Exactly as a reader would type it, misspellings included. */
	query: z.string().min(1),
	/** Who typically searches this way: the three readers of the playbook. */
	who: z.enum(['staff', 'trainer', 'leader']),
	/** Path of the page that should come first, e.g. /standards/escalation/. */
	page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'page must be a site path that starts and ends with /'),
	/** Anchor (without #) of the section that should be offered under the page, where the section matters. */
	anchor: z.string().min(1).optional(),
});
export type SearchQuery = z.infer<typeof querySchema>;

export function loadQueries(): SearchQuery[] {
	const parsed = z
		.array(querySchema)
		.min(1)
		.safeParse(parse(readFileSync(queriesFile, 'utf8')));
	if (!parsed.success) {
		throw new Error(`tests/search/queries.yaml is not valid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
	}
	return parsed.data;
}

/**
 * Loads Pagefind's JS API into the page as `globalThis.playbookPagefind`, with
 * the site's options. Written as a string: a test runner would otherwise
 * rewrite `import()` for Node before the function reaches the browser.
 */
export async function loadPagefind(page: Page): Promise<void> {
	await page.evaluate(`import('/pagefind/pagefind.js').then(async (pagefind) => {
		await pagefind.options(${JSON.stringify(pagefindOptions)});
		globalThis.playbookPagefind = pagefind;
	})`);
}

/** Runs every query in `page` (any page of the built site) and returns where each expected page came. */
export async function runQueries(page: Page, queries: SearchQuery[], depth = 3): Promise<QueryOutcome[]> {
	await loadPagefind(page);
	const resultsPerQuery: { url: string; sections: SectionLike[] }[][] = await page.evaluate(
		async ({ terms, depth }) => {
			const pagefind = (globalThis as unknown as { playbookPagefind: { search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } })
				.playbookPagefind;
			const all = [];
			for (const term of terms) {
				const search = await pagefind.search(term);
				const data = await Promise.all(search.results.slice(0, depth).map((r) => r.data()));
				all.push(
					data.map((d) => {
						const result = d as { url: string; sub_results: SectionLike[] };
						const sections = result.sub_results.map(({ url, anchor, locations, weighted_locations }) => ({
							url,
							anchor: anchor && { id: anchor.id },
							locations,
							weighted_locations: weighted_locations?.map((w) => ({ balanced_score: w.balanced_score })),
						}));
						return { url: result.url, sections };
					}),
				);
			}
			return all;
		},
		{ terms: queries.map((q) => q.query), depth },
	);
	return queries.map((q, i) => {
		// The sections the search box shows under each page (Search.astro uses the same choice).
		const hits = resultsPerQuery[i].map((r) => ({
			url: r.url.replace(/#.*$/, ''),
			anchors: pickSections(r.sections, r.url).flatMap((s) => (s.anchor ? [s.anchor.id] : [])),
		}));
		return { query: q.query, page: q.page, anchor: q.anchor, rank: findRank(q, hits), top: hits.map((h) => h.url) };
	});
}
