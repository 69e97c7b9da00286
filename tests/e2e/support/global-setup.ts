/**
 * Serves dist/ with real nginx and the deployed server block (deploy/nginx.conf)
 * and starts one Chromium for all browser tests; test files connect to it with
 * `openPage()` from ./browser.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.ts';
import { serveWithNginx } from '../../../scripts/serve-nginx.ts';

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
	// Served as deployed: the pages carry their Content-Security-Policy, nginx
	// the headers. Every browser test then also proves its page works under the
	// policy, since Chromium logs each refusal as a console error.
	const server = await serveWithNginx(distDir);
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
