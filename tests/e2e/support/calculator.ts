import type { Locator } from 'playwright-core';
import type { OpenOptions, TrackedPage } from './browser.ts';
import { test as base } from './fixtures.ts';

/** The browser tests' fixtures plus `openCalculator`, for the files that drive calculators. */
export const test = base.extend(
	'openCalculator',
	/** Opens a calculator page (in a new context, or the file's reused tab: see OpenOptions) and waits until its island has hydrated. */
	async ({ openPage }) =>
		async (path: string, options: Pick<OpenOptions, 'viewport' | 'reuseTab'> = {}): Promise<TrackedPage> => {
			const tracked = await openPage(path, options);
			const island = tracked.page.locator('astro-island').first();
			await island.scrollIntoViewIfNeeded();
			await tracked.page.waitForSelector('astro-island:not([ssr])', { state: 'attached', timeout: 20_000 });
			return tracked;
		},
);
export const it = test;

/**
 * Give a file input a file made inside the page, as a file picker would, and
 * fire `change`. For big files: sending megabytes through the test harness is
 * slow and blocks the page while it arrives.
 */
export async function chooseGeneratedFile(input: Locator, file: { name: string; bytes: number; fill: string }) {
	await input.evaluate((element, { name, bytes, fill }) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([new Uint8Array(bytes).fill(fill.charCodeAt(0))], name, { type: 'text/csv' }));
		(element as HTMLInputElement).files = transfer.files;
		element.dispatchEvent(new Event('change', { bubbles: true }));
	}, file);
}
