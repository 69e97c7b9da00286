/**
 * The site served with its own dist/_headers, as a host that honours the file
 * would: no page triggers a Content-Security-Policy violation, and search
 * (Pagefind's WebAssembly) still works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/csp.ts';
import { connectBrowser, listBuiltPages } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const distDir = inject('distDir');
const headers = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'))['/*'];
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(distDir, headers);
});
afterAll(() => server?.close());

async function visit(path: string, act?: (page: import('playwright-core').Page) => Promise<void>) {
	const browser = await connectBrowser();
	const context = await browser.newContext();
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`Content-Security-Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
		});
	});
	try {
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		await act?.(page);
		return violations;
	} finally {
		await context.close();
	}
}

describe('Content-Security-Policy', () => {
	it('is strict: scripts only from the site or by hash, never unsafe-inline', () => {
		const csp = headers['Content-Security-Policy'];
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
		expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
	});

	it.concurrent.each(listBuiltPages(distDir))('%s runs without violations', async (path) => {
		expect(await visit(path)).toEqual([]);
	});

	it('keeps search working', async () => {
		let found: string[] = [];
		const violations = await visit('/', async (page) => {
			await page.getByRole('button', { name: /^Search/ }).click();
			await page.getByRole('textbox', { name: 'Search' }).fill('review');
			const results = page.locator('.pagefind-ui__result-link');
			await results.first().waitFor({ timeout: 10_000 });
			found = await results.allTextContents();
		});
		expect(found.length).toBeGreaterThan(0);
		expect(violations).toEqual([]);
	});
});
