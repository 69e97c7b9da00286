/**
 * `npm run search-report`: runs the search query set (tests/search/queries.yaml)
 * against the built site's search index and prints how many queries find the
 * right page first and within the first three, with a line for each query that
 * does not come first. It builds nothing: run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';
import { serveWithNginx } from './serve-nginx.ts';
import { loadQueries, runQueries } from './search-queries.ts';
import { formatQualityReport } from '../src/lib/search-quality.ts';

const distDir = resolve('dist');
if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) {
	console.error('dist/pagefind/pagefind.js not found: run `npm run build` first (search-report does not build).');
	process.exit(1);
}
const server = await serveWithNginx(distDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
try {
	const page = await browser.newPage();
	await page.goto(`${server.url}/`);
	console.log(formatQualityReport(await runQueries(page, loadQueries())));
} finally {
	await browser.close();
	await server.close();
}
