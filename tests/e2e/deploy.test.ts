/**
 * What deploy/nginx.conf does for readers, checked against the nginx the
 * browser tests run (support/global-setup.ts serves dist/ with that file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { baseUrl } from './support/browser.ts';
import { it } from './support/fixtures.ts';

const distDir = inject('distDir');
const get = (path: string, init?: RequestInit) => fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init });

describe('the nginx server block', () => {
	it('sends pages compressed', async () => {
		const response = await get('/plan/', { headers: { 'accept-encoding': 'gzip' } });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
	});

	it('lets browsers keep content-hashed assets for a year, and revalidate pages', async () => {
		const asset = /\/_astro\/[^"]+\.css/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[0];
		expect(asset, 'a hashed stylesheet on the home page').toBeDefined();
		const cached = await get(asset!);
		expect(cached.status).toBe(200);
		expect(cached.headers.get('cache-control')).toBe('max-age=31536000');
		expect(cached.headers.get('x-frame-options'), 'asset responses keep the security headers').toBe('DENY');
		expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
	});

	it('adds the trailing slash with a relative redirect, as every link on the site ends in one', async () => {
		const response = await get('/plan');
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/plan/');
	});

	it("answers an unknown address with the site's own 404 page and status", async () => {
		const response = await get('/plan/no-such-section/');
		expect(response.status).toBe(404);
		expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('does not serve the build’s _headers file to readers', async () => {
		expect((await get('/_headers')).status).toBe(404);
	});
});
