/**
 * Pages on the built site that record console errors, every request to
 * another host and Content-Security-Policy violations, so each test can
 * assert none happened. Tests get them from the fixtures in ./fixtures.ts,
 * which open and close them; this module only knows how to open one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { axeSource } from './axe.ts';

export const baseUrl = () => inject('baseUrl');

export interface TrackedPage {
	page: Page;
	consoleErrors: string[];
	/** Requests to any host but the local test server. */
	foreignRequests: string[];
	/** `securitypolicyviolation` events: directive, what was blocked and where. Also listed in consoleErrors. */
	cspViolations: string[];
	/**
	 * Resolves once the page has fetched everything it loads on its own:
	 * no request is in flight, and the page's main thread has gone idle
	 * through a rendered frame without starting another. That covers what
	 * it loads after `load` (islands hydrating as they come into view, lazy
	 * parts, Astro's `client:idle`), which Playwright's `networkidle`, reached
	 * once per navigation, does not wait for. It waits on the page's own
	 * events, not on a clock, so a slow machine only makes it slower. A
	 * fetch started on a timer would not be waited for; the site's code
	 * starts none (its timers only clear messages and revoke downloads).
	 */
	settled: () => Promise<void>;
}

export interface OpenOptions {
	viewport?: { width: number; height: number };
	/**
	 * Navigate one tab kept for this test file instead of opening a new
	 * context: a new context costs a new renderer process and a cold cache,
	 * which on a 2-core machine took a third of the time of checking a page.
	 * Only for checks that neither read nor leave anything in the browser's
	 * storage (the tab keeps it from one test to the next).
	 */
	reuseTab?: boolean;
	/**
	 * Load axe-core into every document this page opens, before the page's
	 * own scripts (see ./axe.ts): for a tab that checks many pages, sending
	 * axe over the DevTools protocol once instead of once per page.
	 */
	axe?: boolean;
	/** Only for a test that breaks the policy on purpose: do not fail it on a violation. */
	allowCspViolations?: boolean;
}

export const defaultViewport = { width: 1280, height: 900 };

interface PageLog {
	consoleErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
}
const emptyLog = (): PageLog => ({ consoleErrors: [], foreignRequests: [], cspViolations: [] });

/**
 * Console errors, requests to other hosts and CSP violations, recorded from a
 * page's events into `log` (replaced by a reused tab for each test). A blocked
 * `eval` (zod's probe, for one) is caught by the code that tried it and may
 * never reach the console, so violations are heard from the document's own
 * `securitypolicyviolation` event, registered before any of the page's scripts run.
 */
async function trackPage(page: Page): Promise<{ log: PageLog; settled: TrackedPage['settled'] }> {
	const origin = new URL(baseUrl()).origin;
	const inFlight = new Set<Request>();
	let started = 0;
	let whenNoneInFlight: (() => void)[] = [];
	const finish = (request: Request) => {
		inFlight.delete(request);
		if (inFlight.size > 0) return;
		for (const resolve of whenNoneInFlight) resolve();
		whenNoneInFlight = [];
	};
	page.on('requestfinished', finish);
	page.on('requestfailed', finish);
	const noneInFlight = () => (inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => whenNoneInFlight.push(resolve)));
	/** Idle, a frame, idle again: work queued by the frame (intersection observers, hydration) has run by then. */
	const idleThroughAFrame = () =>
		page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())))));
	const settled = async () => {
		// A hang guard counted in rounds, not seconds: each round is a fetch the page started on its own.
		for (let round = 0; round < 100; round++) {
			await noneInFlight();
			const before = started;
			await idleThroughAFrame();
			if (started === before && inFlight.size === 0) return;
		}
		throw new Error(`${page.url()} kept starting new requests through 100 idle periods: ${[...inFlight].map((r) => r.url()).join(', ')}`);
	};
	const tracker = { log: emptyLog(), settled };
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
		inFlight.add(request);
		started++;
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

/** Go to `path` and wait until the islands in view have hydrated. */
export async function navigate(page: Page, path: string) {
	await page.goto(new URL(path, baseUrl()).href);
	await waitForVisibleIslands(page);
}

/** Registered once per page: the source goes over the protocol once, then runs in every document. */
const axeLoaded = new WeakSet<Page>();
async function loadAxeIntoEveryDocument(page: Page) {
	if (axeLoaded.has(page)) return;
	axeLoaded.add(page);
	await page.addInitScript(axeSource);
}

/** A new context (empty storage, its own viewport) with one tracked page, not yet navigated, and the page's tracker. */
async function openContextTab(browser: Browser, options: OpenOptions) {
	const context = await browser.newContext({ viewport: options.viewport ?? defaultViewport });
	const page = await context.newPage();
	const tracker = await trackPage(page);
	if (options.axe) await loadAxeIntoEveryDocument(page);
	return { context, page, tracker };
}

/**
 * The tabs a test file reuses, one per viewport size, each in its own
 * context: `open` navigates the tab and starts a fresh log.
 */
export function createReusedTabs(browser: Browser) {
	const tabs = new Map<string, Promise<{ context: BrowserContext; page: Page; tracker: Awaited<ReturnType<typeof trackPage>> }>>();
	return {
		async open(path: string, options: OpenOptions = {}): Promise<TrackedPage> {
			const viewport = options.viewport ?? defaultViewport;
			const key = `${viewport.width}x${viewport.height}`;
			if (!tabs.has(key)) {
				const opening = browser.newContext({ viewport }).then(async (context) => {
					const page = await context.newPage();
					return { context, page, tracker: await trackPage(page) };
				});
				tabs.set(key, opening);
			}
			const { page, tracker } = await tabs.get(key)!;
			if (options.axe) await loadAxeIntoEveryDocument(page);
			const log = (tracker.log = emptyLog());
			await navigate(page, path);
			return { page, ...log, settled: tracker.settled };
		},
		async close() {
			await Promise.all([...tabs.values()].map(async (tab) => (await tab).context.close()));
		},
	};
}
export type ReusedTabs = ReturnType<typeof createReusedTabs>;

/**
 * Methods after which a tab cannot be made as good as new: what they add
 * (init scripts, routes, bindings, a fake clock, emulation, permissions,
 * protocol sessions) outlives a navigation and Playwright cannot take it
 * back. A test that calls one, on the page or on its context, gets its tab
 * closed afterwards instead of handed on.
 */
const lastingPageMethods = [
	'addInitScript',
	'route',
	'routeFromHAR',
	'routeWebSocket',
	'exposeBinding',
	'exposeFunction',
	'emulateMedia',
	'setViewportSize',
	'setExtraHTTPHeaders',
	'setDefaultTimeout',
	'setDefaultNavigationTimeout',
	'once',
	'prependListener',
	'close',
];
const lastingContextMethods = [
	...lastingPageMethods.filter((name) => name !== 'emulateMedia' && name !== 'setViewportSize'),
	'grantPermissions',
	'setGeolocation',
	'setOffline',
	'setHTTPCredentials',
	'newCDPSession',
	'newPage',
];
const listenerMethods = ['on', 'addListener'];

/**
 * Watches an object (a page or its context) for the length of one test:
 * listeners the test adds are recorded to be removed, and a call to one of
 * `lasting` (or reading `clock`, which installs a fake clock for good) marks
 * `state.spoilt`. `stop` removes the test's listeners and the watch.
 */
function watchForLastingChanges(object: object, lasting: string[], state: { spoilt: boolean }) {
	const listeners: [string, (...args: unknown[]) => void][] = [];
	const target = object as Record<string, unknown>;
	for (const name of lasting) {
		const original = (target[name] as (...args: unknown[]) => unknown).bind(object);
		target[name] = (...args: unknown[]) => {
			state.spoilt = true;
			return original(...args);
		};
	}
	for (const name of listenerMethods) {
		const original = (target[name] as (...args: unknown[]) => unknown).bind(object);
		target[name] = (event: string, listener: (...args: unknown[]) => void) => {
			listeners.push([event, listener]);
			return original(event, listener);
		};
	}
	const ownClock = Object.getOwnPropertyDescriptor(object, 'clock');
	const readClock = () => (ownClock ? ownClock.value : Reflect.get(Object.getPrototypeOf(object), 'clock', object));
	Object.defineProperty(object, 'clock', {
		configurable: true,
		get() {
			state.spoilt = true;
			return readClock();
		},
	});
	return () => {
		for (const name of [...lasting, ...listenerMethods]) delete target[name];
		if (ownClock) Object.defineProperty(object, 'clock', ownClock);
		else delete target.clock;
		const off = target.off as (event: string, listener: (...args: unknown[]) => void) => void;
		for (const [event, listener] of listeners) off.call(object, event, listener);
	};
}

/** Watches a tab and its context for one test; see watchForLastingChanges. */
function watchTab(page: Page) {
	const state = { spoilt: false };
	const stops = [watchForLastingChanges(page, lastingPageMethods, state), watchForLastingChanges(page.context(), lastingContextMethods, state)];
	return { state, stop: () => stops.forEach((stop) => stop()) };
}

interface PooledTab {
	context: BrowserContext;
	page: Page;
	tracker: Awaited<ReturnType<typeof trackPage>>;
	cdp: CDPSession;
}

/**
 * Clean tabs to hand out in place of a new context for each test: a new
 * context starts a renderer and a page, which took longer than the page's
 * own load on a 2-core machine (0.56 s, then 1.26 s to open a calculator,
 * against 0.93 s for both in a tab made clean). Between tests a tab is
 * emptied of everything a test can leave that a new context would not have:
 * the site's storage of every kind (local, session, IndexedDB, cookies, Cache
 * Storage), the HTTP cache, the back/forward history, permissions, the
 * test's own listeners. A tab the test changed in a way that cannot be
 * undone (see lastingPageMethods), or that fails to reset, is closed instead.
 */
export function createTabPool(browser: Browser) {
	const idle = new Map<string, PooledTab[]>();
	const origin = new URL(baseUrl()).origin;
	const keyOf = (options: OpenOptions) => {
		const viewport = options.viewport ?? defaultViewport;
		return `${viewport.width}x${viewport.height}${options.axe ? '+axe' : ''}`;
	};
	async function reset(tab: PooledTab) {
		// Session storage belongs to the tab, not the origin's storage: cleared from inside.
		if (tab.page.url().startsWith(origin)) await tab.page.evaluate(() => sessionStorage.clear());
		await tab.page.goto('about:blank');
		await tab.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
		await tab.cdp.send('Network.clearBrowserCache');
		await tab.context.clearCookies();
		await tab.context.clearPermissions();
		if (tab.context.pages().length !== 1) throw new Error('the test left other tabs open');
	}
	return {
		/**
		 * A clean tracked tab for `options`; `open` navigates it to the test's
		 * first page, and `release` hands it back at the end of the test.
		 */
		async acquire(options: OpenOptions): Promise<{ tracked: TrackedPage; open: (path: string) => Promise<void>; release: () => Promise<void> }> {
			const key = keyOf(options);
			let tab = idle.get(key)?.pop();
			if (!tab) {
				const opened = await openContextTab(browser, options);
				tab = { ...opened, cdp: await opened.context.newCDPSession(opened.page) };
			}
			const log = (tab.tracker.log = emptyLog());
			const watch = watchTab(tab.page);
			const pooled = tab;
			return {
				tracked: { page: tab.page, ...log, settled: tab.tracker.settled },
				open: async (path) => {
					await navigate(pooled.page, path);
					// As in a new tab, the first page has no page before it to go back to.
					await pooled.cdp.send('Page.resetNavigationHistory');
				},
				release: async () => {
					watch.stop();
					const reusable =
						!watch.state.spoilt &&
						!pooled.page.isClosed() &&
						(await reset(pooled).then(
							() => true,
							() => false,
						));
					if (reusable) idle.set(key, [...(idle.get(key) ?? []), pooled]);
					else await pooled.context.close().catch(() => {});
				},
			};
		},
		async close() {
			await Promise.all([...idle.values()].flat().map((tab) => tab.context.close()));
			idle.clear();
		},
	};
}
export type TabPool = ReturnType<typeof createTabPool>;

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
