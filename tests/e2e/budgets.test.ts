/**
 * JavaScript budgets. Content pages must ship no framework JavaScript: only
 * Starlight's own scripts (theme, search, sidebar) and a few small scripts of
 * ours. Pages with React islands are measured by the calculator and training
 * tests.
 *
 * Every content page is checked from the built HTML (the scripts it names and
 * everything they import up front); a sample, one page of each kind, is also
 * loaded in Chromium to count what really arrives, lazy loads included. The
 * browser half is a sample because opening all pages twice (the site test
 * opens them all already) doubled the time of the browser tests.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, inject } from 'vitest';
import { listBuiltPages, type TrackedPage } from './support/browser.ts';
import { it } from './support/fixtures.ts';

const distDir = inject('distDir');
const readPage = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const contentPages = listBuiltPages(distDir).filter((p) => !readPage(p).includes('<astro-island'));
/** Starlight's own doc page with nothing of ours on it but the page meta. */
const referencePage = '/reference/';
const gzipSize = (script: string) => gzipSync(readFileSync(join(distDir, script))).length;

/** Static imports (`import … from "./x.js"`, `import "./x.js"`) in built JavaScript, as URL paths. */
function findStaticImports(source: string, from: string): string[] {
	const specifiers = [...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
	return specifiers.map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(from), s)));
}

/** The scripts a page's HTML loads on arrival (module scripts and what they import), and their gzip size. */
function listInitialScripts(path: string) {
	const html = readPage(path);
	const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]);
	for (const inline of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) queue.push(...findStaticImports(inline[1], path));
	const seen = new Set<string>();
	while (queue.length > 0) {
		const script = queue.pop()!;
		if (seen.has(script)) continue;
		seen.add(script);
		queue.push(...findStaticImports(readFileSync(join(distDir, script), 'utf8'), script));
	}
	const scripts = [...seen].sort();
	return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + gzipSize(s), 0) };
}

/** Scripts Chromium fetched for a page once it had settled (see TrackedPage.settled), and their gzip size. */
async function measureLoadedScripts(tracked: TrackedPage) {
	await tracked.settled();
	const entries = await tracked.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
	const scripts = [...new Set(entries)].filter((s) => s.endsWith('.js')).sort();
	return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + gzipSize(s), 0) };
}

const containsReact = (script: string) => /react-dom|__reactFiber|createRoot\(/.test(readFileSync(join(distDir, script), 'utf8'));
/** Room for our own small page scripts (industry notes, page meta) over the reference page. */
const allowance = 2048;

describe('JavaScript budget for pages without islands', () => {
	it('has content pages to measure, the reference page among them', () => {
		expect(contentPages.length).toBeGreaterThan(5);
		expect(contentPages).toContain(referencePage);
	});

	it('finds the imports of a built script, so the static check below can fail', () => {
		expect(findStaticImports('import{t as e}from"./preload-helper.js";import"./b.js";import(`./lazy.js`)', '/_astro/a.js')).toEqual([
			'/_astro/preload-helper.js',
			'/_astro/b.js',
		]);
	});

	const reference = listInitialScripts(referencePage);
	const report: string[] = [];
	afterAll(() => console.log(`JavaScript per content page on arrival (gzip):\n${report.sort().join('\n')}`));

	it.for(contentPages)('%s names no framework JavaScript and no more than a plain doc page', (path) => {
		const { scripts, gzipBytes } = listInitialScripts(path);
		report.push(`${path.padEnd(56)} ${(gzipBytes / 1024).toFixed(1)} KB in ${scripts.length} file(s)`);
		for (const script of scripts) expect(containsReact(script), `${path} loads ${script}, which contains React`).toBe(false);
		expect(gzipBytes, `${path} loads more JavaScript than ${referencePage}`).toBeLessThanOrEqual(reference.gzipBytes + allowance);
	});

	describe('in the browser, one page of each kind', () => {
		// A content page from each top-level section, and the home page.
		const sample = [...new Map(contentPages.map((p) => [p.split('/')[1], p])).values()];
		let loadedReference: { scripts: string[]; gzipBytes: number };
		// In the tab the sample pages reuse.
		it.beforeAll(async ({ reusedTabs }) => {
			loadedReference = await measureLoadedScripts(await reusedTabs.open(referencePage));
		});

		it.for(sample)('%s loads no more JavaScript than a plain doc page, lazy loads included', async (path, { openPage }) => {
			const { scripts, gzipBytes } = await measureLoadedScripts(await openPage(path, { reuseTab: true }));
			for (const script of scripts) expect(containsReact(script), `${path} loads ${script}, which contains React`).toBe(false);
			expect(gzipBytes).toBeLessThanOrEqual(loadedReference.gzipBytes + allowance);
		});
	});
});
