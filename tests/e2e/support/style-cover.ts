/**
 * A small set of built pages that between them use every element, class and
 * inline style the site renders. Colour contrast is decided by styles, so the
 * colour rules of axe need to run only on these pages to see every pairing
 * of text and background the site can show; the other rules still run on
 * every page. (Greedy set cover: not the smallest set, but small, and it
 * grows by itself when a page brings a new component.)
 *
 * Styles that depend on nesting alone (an element styled only inside some
 * ancestor) are covered when that ancestor carries a class, as Starlight's
 * and our components do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** "tag", "tag.class" and "tag[style=…]" for every start tag in the HTML. */
export function listStyleTokens(html: string): Set<string> {
	const tokens = new Set<string>();
	for (const [, tag, attributes] of html.matchAll(/<([a-z][\w-]*)([^>]*)>/g)) {
		tokens.add(tag);
		const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1].split(/\s+/).filter(Boolean) ?? [];
		for (const c of classes) tokens.add(`${tag}.${c}`);
		const style = /\sstyle="([^"]*)"/.exec(attributes)?.[1];
		if (style) tokens.add(`${tag}[style=${style}]`);
	}
	return tokens;
}

/** Pages (URL paths) that together hold every style token of all of them. */
export function selectStyleCover(distDir: string, pages: readonly string[]): string[] {
	const tokens = new Map(pages.map((p) => [p, listStyleTokens(readFileSync(join(distDir, p, 'index.html'), 'utf8'))]));
	const uncovered = new Set([...tokens.values()].flatMap((t) => [...t]));
	const chosen: string[] = [];
	while (uncovered.size > 0) {
		let best = '';
		let gain = 0;
		for (const [page, pageTokens] of tokens) {
			let g = 0;
			for (const t of pageTokens) if (uncovered.has(t)) g++;
			if (g > gain) [best, gain] = [page, g];
		}
		chosen.push(best);
		for (const t of tokens.get(best)!) uncovered.delete(t);
	}
	return chosen.sort();
}
