/**
 * How the build hashes inline scripts for the Content-Security-Policy. The
 * policy itself is put into every built page by the one pass over them
 * (src/integrations/finish-pages.ts, with src/lib/csp.ts); the CSP browser
 * test hashes the scripts it finds the same way.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source for one inline script body, as the browser computes it. */
export function hashScript(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}
