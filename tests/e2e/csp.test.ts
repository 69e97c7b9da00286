/**
 * The Content-Security-Policy in dist/_headers. The test server sends these
 * headers for every browser test (see support/global-setup.ts), and every page
 * test fails on a console error, so a page that breaks the policy fails there;
 * this file checks the policy itself and that the server really enforces it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/csp.ts';
import { openPage } from './support/browser.ts';

const headers = parseHeadersFile(readFileSync(join(inject('distDir'), '_headers'), 'utf8'))['/*'];

describe('Content-Security-Policy', () => {
	it('is strict: scripts only from the site or by hash, never unsafe-inline', () => {
		const csp = headers['Content-Security-Policy'];
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
		expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
	});

	it('is enforced in the browser tests: an injected inline script does not run, and the page says why', async () => {
		const tracked = await openPage('/reference/', { allowCspViolations: true });
		try {
			const ran = await tracked.page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
				return (window as unknown as { __injected?: boolean }).__injected === true;
			});
			expect(ran).toBe(false);
			await expect.poll(() => tracked.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
			// The violation event the other browser tests fail on (support/browser.ts) is heard too.
			await expect.poll(() => tracked.cspViolations.join('\n')).toMatch(/script-src(-elem)? blocked inline/);
		} finally {
			await tracked.close();
		}
	});
});
