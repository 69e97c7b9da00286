/// <reference lib="webworker" />
/**
 * Counts an imported survey's answers off the main thread, so a million
 * answers never freeze the page: a progress message after each slice of rows
 * (NPS_SLICE_ROWS), then the counts. It keeps nothing between requests (the
 * page sends the text again to count another column). Every request carries
 * an id and every reply names the request it answers, so a reply can never
 * be taken for another file's or another column's.
 */
import { countScoreColumnText, type NpsImportOutcome } from '#src/lib/nps-import.ts';

/** Count column `column` of `text` (null: guess the answer column). */
export type NpsImportRequest = { id: number; text: string; column: number | null };

export type NpsImportResponse =
	/** Sent after each slice, before the answer: rows read so far. */
	{ id: number; type: 'progress'; read: number } | { id: number; type: 'count'; outcome: NpsImportOutcome };

const reply = (response: NpsImportResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<NpsImportRequest>) => {
	const { id, text, column } = event.data;
	try {
		const outcome = countScoreColumnText(text, column, ({ read }) => reply({ id, type: 'progress', read }));
		reply({ id, type: 'count', outcome });
	} catch (error) {
		reply({ id, type: 'count', outcome: { ok: false, error: `the file could not be read: ${(error as Error).message}` } });
	}
};
