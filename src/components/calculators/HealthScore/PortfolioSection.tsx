/**
 * "Score a whole portfolio from a CSV file": the file input, its progress and
 * problems, and the results once a file is scored. Rendered when the section
 * is first opened; it then starts the scoring worker and loads the file
 * reader, so the reader's file is scored without waiting for either. The results (table, export, chart) are
 * their own chunk, loaded with the first results, so opening the section
 * costs no chart code.
 *
 * The shown results and the file error belong to the island (it opens the
 * section for them and announces the error); a failed import says why and
 * leaves the results of the last good one in place.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { formatCount } from '#src/lib/format.ts';
import type { PortfolioSummary } from '#src/lib/portfolio.ts';
import type { HealthConfig } from '#src/schemas/calculators.ts';
import { FileProblems } from '../shared/FileProblems.tsx';
import { createPortfolioScorer, type PortfolioScorer } from './portfolio-scorer.ts';

const PortfolioResults = lazy(() => import('./PortfolioResults.tsx'));
// Reading and saving files: loaded when the section opens, ahead of the reader's file.
const loadFileInput = () => import('../shared/file-input.ts');

/** The shown results, tied to the file and the scoring request that produced them. */
export type ScoredPortfolio = PortfolioSummary & { name: string; scoreId: number; encodingNotice?: string };

export interface PortfolioSectionProps {
	/** The signal settings to score with; null while they have errors. */
	config: HealthConfig | null;
	/** Ids of the signals, the CSV column headers the help names. */
	signalIds: readonly string[];
	portfolio: ScoredPortfolio | null;
	onPortfolio: (portfolio: ScoredPortfolio) => void;
	fileError: string;
	onFileError: (message: string) => void;
}

export function PortfolioSection({ config, signalIds, portfolio, onPortfolio, fileError, onFileError }: PortfolioSectionProps) {
	const scorer = useRef<PortfolioScorer | null>(null);
	useEffect(() => {
		scorer.current ??= createPortfolioScorer();
		void loadFileInput();
		return () => {
			scorer.current?.dispose();
			scorer.current = null;
		};
	}, []);
	// The latest file chosen: work for an earlier one is dropped when it finishes.
	const latestFile = useRef(0);
	const [busy, setBusy] = useState(false);
	const [scoredSoFar, setScoredSoFar] = useState(0);

	const scorePortfolio = async (file: File | undefined) => {
		const request = ++latestFile.current;
		const isCurrent = () => request === latestFile.current;
		onFileError('');
		if (!file) return;
		if (!config) {
			onFileError('Fix the signal settings first: the portfolio is scored with them.');
			return;
		}
		setBusy(true);
		setScoredSoFar(0);
		try {
			const read = await (await loadFileInput()).readFileText(file);
			if (!isCurrent()) return;
			if (!read.ok) {
				onFileError(`${file.name}: ${read.error}`);
				return;
			}
			scorer.current ??= createPortfolioScorer();
			const { id, outcome } = await scorer.current.score(read.text, config, (scored) => {
				if (isCurrent()) setScoredSoFar(scored);
			});
			if (!isCurrent()) return;
			if (!outcome.ok) {
				onFileError(`${file.name}: ${outcome.error}`);
				return;
			}
			onPortfolio({ name: file.name, scoreId: id, encodingNotice: read.encodingNotice, ...outcome });
		} finally {
			if (isCurrent()) setBusy(false);
		}
	};

	const exportPortfolio = async () => {
		if (!portfolio || !scorer.current) return;
		const csv = await scorer.current.exportCsv(portfolio.scoreId);
		if (csv === null) onFileError('The scores of this file are no longer held: import it again to export them.');
		else (await loadFileInput()).downloadText(csv, `health-scores-${portfolio.name.replace(/\.[^.]+$/, '')}.csv`);
	};

	return (
		<>
			<p className="calc-help">
				One row per account: a column named <code>account</code> (or <code>name</code>), a column per signal headed with its id or name ({signalIds.join(', ')}
				), and optionally <code>previous</code>. Empty cells are missing data. The file is read on this page and never uploaded.
			</p>
			<div className="calc-field">
				<label htmlFor="health-file">Portfolio CSV file</label>
				<input
					id="health-file"
					type="file"
					accept=".csv,text/csv,text/plain"
					disabled={busy}
					aria-invalid={fileError ? true : undefined}
					aria-describedby={fileError ? 'health-file-error' : portfolio?.problems.length ? 'health-file-problems' : undefined}
					onChange={(e) => void scorePortfolio(e.target.files?.[0])}
				/>
				{busy ? (
					<p className="calc-help" role="status">
						{scoredSoFar ? `Scoring: ${formatCount(scoredSoFar)} accounts so far…` : 'Reading the file…'}
					</p>
				) : null}
				{fileError ? (
					<p id="health-file-error" className="calc-error">
						{fileError}
						{portfolio ? ` The results below are still those of ${portfolio.name}.` : ''}
					</p>
				) : null}
				{portfolio?.encodingNotice ? <p className="calc-notice">{portfolio.encodingNotice}</p> : null}
				{portfolio ? (
					<FileProblems
						id="health-file-problems"
						messages={portfolio.problems.length ? ['Some lines were skipped or partly read (the rest are scored):', ...portfolio.problems] : []}
					/>
				) : null}
			</div>
			{portfolio ? (
				<Suspense fallback={null}>
					<PortfolioResults portfolio={portfolio} onExport={() => void exportPortfolio()} />
				</Suspense>
			) : null}
		</>
	);
}
