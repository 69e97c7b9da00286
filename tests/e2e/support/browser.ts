/**
 * Helpers for browser tests: a page on the built site that records console
 * errors and every request to another host, so each test can assert neither
 * happened, and Content-Security-Policy violations, which fail the test that
 * opened the page whether or not it looks at them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';

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
	/** `securitypolicyviolation` events: directive, what was blocked and where. Also listed in consoleErrors. */
	cspViolations: string[];
	close: () => Promise<void>;
}

export interface OpenOptions {
	viewport?: { width: number; height: number };
	/**
	 * `load` (the default) when the test waits for what it needs itself;
	 * `networkidle` when it must count everything the page fetches, at the
	 * price of half a second of quiet on every page.
	 */
	waitUntil?: 'load' | 'networkidle';
	/**
	 * Navigate one tab kept for this test file instead of opening a new one:
	 * a new tab costs a new renderer process, which on a 2-core machine took a
	 * third of the time of checking a page. For checks that neither read nor
	 * leave anything in the browser's storage, run one at a time.
	 */
	reuseTab?: boolean;
	/** Only for a test that breaks the policy on purpose: do not fail it on a violation. */
	allowCspViolations?: boolean;
}

interface PageLog {
	consoleErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
}
const emptyLog = (): PageLog => ({ consoleErrors: [], foreignRequests: [], cspViolations: [] });

/**
 * Console errors, requests to other hosts and CSP violations, recorded from a
 * page's events into `log`. A blocked `eval` (zod's probe, for one) is caught
 * by the code that tried it and may never reach the console, so violations are
 * heard from the document's own `securitypolicyviolation` event, registered
 * before any of the page's scripts run.
 */
async function trackPage(page: Page) {
	const origin = new URL(baseUrl()).origin;
	const tracker = { log: emptyLog() };
	await page.exposeBinding('__playbookReportCspViolation', (_source, text: string) => {
		tracker.log.cspViolations.push(text);
		tracker.log.consoleErrors.push(`Content-Security-Policy violation: ${text}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			const report = (window as unknown as { __playbookReportCspViolation: (text: string) => void }).__playbookReportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
		});
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') tracker.log.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => tracker.log.consoleErrors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) tracker.log.foreignRequests.push(url);
	});
	return tracker;
}

/**
 * Wait until the islands in view have hydrated (they are `client:visible`;
 * Astro drops the `ssr` attribute when done): typing into an island before
 * then is lost when React takes over.
 */
async function waitForVisibleIslands(page: Page) {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('astro-island[ssr]')].every((island) => {
				// An island is `display: contents`; its first element has the box.
				const box = (island.firstElementChild ?? island).getBoundingClientRect();
				return (box.width === 0 && box.height === 0) || box.bottom <= 0 || box.top >= window.innerHeight;
			}),
		null,
		{ timeout: 20_000 },
	);
}

/** One reused tab per viewport size. */
const reusedTabs = new Map<string, Promise<{ page: Page; tracker: Awaited<ReturnType<typeof trackPage>> }>>();

/** Fails the running test if the page reported a CSP violation (checked once the test is over). */
function failOnCspViolations(path: string, log: PageLog, options: OpenOptions) {
	if (options.allowCspViolations) return;
	try {
		onTestFinished(() => {
			expect(log.cspViolations, `Content-Security-Policy violations on ${path}`).toEqual([]);
		});
	} catch {
		// Opened outside a test (beforeAll): the tests reading the page assert console errors, which include violations.
	}
}

export async function openPage(path: string, options: OpenOptions = {}): Promise<TrackedPage> {
	const browser = await connectBrowser();
	const viewport = options.viewport ?? { width: 1280, height: 900 };
	const url = new URL(path, baseUrl()).href;
	const waitUntil = options.waitUntil ?? 'load';
	if (options.reuseTab) {
		const key = `${viewport.width}x${viewport.height}`;
		if (!reusedTabs.has(key)) reusedTabs.set(key, browser.newPage({ viewport }).then(async (page) => ({ page, tracker: await trackPage(page) })));
		const { page, tracker } = await reusedTabs.get(key)!;
		const log = (tracker.log = emptyLog());
		failOnCspViolations(path, log, options);
		await page.goto(url, { waitUntil });
		await waitForVisibleIslands(page);
		return { page, ...log, close: async () => undefined };
	}
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const { log } = await trackPage(page);
	failOnCspViolations(path, log, options);
	await page.goto(url, { waitUntil });
	await waitForVisibleIslands(page);
	return { page, ...log, close: () => context.close() };
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
