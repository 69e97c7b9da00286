/**
 * A minimal static server for dist/, behaving like the static hosts the site
 * is deployed to: directory URLs serve index.html, unknown paths the 404 page.
 * Optional headers let tests serve the site as a host would (e.g. a CSP).
 * Text is sent gzip-compressed when the browser accepts it, as static hosts
 * do, so Lighthouse measures the transfer a reader would see.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
	// Compressed once per file: dist/ does not change while it is served.
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
			res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', ...headers });
			res.end(gzipped.get(file));
			return;
		}
		res.writeHead(status, { 'content-type': type, ...headers });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server did not get a port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
