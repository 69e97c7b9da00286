/**
 * Serves a built site (dist/) with real nginx and the shipped server block,
 * deploy/nginx.conf, so the browser tests, `npm run pdf` and Lighthouse see
 * exactly what a deployment serves: its headers, gzip, redirects and 404 page.
 *
 * nginx runs in the foreground as a child of this process, on a free local
 * port, with its own prefix, pid file and temp folders (nothing under
 * /etc/nginx or /var is touched), as root or not. Which nginx: NGINX_PATH,
 * else `nginx` on the PATH or in /usr/sbin; as root on Debian with none,
 * Debian's `nginx` package is installed; otherwise it fails saying what to install.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The server block that deployments use. */
export const deployedServerBlock = resolve(import.meta.dirname, '../deploy/nginx.conf');

/**
 * A plain static server with none of the deployment's headers: a host that
 * ignores _headers, as GitHub Pages does. Used to prove the pages' own meta
 * tag enforces the policy.
 */
export const plainServerBlock = `server {
	listen 8080;
	root /usr/share/nginx/html;
	index index.html;
	error_page 404 /404.html;
}
`;

const mimeTypeFiles = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'];

function findOnPath(): string | undefined {
	const result = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx /usr/local/sbin/nginx 2>/dev/null'], { encoding: 'utf8' });
	return result.stdout
		.split('\n')
		.find((line) => line.trim())
		?.trim();
}

export function findNginx(): string {
	const fromEnv = process.env.NGINX_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`NGINX_PATH is set to ${fromEnv}, but no file is there. Point it at an nginx binary.`);
		return fromEnv;
	}
	const found = findOnPath();
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
		console.log("No nginx found: installing Debian's nginx package (one time)...");
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		// The package would start a system nginx on port 80; policy-rc.d refusing service starts keeps the install to the binary.
		const policy = '/usr/sbin/policy-rc.d';
		const addedPolicy = !existsSync(policy);
		if (addedPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
		try {
			execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			});
		} finally {
			if (addedPolicy) rmSync(policy, { force: true });
		}
		const installed = findOnPath();
		if (installed) return installed;
	}
	throw new Error(
		'Serving the built site needs nginx (the tests use the same server configuration as deployments, deploy/nginx.conf). ' +
			'Install it (Debian/Ubuntu: `sudo apt-get install nginx`; macOS: `brew install nginx`) or set NGINX_PATH to its binary, then run the command again.',
	);
}

/** `serverBlock` listening on 127.0.0.1:`port` and serving `root`; fails if it has no single listen or root line to change. */
export function localizeServerBlock(serverBlock: string, { port, root }: { port: number; root: string }): string {
	const listen = /^(\s*)listen\s+[^;]+;$/gm;
	const rootLine = /^(\s*)root\s+[^;]+;$/gm;
	if ((serverBlock.match(listen) ?? []).length !== 1 || (serverBlock.match(rootLine) ?? []).length !== 1) {
		throw new Error('the nginx server block must have exactly one `listen` and one `root` line, so the tests can point them at a local port and dist/');
	}
	return serverBlock.replace(listen, `$1listen 127.0.0.1:${port};`).replace(rootLine, `$1root "${root}";`);
}

function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

function canConnect(port: number): Promise<boolean> {
	return new Promise((done) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			done(true);
		});
		socket.once('error', () => done(false));
	});
}

export interface NginxServer {
	/** http://127.0.0.1:<port>, no trailing slash. */
	url: string;
	close: () => Promise<void>;
}

export interface ServeOptions {
	/** Server block text; defaults to deploy/nginx.conf. */
	serverBlock?: string;
}

/** Starts nginx serving `root` (an absolute folder) and resolves once it accepts connections. */
export async function serveWithNginx(root: string, options: ServeOptions = {}): Promise<NginxServer> {
	const nginx = findNginx();
	const mimeTypes = mimeTypeFiles.find((file) => existsSync(file));
	if (!mimeTypes) throw new Error(`nginx's mime.types not found (looked in ${mimeTypeFiles.join(', ')}): is nginx fully installed?`);
	const serverBlock = options.serverBlock ?? readFileSync(deployedServerBlock, 'utf8');
	let lastError = '';
	// A port found free can be taken before nginx binds it; then try another.
	for (let attempt = 0; attempt < 3; attempt++) {
		const prefix = mkdtempSync(join(tmpdir(), 'playbook-nginx-'));
		const port = await freePort();
		// One process in the foreground (no daemon, no master/worker split), so
		// it runs the same as root or not, and stops with this process's signal.
		const config = `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
	include ${mimeTypes};
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	client_body_temp_path ${prefix}/client_body;
	proxy_temp_path ${prefix}/proxy;
	fastcgi_temp_path ${prefix}/fastcgi;
	uwsgi_temp_path ${prefix}/uwsgi;
	scgi_temp_path ${prefix}/scgi;
${localizeServerBlock(serverBlock, { port, root: resolve(root) })}
}
`;
		writeFileSync(join(prefix, 'nginx.conf'), config);
		const child = spawn(nginx, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
		const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
		let running = true;
		void exited.then(() => (running = false));
		while (running && !(await canConnect(port))) await new Promise((wait) => setTimeout(wait, 50));
		if (running) {
			return {
				url: `http://127.0.0.1:${port}`,
				close: async () => {
					if (running) {
						child.kill('SIGTERM');
						await exited;
					}
					cleanUp();
				},
			};
		}
		cleanUp();
		lastError = stderr.trim();
		if (!/Address already in use/.test(lastError)) break;
	}
	throw new Error(`nginx did not start: ${lastError || 'no message'}`);
}
