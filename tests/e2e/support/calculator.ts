import { openPage, type TrackedPage } from './browser.ts';

/** Open a calculator page and wait until its island has hydrated. */
export async function openCalculator(path: string, viewport?: { width: number; height: number }): Promise<TrackedPage> {
	const tracked = await openPage(path, viewport ? { viewport } : {});
	const island = tracked.page.locator('astro-island').first();
	await island.scrollIntoViewIfNeeded();
	await tracked.page.waitForSelector('astro-island:not([ssr])', { state: 'attached', timeout: 20_000 });
	return tracked;
}
