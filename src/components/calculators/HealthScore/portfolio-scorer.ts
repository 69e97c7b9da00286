/**
 * The page's side of the portfolio worker (portfolio-worker.ts). Requests and
 * replies carry ids: one `onmessage` for the worker's lifetime hands each
 * reply to the request it answers, so a file chosen while another is still
 * being scored can never receive the other's result.
 */
import type { HealthConfig } from '#src/schemas/calculators.ts';
import type { ScoredRow } from '#src/lib/portfolio.ts';
import type { PortfolioRequest, PortfolioResponse, ScoreOutcome } from './portfolio-worker.ts';

/**
 * The portfolio scorer: a Web Worker so a 100,000-row file never freezes the
 * page, holding the scored rows for the export; where workers are unavailable
 * the same functions run in place.
 */
export interface PortfolioScorer {
	/** Scores a file's text; `id` names this scoring for its export; `onProgress` hears how many accounts are scored so far, after each slice. */
	score: (text: string, config: HealthConfig, onProgress?: (scored: number) => void) => Promise<{ id: number; outcome: ScoreOutcome }>;
	/** The export of scoring `scoreId`, or null when a later file replaced its rows. */
	exportCsv: (scoreId: number) => Promise<string | null>;
	dispose: () => void;
}

export function createPortfolioScorer(): PortfolioScorer {
	let nextId = 1;
	if (typeof Worker === 'undefined') {
		let scored = { id: -1, rows: [] as ScoredRow[] };
		const lib = () => import('#src/lib/portfolio.ts');
		return {
			score: async (text, config, onProgress) => {
				const id = nextId++;
				const m = await lib();
				const outcome = m.scorePortfolioText(text, config, (p) => onProgress?.(p.scored));
				scored = { id, rows: outcome.ok ? outcome.rows : [] };
				return { id, outcome: outcome.ok ? m.summarizePortfolio(outcome) : outcome };
			},
			exportCsv: async (scoreId) => (scored.id === scoreId ? (await lib()).formatPortfolioCsv(scored.rows) : null),
			dispose: () => undefined,
		};
	}
	const worker = new Worker(new URL('./portfolio-worker.ts', import.meta.url), { type: 'module' });
	// Each reply goes to the request with its id, never to whichever was asked last.
	type Answer = Exclude<PortfolioResponse, { type: 'progress' }>;
	const pending = new Map<number, { resolve: (response: Answer) => void; onProgress?: (scored: number) => void }>();
	worker.onmessage = (event: MessageEvent<PortfolioResponse>) => {
		const { data } = event;
		const waiting = pending.get(data.id);
		if (data.type === 'progress') {
			waiting?.onProgress?.(data.scored);
			return;
		}
		waiting?.resolve(data);
		pending.delete(data.id);
	};
	worker.onerror = (event) => {
		const error = `The file could not be scored: ${event.message || 'the scoring worker failed'}`;
		for (const [id, { resolve }] of pending) resolve({ id, type: 'score', outcome: { ok: false, error } });
		pending.clear();
	};
	const ask = (request: PortfolioRequest, onProgress?: (scored: number) => void) =>
		new Promise<Answer>((resolve) => {
			pending.set(request.id, { resolve, onProgress });
			worker.postMessage(request);
		});
	return {
		score: async (text, config, onProgress) => {
			const id = nextId++;
			const response = await ask({ id, type: 'score', text, config }, onProgress);
			return { id, outcome: response.type === 'score' ? response.outcome : { ok: false, error: 'The file could not be scored.' } };
		},
		exportCsv: async (scoreId) => {
			const response = await ask({ id: nextId++, type: 'export', scoreId });
			return response.type === 'export' ? response.csv : null;
		},
		dispose: () => worker.terminate(),
	};
}
