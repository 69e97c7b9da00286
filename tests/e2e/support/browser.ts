/**
 * Helpers for browser tests: a page on the built site that records console
 * errors and every request to another host, so each test can assert neither
 * happened.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

let browserPromise: Promise<Browser> | undefined;

export function connectBrowser(): Promise<Browser> {
	browserPromise ??= chromium.connect(inject('wsEndpoint'));
	return browserPromise;
}

export const baseUrl = () => inject('baseUrl');

export interface TrackedPage {
	page: Page;
	consoleErrors: string[];
	/** Requests to any host but the local test server. */
	foreignRequests: string[];
	/** Bytes of JavaScript the page downloaded (after decompression, as served). */
	scriptBytes: () => number;
	close: () => Promise<void>;
}

export async function openPage(path: string, options: { viewport?: { width: number; height: number } } = {}): Promise<TrackedPage> {
	const browser = await connectBrowser();
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
	const page = await context.newPage();
	const origin = new URL(baseUrl()).origin;
	const consoleErrors: string[] = [];
	const foreignRequests: string[] = [];
	const scripts = new Map<string, number>();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		try {
			scripts.set(response.url(), (await response.body()).length);
		} catch {
			// Bodies of redirected or aborted responses cannot be read; nothing to count.
		}
	});
	await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
	return {
		page,
		consoleErrors,
		foreignRequests,
		scriptBytes: () => [...scripts.values()].reduce((a, b) => a + b, 0),
		close: () => context.close(),
	};
}

/** Every built page as a URL path ("/", "/plan/", ...), from dist/. */
export function listBuiltPages(distDir = inject('distDir')): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
			return name === 'index.html' ? [path] : [];
		});
	return walk(distDir)
		.map((file) => `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}
