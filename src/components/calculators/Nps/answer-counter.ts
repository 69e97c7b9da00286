/**
 * The page's side of the counting worker (nps-worker.ts). Requests and
 * replies carry ids: one `onmessage` for the worker's lifetime hands each
 * reply to the request it answers, so a file or column chosen while another
 * is still being counted can never receive the other's counts.
 */
import type { NpsImportOutcome } from '#src/lib/nps-import.ts';
import type { NpsImportRequest, NpsImportResponse } from './nps-worker.ts';

/**
 * The answer counter: a Web Worker so a million answers never freeze the
 * page; where workers are unavailable the same function runs in place. It is
 * created when the first file is chosen, so the worker (and the CSV parser
 * inside it) loads only then.
 */
export interface AnswerCounter {
	/** Counts column `column` of a file's text (null: guess it); `onProgress` hears the rows read so far, after each slice. */
	count: (text: string, column: number | null, onProgress?: (read: number) => void) => Promise<NpsImportOutcome>;
	dispose: () => void;
}

export function createAnswerCounter(): AnswerCounter {
	if (typeof Worker === 'undefined') {
		return {
			count: async (text, column, onProgress) => (await import('#src/lib/nps-import.ts')).countScoreColumnText(text, column, (p) => onProgress?.(p.read)),
			dispose: () => undefined,
		};
	}
	let nextId = 1;
	const worker = new Worker(new URL('./nps-worker.ts', import.meta.url), { type: 'module' });
	// Each reply goes to the request with its id, never to whichever was asked last.
	const pending = new Map<number, { resolve: (outcome: NpsImportOutcome) => void; onProgress?: (read: number) => void }>();
	worker.onmessage = (event: MessageEvent<NpsImportResponse>) => {
		const { data } = event;
		const waiting = pending.get(data.id);
		if (data.type === 'progress') {
			waiting?.onProgress?.(data.read);
			return;
		}
		waiting?.resolve(data.outcome);
		pending.delete(data.id);
	};
	worker.onerror = (event) => {
		const error = `the file could not be read: ${event.message || 'the counting worker failed'}`;
		for (const { resolve } of pending.values()) resolve({ ok: false, error });
		pending.clear();
	};
	return {
		count: (text, column, onProgress) =>
			new Promise<NpsImportOutcome>((resolve) => {
				const request: NpsImportRequest = { id: nextId++, text, column };
				pending.set(request.id, { resolve, onProgress });
				worker.postMessage(request);
			}),
		dispose: () => worker.terminate(),
	};
}
