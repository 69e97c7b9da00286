/**
 * JavaScript budgets. Content pages must ship no framework JavaScript: only
 * Starlight's own scripts (theme, search, sidebar). Pages with React islands
 * are measured separately by the calculator and training tests.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listBuiltPages, openPage } from './support/browser.ts';

const distDir = inject('distDir');
const hasIsland = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<astro-island');
const contentPages = listBuiltPages(distDir).filter((p) => !hasIsland(p));

/** Scripts a page loads, by URL path, and their gzip size. */
async function loadScripts(path: string) {
	const tracked = await openPage(path);
	try {
		const scripts = await tracked.page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
				.map((e) => new URL(e.name).pathname),
		);
		const unique = [...new Set(scripts)].filter((s) => s.endsWith('.js')).sort();
		const gzipBytes = unique.reduce((sum, s) => sum + gzipSync(readFileSync(join(distDir, s))).length, 0);
		return { scripts: unique, gzipBytes };
	} finally {
		await tracked.close();
	}
}

describe('JavaScript budget for pages without islands', () => {
	it('has content pages to measure', () => {
		expect(contentPages.length).toBeGreaterThan(5);
	});

	// A plain Starlight doc page: sidebar, search, theme and table of contents, nothing of ours.
	let reference: { scripts: string[]; gzipBytes: number };
	const report: string[] = [];

	beforeAll(async () => {
		reference = await loadScripts('/reference/');
	});

	afterAll(() => {
		console.log(`JavaScript per content page (gzip):\n${report.sort().join('\n')}`);
	});

	it.concurrent.each(contentPages)('%s loads no framework JavaScript and no more than Starlight itself', async (path) => {
		const { scripts, gzipBytes } = await loadScripts(path);
		report.push(`${path.padEnd(56)} ${(gzipBytes / 1024).toFixed(1)} KB in ${scripts.length} file(s)`);
		for (const script of scripts) {
			const source = readFileSync(join(distDir, script), 'utf8');
			expect(source, `${path} loads ${script}, which contains React`).not.toMatch(/react-dom|__reactFiber|createRoot\(/);
		}
		// Starlight's scripts are shared; a content page that pulls anything extra has grown an island or a library.
		expect(gzipBytes, `${path} loads more JavaScript than a plain Starlight page`).toBeLessThanOrEqual(reference.gzipBytes + 2048);
	});
});
