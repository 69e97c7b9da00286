/**
 * "Did you mean …?" for misspelt names: frontmatter keys, page addresses,
 * heading anchors. Small enough not to need a package.
 */

/**
 * Edits needed to turn `a` into `b`: insertions, deletions, substitutions and
 * swaps of two neighbouring letters, each counting one (the "optimal string
 * alignment" distance; Damerau 1964, Wagner & Fischer 1974). Swaps count once
 * because `stauts` for `status` is one slip of the fingers, not two.
 */
export function measureEditDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/**
 * The candidate closest to `name` (ignoring case), or undefined when none is
 * close enough to be a plausible slip: at most 40% of the longer name's
 * letters may differ (at least two), so `industry` finds `industries` but
 * `colour` does not find `owner`. Ties go to the earlier candidate.
 */
export function findNearestName(name: string, candidates: Iterable<string>): string | undefined {
	const wanted = name.toLowerCase();
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const limit = Math.max(2, Math.ceil(Math.max(wanted.length, candidate.length) * 0.4));
		const distance = measureEditDistance(wanted, candidate.toLowerCase());
		if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
	}
	return best?.candidate;
}
