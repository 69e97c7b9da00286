/**
 * Lighthouse (mobile settings) on the built site: the home page, a plan
 * section, a calculator and the print edition, each required to score at
 * least 0.95 in performance, accessibility, best practices and SEO.
 * Needs a build (`npm run build`); part of `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/e2e/support/chromium.ts';
import { serveWithNginx } from './serve-nginx.ts';

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}

// The first of each list that exists in this build.
const wanted = [
	['home', ['/']],
	['plan section', ['/plan/current-state/', '/plan/']],
	['calculator', ['/tools/nps/', '/tools/']],
	['print edition', ['/print/']],
] as const;
const targets = wanted.flatMap(([label, paths]) => {
	const path = paths.find((p) => existsSync(join(dist, p, 'index.html')));
	return path ? [{ label, path }] : [];
});

const threshold = 0.95;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const server = await serveWithNginx(dist);
const chrome = await chromeLauncher.launch({
	chromePath: findChromium(),
	chromeFlags: ['--headless=new', ...chromiumArgs],
	userDataDir: false,
});
let failed = false;
try {
	console.log(`\nLighthouse (mobile), minimum ${threshold} per category`);
	for (const { label, path } of targets) {
		const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
		const scores = categories.map((c) => [c, result?.lhr.categories[c]?.score ?? 0] as const);
		const low = scores.filter(([, s]) => s < threshold);
		failed ||= low.length > 0;
		console.log(`${label.padEnd(14)} ${path.padEnd(24)} ${scores.map(([c, s]) => `${c} ${s.toFixed(2)}`).join('  ')}${low.length ? '  ← below target' : ''}`);
	}
} finally {
	await chrome.kill();
	await server.close();
}
if (failed) process.exitCode = 1;
