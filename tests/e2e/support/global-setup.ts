/**
 * Serves dist/ with real nginx and the deployed server block (deploy/nginx.conf)
 * for all browser tests, and finds the Chromium they drive; each test worker
 * launches its own (see ./fixtures.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/chromium.ts';
import { serveWithNginx } from '../../../scripts/serve-nginx.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		chromiumPath: string;
		distDir: string;
	}
}

export default async function setup(project: TestProject) {
	const distDir = resolve('dist');
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error('dist/ has no built site: run `npm run build` before the browser tests (npm test does both).');
	}
	// Here, once: finding it may mean installing it, which two workers must not do at the same time.
	const chromiumPath = findChromium();
	// Served as deployed: the pages carry their Content-Security-Policy, nginx
	// the headers. Every browser test then also proves its page works under the
	// policy, since Chromium logs each refusal as a console error.
	const server = await serveWithNginx(distDir);
	project.provide('baseUrl', server.url);
	project.provide('chromiumPath', chromiumPath);
	project.provide('distDir', distDir);
	return () => server.close();
}
