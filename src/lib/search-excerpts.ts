/**
 * Keeps words in separate table cells apart in search excerpts. Pagefind joins
 * the text of elements it does not treat as blocks (table header cells,
 * captions, definition terms) with nothing between them, so a header row read
 * "ChannelPriorityFirst response within". A space after each such closing tag
 * separates them; whitespace between these elements is never rendered.
 */
const GLUED_BLOCKS = /<\/(th|caption|dt|dd|figcaption|summary|legend)>(?=<)/g;

/** The HTML with a space after each closing tag Pagefind would glue to the next text. */
export function separateGluedText(html: string): string {
	return html.replace(GLUED_BLOCKS, '$& ');
}
