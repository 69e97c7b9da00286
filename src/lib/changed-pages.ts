/**
 * The checks workflow's fast lane: from the files a pull request changes,
 * decide whether it touches only content (src/content/) and which built pages
 * to sweep for accessibility. Code, configuration or tests changed means the
 * full suite only; a data file or change note can show on any page, so it
 * means every page is swept.
 */
import { formatPageHref } from './page-href.ts';

export interface ContentLane {
	/** Every changed file is under src/content/: the fast lane applies. */
	contentOnly: boolean;
	/** Built pages to check (URL paths), or null for every page. */
	pages: string[] | null;
}

const docs = /^src\/content\/docs\/(.+)\.mdx?$/;

export function planContentLane(files: readonly string[]): ContentLane {
	const changed = files.map((f) => f.trim()).filter(Boolean);
	const contentOnly = changed.length > 0 && changed.every((f) => f.startsWith('src/content/'));
	if (!contentOnly) return { contentOnly, pages: null };
	if (changed.some((f) => !docs.test(f))) return { contentOnly, pages: null };
	const pages = changed.map((f) => formatPageHref('/', f.match(docs)![1].replace(/(^|\/)index$/, '')));
	return { contentOnly, pages: [...new Set(pages)].sort() };
}
