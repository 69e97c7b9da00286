/**
 * Computes once per build what every page asks for the same way. A build
 * renders all pages from content that cannot change under it, so a loader
 * that every page calls (the published change notes, the accepted proposals
 * by page) need not redo its work per page: at 1,000 pages that work was
 * O(pages) per page, O(pages²) per build (`npm run bench`'s profile).
 *
 * The dev server re-renders after an edit in the same process, so there the
 * loader runs on every call and never serves content from before the edit.
 */
export function memoizePerBuild<T>(compute: () => T, { dev }: { dev: boolean }): () => T {
	let cached: { value: T } | undefined;
	return () => {
		if (dev) return compute();
		cached ??= { value: compute() };
		return cached.value;
	};
}
