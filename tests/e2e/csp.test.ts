/**
 * The security policy as deployed: every page carries its Content-Security-Policy
 * in a meta tag (so it holds on hosts that send no headers, such as GitHub
 * Pages), and nginx with deploy/nginx.conf sends the headers of dist/_headers.
 * Every browser test also runs under the policy and fails on a console error,
 * so a page whose scripts break the policy fails there.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { extractInlineScripts, hashScript, parseHeadersFile, readPolicyMeta } from '#src/lib/csp.ts';
import { listHtmlFiles } from '#src/integrations/list-html-files.ts';
import { plainServerBlock, serveWithNginx } from '../../scripts/serve-nginx.ts';
import { baseUrl } from './support/browser.ts';
import { test } from './support/fixtures.ts';

const distDir = inject('distDir');
const hostHeaders = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'))['/*'];

/** Every built HTML file as the address nginx serves it at (the 404 page at an unknown address). */
const pages = listHtmlFiles(distDir).map((file) => {
	const path = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
	return { file, path: path === '/404.html' ? '/no-such-page/' : path, status: path === '/404.html' ? 404 : 200 };
});

const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.startsWith(`${name} `)) ?? '';

/** The browser fixtures, plus `plainServer`: dist/ served by nginx without the shipped server block, so without any headers. */
const it = test.extend('plainServer', async ({}, { onCleanup }) => {
	const server = await serveWithNginx(distDir, { serverBlock: plainServerBlock });
	onCleanup(() => server.close());
	return server;
});

describe('Content-Security-Policy on every page, through nginx with the shipped config', () => {
	it('covers every built page', () => {
		expect(pages.length).toBeGreaterThan(50);
		expect(pages.map((p) => p.path)).toContain('/no-such-page/');
	});

	it('sends the headers of _headers, including what a meta tag cannot say', () => {
		expect(hostHeaders).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' });
	});

	it.for(pages)(
		'$path: policy in its meta tag before any script, allowing exactly its own inline scripts; host headers sent',
		async ({ file, path, status }) => {
			const response = await fetch(`${baseUrl()}${path}`);
			expect(response.status).toBe(status);
			for (const [name, value] of Object.entries(hostHeaders)) expect(response.headers.get(name), name).toBe(value);
			const html = await response.text();
			expect(html, 'nginx serves the built file as it is').toBe(readFileSync(file, 'utf8'));
			const policy = readPolicyMeta(html);
			expect(policy, 'Content-Security-Policy meta tag').toBeDefined();
			expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script\b/i) === -1 ? Infinity : html.search(/<script\b/i));
			const scriptSrc = directive(policy!, 'script-src');
			expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(directive(policy!, 'object-src')).toBe("object-src 'none'");
			for (const body of extractInlineScripts(html)) expect(scriptSrc, `inline script ${body.slice(0, 40)}…`).toContain(`'${hashScript(body)}'`);
		},
	);
});

describe('the policy in the browser', () => {
	it('is enforced in the browser tests: an injected inline script does not run, and the page says why', async ({ openPage }) => {
		const tracked = await openPage('/reference/', { allowCspViolations: true });
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
	});

	describe('on a host that sends no headers (a plain file server, like GitHub Pages)', () => {
		it('the page itself still blocks injected scripts and inline handlers, while its own scripts run', async ({ plainServer: plain, page }) => {
			const response = await fetch(`${plain.url}/tools/`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-security-policy'), 'the plain server sends no policy header').toBeNull();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			// Starlight's inline theme script applies the stored theme: it runs only if the meta tag allows its hash.
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
			await page.goto(`${plain.url}/tools/`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
			expect(errors, 'the page breaks its own policy').toEqual([]);
			const outcome = await page.evaluate(() => {
				const state = window as unknown as { __script?: boolean; __handler?: boolean };
				const script = document.createElement('script');
				script.textContent = 'window.__script = true';
				document.body.append(script);
				const button = document.createElement('button');
				button.setAttribute('onclick', 'window.__handler = true');
				document.body.append(button);
				button.click();
				return { script: state.__script === true, handler: state.__handler === true };
			});
			expect(outcome).toEqual({ script: false, handler: false });
			await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
		});
	});
});
