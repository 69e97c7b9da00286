/**
 * Serves dist/ (with its _headers) and starts one Chromium for all browser tests; test files
 * connect to it with `openPage()` from ./browser.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from './chromium.ts';
import { parseHeadersFile } from '../../../src/lib/csp.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		wsEndpoint: string;
		distDir: string;
	}
}

export default async function setup(project: TestProject) {
	const distDir = resolve('dist');
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error('dist/ has no built site: run `npm run build` before the browser tests (npm test does both).');
	}
	// Serve with the build's own _headers (Content-Security-Policy and friends),
	// as a host that honours the file would: every browser test then also proves
	// the page works under the CSP, since Chromium logs each refusal as a console error.
	const headersFile = join(distDir, '_headers');
	const headers = existsSync(headersFile) ? (parseHeadersFile(readFileSync(headersFile, 'utf8'))['/*'] ?? {}) : {};
	const server = await serveStatic(distDir, headers);
	let browser: BrowserServer;
	try {
		browser = await chromium.launchServer({ executablePath: findChromium(), args: chromiumArgs, headless: true });
	} catch (error) {
		await server.close();
		throw error;
	}
	project.provide('baseUrl', server.url);
	project.provide('wsEndpoint', browser.wsEndpoint());
	project.provide('distDir', distDir);
	return async () => {
		await browser.close();
		await server.close();
	};
}
