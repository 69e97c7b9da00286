/**
 * Finds a Chromium for the browser tests. Order: CHROME_PATH, then a
 * chromium or Chrome on the PATH; as root on Debian with none found, installs
 * Debian's `chromium` package; otherwise fails saying what to install.
 * (`npx playwright install` downloads browsers, which these machines cannot.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function findOnPath(): string | undefined {
	for (const name of candidates) {
		const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
		const path = result.stdout.trim();
		if (result.status === 0 && path) return path;
	}
	return undefined;
}

export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome binary.`);
		return fromEnv;
	}
	const found = findOnPath();
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (isRoot && isDebian) {
		console.log("No Chromium found: installing Debian's chromium package (one time)...");
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		const installed = findOnPath();
		if (installed) return installed;
	}
	throw new Error(
		'The browser tests need Chromium or Chrome. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
			'macOS: install Google Chrome) or set CHROME_PATH to its binary, then run npm test again.',
	);
}

/** Flags that keep Chromium from calling home: the machines here have no network but the registries. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage',
];
