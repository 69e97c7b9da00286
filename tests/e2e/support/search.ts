import type { Page } from 'playwright-core';

/**
 * Opens the search dialog with Pagefind's filters already loaded, and returns
 * the filter groups' names.
 *
 * Pagefind UI 1.5 (svelte/ui.svelte) starts loading the filter index and runs
 * the first search at the same moment, and the filter panel shows the groups
 * that search counted. On a slow CPU that was sometimes two of the three: CI
 * failed on it once, and 1 of 15 first searches at 6× CPU throttling showed
 * two (15 of 15 showed three with the filters loaded first). Tests fill a
 * whole query at once, so they load the filters first, into the same Pagefind
 * instance the search UI uses (a module is loaded once per URL).
 */
export async function openSearchWithFilters(page: Page): Promise<string[]> {
	await page.getByRole('button', { name: /^Search/ }).click();
	await page.getByRole('textbox', { name: 'Search' }).waitFor();
	// A string, not a function: vitest would rewrite a function's import() for Node.
	const groups = (await page.evaluate(
		`import(new URL('/pagefind/pagefind.js', location.href).href).then((pagefind) => pagefind.filters()).then(Object.keys)`,
	)) as string[];
	if (groups.length === 0) throw new Error('Pagefind has no filters: is the site built with its filter attributes?');
	return groups.sort();
}
