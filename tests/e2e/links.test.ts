/**
 * Every internal link and #anchor in the built site resolves. Reads dist/
 * directly (no browser), so it checks every page in well under a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { listBuiltPages } from './support/browser.ts';
import { it } from './support/fixtures.ts';

const distDir = inject('distDir');
const pages = listBuiltPages(distDir);

function readPage(path: string): string {
	return readFileSync(join(distDir, path, 'index.html'), 'utf8');
}

function collectIds(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** Links inside the document, ignoring <script> and <template> bodies. */
function collectLinks(html: string): string[] {
	const body = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');
	return [...body.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
}

function resolveTarget(href: string, fromPath: string): { path: string; hash: string } | undefined {
	if (/^(mailto:|tel:|javascript:|data:)/.test(href)) return undefined;
	const url = new URL(href, `http://site.invalid${fromPath}`);
	if (url.host !== 'site.invalid') return undefined; // other hosts: not ours to check offline
	return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

function existsInDist(path: string): boolean {
	const file = join(distDir, path);
	return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

describe('links', () => {
	const idsByPage = new Map(pages.map((p) => [p, collectIds(readPage(p))]));

	it('finds pages to check', () => {
		expect(pages.length).toBeGreaterThan(5);
	});

	it('resolves every internal link and anchor on every page', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const href of collectLinks(readPage(page))) {
				const target = resolveTarget(href, page);
				if (!target) continue;
				if (!existsInDist(target.path)) {
					broken.push(`${page} → ${href} (no such page)`);
					continue;
				}
				if (target.hash && target.path.endsWith('/') && !idsByPage.get(target.path)?.has(target.hash)) {
					broken.push(`${page} → ${href} (no element with id "${target.hash}")`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
