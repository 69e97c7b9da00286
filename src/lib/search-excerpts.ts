/**
 * Keeps words in separate table cells apart in search excerpts. Pagefind joins
 * the text of elements it does not treat as blocks (table header cells,
 * captions, definition terms) with nothing between them, so a header row read
 * "ChannelPriorityFirst response within". A space after each such closing tag
 * separates them; whitespace between these elements is never rendered.
 * Islands are left exactly as rendered: React checks their HTML when it
 * hydrates, and an extra text node there is a hydration error.
 */
const GLUED_BLOCKS = /<\/(th|caption|dt|dd|figcaption|summary|legend)>(?=<)/g;
const ISLAND_TAGS = /<astro-island\b|<\/astro-island>/g;

/** The HTML with a space after each closing tag Pagefind would glue to the next text, outside islands. */
export function separateGluedText(html: string): string {
	// Where islands start and end, outermost only.
	const islands: [number, number][] = [];
	let depth = 0;
	let start = 0;
	for (const tag of html.matchAll(ISLAND_TAGS)) {
		if (tag[0].startsWith('</')) {
			depth = Math.max(0, depth - 1);
			if (depth === 0) islands.push([start, tag.index + tag[0].length]);
		} else if (depth++ === 0) start = tag.index;
	}
	if (depth > 0) islands.push([start, html.length]);
	const inIsland = (at: number) => islands.some(([from, to]) => at >= from && at < to);
	return html.replace(GLUED_BLOCKS, (tag, _name, at: number) => (inIsland(at) ? tag : `${tag} `));
}
