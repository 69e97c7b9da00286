/**
 * `npm run pdf`: saves the print edition (/print/) of the built site as a PDF,
 * with the same Chromium the browser tests use. It builds nothing: run
 * `npm run build` first. Writes dist/playbook.pdf, or the path given
 * (`npm run pdf -- plan.pdf`).
 *
 * A site built for a sub-path (BASE_PATH=/playbook/) is served under that
 * path, so its links and styles resolve exactly as they will when published.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';
import { serveWithNginx } from './serve-nginx.ts';

export async function writePdf({ distDir = resolve('dist'), output = join(distDir, 'playbook.pdf'), basePath = process.env.BASE_PATH ?? '/' } = {}) {
	if (!existsSync(join(distDir, 'print', 'index.html'))) {
		throw new Error(`${distDir}/print/index.html not found: run \`npm run build\` first (npm run pdf does not build).`);
	}
	const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	let root = distDir;
	let temp: string | undefined;
	if (base !== '/') {
		temp = mkdtempSync(join(tmpdir(), 'playbook-pdf-'));
		const mount = join(temp, base);
		mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
		symlinkSync(distDir, mount.replace(/\/$/, ''), 'dir');
		// Requests outside the sub-path get the site's 404 page, as on the host.
		if (existsSync(join(distDir, '404.html'))) symlinkSync(join(distDir, '404.html'), join(temp, '404.html'));
		root = temp;
	}
	const server = await serveWithNginx(root);
	const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
	try {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}${base}print/`, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`the print page answered ${response?.status()}: is dist/ a complete build?`);
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		mkdirSync(dirname(resolve(output)), { recursive: true });
		await page.pdf({
			path: output,
			format: 'A4',
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate:
				'<div style="width:100%;font-size:8px;color:#555;text-align:center"><span class="title"></span> · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
			margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
		});
	} finally {
		await browser.close();
		await server.close();
		if (temp) rmSync(temp, { recursive: true, force: true });
	}
	return { output, bytes: statSync(output).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const output = process.argv[2];
	writePdf(output ? { output: resolve(output) } : {})
		.then(({ output: path, bytes }) => console.log(`Wrote ${path} (${Math.round(bytes / 1024)} KB).`))
		.catch((error: Error) => {
			console.error(`Could not write the PDF: ${error.message}`);
			process.exit(1);
		});
}
