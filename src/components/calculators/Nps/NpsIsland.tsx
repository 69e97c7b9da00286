/**
 * NPS calculator island: counts or raw 0–10 answers (pasted or from a CSV
 * read in the browser), score with margin of error and interval, comparison
 * with an earlier survey, sample size for a chosen margin, distribution chart.
 * All arithmetic is in src/lib/metrics/nps.ts; a file's answers are counted
 * by src/lib/nps-import.ts in a Web Worker (nps-worker.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import { compareNps, computeNps, computeNpsSampleSize, computeScoreDistribution, countNpsAnswers, NPS_MIN_SAMPLE, parseScoreList } from '#src/lib/metrics/nps.ts';
import { npsParams, serializeParams } from '#src/lib/url-state.ts';
import type { NpsColumnCount, NpsImportOutcome } from '#src/lib/nps-import.ts';
import type { NpsImportRequest, NpsImportResponse } from './nps-worker.ts';

// The CSV reader (and papaparse) loads only when someone imports a file.
const loadCsv = () => import('#src/lib/csv.ts');
import { formatCount, formatFixed, formatPercentOfFraction, formatSignedFixed } from '#src/lib/format.ts';
import type { NpsPreset } from '#src/schemas/calculators.ts';
import { Announcer, CopyLink, ExampleNote, FileProblems, LazySection, NumberField, Result, readFileText, useFieldState, useUrlMirror } from '../shared/parts.tsx';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';

export interface NpsIslandProps {
	/** Starting values and heading (already validated by the .astro wrapper). */
	preset?: NpsPreset;
	/** Mirror state into the address bar (default true). */
	syncUrl?: boolean;
}

const ownedNames = new Set(npsParams.map((p) => p.name));
const owned = (name: string) => ownedNames.has(name);
const specByName = Object.fromEntries(npsParams.map((p) => [p.name, p]));

type Mode = 'counts' | 'scores';

/**
 * The answer counter: a Web Worker so a million answers never freeze the
 * page; where workers are unavailable the same function runs in place. It is
 * created when the first file is chosen, so papaparse loads only then.
 */
interface AnswerCounter {
	/** Counts column `column` of a file's text (null: guess it); `onProgress` hears the rows read so far, after each slice. */
	count: (text: string, column: number | null, onProgress?: (read: number) => void) => Promise<NpsImportOutcome>;
	dispose: () => void;
}

function createAnswerCounter(): AnswerCounter {
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

/** What the page shows of an imported file: its counts, and its text to count another column. */
type ImportedFile = NpsColumnCount & { name: string; text: string; encodingNotice: string };

function NpsCalculator({ preset, syncUrl = true }: NpsIslandProps) {
	const { text, set, notices, ready, touched, touch, values, errors, params, showingExample } = useFieldState(npsParams, preset?.values ?? {});
	const [mode, setMode] = useState<Mode>('counts');
	const [pasted, setPasted] = useState('');
	// The shown file's counts; a failed import or recount leaves them in place.
	const [imported, setImported] = useState<ImportedFile | null>(null);
	// The column asked for while it is being counted (the select shows it at once).
	const [askedColumn, setAskedColumn] = useState<number | null>(null);
	const [fileError, setFileError] = useState('');
	const counter = useRef<AnswerCounter | null>(null);
	useEffect(() => () => counter.current?.dispose(), []);

	// Raw answers, when the reader gives them instead of counts: a file's as its worker counted them, pasted ones here.
	const answers = useMemo(() => {
		if (mode !== 'scores') return null;
		if (imported) return { counts: imported.counts, distribution: imported.distribution, answers: imported.answers, problems: imported.problems };
		const r = parseScoreList(pasted);
		return {
			counts: countNpsAnswers(r.scores),
			distribution: computeScoreDistribution(r.scores),
			answers: r.scores.length,
			problems: r.errors.slice(0, 20).concat(r.errors.length > 20 ? [`and ${r.errors.length - 20} more entries`] : []),
		};
	}, [mode, imported, pasted]);

	const counts = useMemo(() => {
		if (answers) return answers.counts;
		if (errors.promoters || errors.passives || errors.detractors) return null;
		return { promoters: values.promoters, passives: values.passives, detractors: values.detractors };
	}, [answers, values, errors]);

	const result = counts ? computeNps(counts) : null;
	const hasPrev = ['prev_promoters', 'prev_passives', 'prev_detractors'].some((n) => text[n].trim() !== '');
	const prevErrors = ['prev_promoters', 'prev_passives', 'prev_detractors'].some((n) => errors[n]);
	const previous = hasPrev && !prevErrors ? { promoters: values.prev_promoters, passives: values.prev_passives, detractors: values.prev_detractors } : null;
	const comparison = counts && previous ? compareNps(previous, counts) : null;
	const sampleSize = errors.target ? null : computeNpsSampleSize(values.target, 0.95, result ? counts! : undefined);

	const query = useMemo(() => {
		const v: Record<string, number> = { ...values };
		if (counts) Object.assign(v, counts);
		for (const name of Object.keys(errors)) delete v[name];
		return serializeParams(v, npsParams);
	}, [values, errors, counts]);
	useUrlMirror(query, owned, syncUrl && touched, ready);

	const distribution = useMemo(() => {
		if (answers && answers.answers > 0) {
			const bins = answers.distribution;
			return {
				labels: bins.map((_, i) => String(i)),
				datasets: [{ label: 'Answers', data: bins, tone: bins.map((_, i) => (i >= 9 ? 'green' : i >= 7 ? 'gray' : 'red')) as ('green' | 'gray' | 'red')[] }],
				summary: `${formatCount(answers.answers)} answers: ${bins.map((n, i) => `${i}: ${n}`).join(', ')}.`,
				x: 'Answer (0–10)',
			};
		}
		if (!counts || !result) return null;
		return {
			labels: ['Detractors (0–6)', 'Passives (7–8)', 'Promoters (9–10)'],
			datasets: [{ label: 'Responses', data: [counts.detractors, counts.passives, counts.promoters], tone: ['red', 'gray', 'green'] as ('green' | 'gray' | 'red')[] }],
			summary: `${formatPercentOfFraction(result.detractorShare / 100)} detractors, ${formatPercentOfFraction(result.passiveShare / 100)} passives, ${formatPercentOfFraction(result.promoterShare / 100)} promoters.`,
			x: 'Group',
		};
	}, [answers, counts, result]);

	// The latest file or column asked for: work for an earlier one is dropped when it finishes. A failed import keeps the last good one.
	const latestRequest = useRef(0);
	const [reading, setReading] = useState(false);
	const [readSoFar, setReadSoFar] = useState(0);
	const countAnswers = async (text: string, column: number | null, isCurrent: () => boolean) => {
		setReadSoFar(0);
		counter.current ??= createAnswerCounter();
		return counter.current.count(text, column, (read) => {
			if (isCurrent()) setReadSoFar(read);
		});
	};
	const onFile = useCallback(async (file: File | undefined) => {
		const request = ++latestRequest.current;
		const isCurrent = () => request === latestRequest.current;
		setFileError('');
		if (!file) return;
		setReading(true);
		setAskedColumn(null);
		try {
			const read = await readFileText(file, await loadCsv());
			if (!isCurrent()) return;
			if (read.error) {
				setFileError(`${file.name}: ${read.error}`);
				return;
			}
			const outcome = await countAnswers(read.text!, null, isCurrent);
			if (!isCurrent()) return;
			if (!outcome.ok) {
				setFileError(`${file.name}: ${outcome.error}`);
				return;
			}
			setImported({ ...outcome, name: file.name, text: read.text!, encodingNotice: read.encodingNotice ?? '' });
			touch();
		} finally {
			if (isCurrent()) setReading(false);
		}
	}, [touch]);
	// Another column of the same file: counted again from its text, off the page like the first.
	const onColumn = async (column: number) => {
		if (!imported) return;
		const request = ++latestRequest.current;
		const isCurrent = () => request === latestRequest.current;
		setFileError('');
		setAskedColumn(column);
		setReading(true);
		try {
			const outcome = await countAnswers(imported.text, column, isCurrent);
			if (!isCurrent()) return;
			if (!outcome.ok) setFileError(`${imported.name}: ${outcome.error}`);
			else setImported({ ...imported, ...outcome });
			setAskedColumn(null);
		} finally {
			if (isCurrent()) setReading(false);
		}
	};

	const allErrors = Object.values(errors).concat(fileError ? [fileError] : []);
	const countFields = (['promoters', 'passives', 'detractors'] as const).map((name) => (
		<NumberField key={name} id={`nps-${name}`} label={specByName[name].label} value={text[name]} onChange={set(name)} error={errors[name]} notice={notices[name]} decimal={false} />
	));
	// No counts means an input is wrong ("—"); counts of zero mean nobody answered ("No score").
	const scoreText = result ? formatSignedFixed(result.score, 1) : counts ? 'No score' : '—';

	return (
		<section className="calc" aria-label={preset?.title ?? 'Net Promoter Score calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={showingExample} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
			<fieldset className="calc-mode">
				<legend>Enter answers as</legend>
				<label>
					<input type="radio" name="nps-mode" value="counts" checked={mode === 'counts'} onChange={() => { setMode('counts'); touch(); }} /> Counts by group
				</label>
				<label>
					<input type="radio" name="nps-mode" value="scores" checked={mode === 'scores'} onChange={() => { setMode('scores'); touch(); }} /> Individual 0–10 answers
				</label>
			</fieldset>

			{mode === 'counts' ? (
				<div className="calc-grid">{countFields}</div>
			) : (
				<div className="calc-scores">
					<div className="calc-field">
						<label htmlFor="nps-pasted">Paste answers (0–10, separated by commas, spaces or new lines)</label>
						<textarea id="nps-pasted" rows={4} value={pasted} onChange={(e) => { setPasted(e.target.value); setImported(null); touch(); }} aria-describedby={answers && !imported && answers.problems.length ? 'nps-pasted-problems' : undefined} />
						{!imported ? <FileProblems id="nps-pasted-problems" messages={answers?.problems ?? []} /> : null}
					</div>
					<div className="calc-field">
						<label htmlFor="nps-file">Or import a CSV file (read on this page; nothing is uploaded)</label>
						<input id="nps-file" type="file" accept=".csv,text/csv,text/plain" disabled={reading} aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? 'nps-file-error' : imported && answers?.problems.length ? 'nps-file-problems' : undefined} onChange={(e) => void onFile(e.target.files?.[0])} />
						{reading ? <p className="calc-help" role="status">{readSoFar ? `Counting: ${formatCount(readSoFar)} rows read so far…` : 'Reading the file…'}</p> : null}
						{fileError ? (
							<p id="nps-file-error" className="calc-error">
								{fileError}
								{imported ? ` The answers below are still those of ${imported.name}.` : ''}
							</p>
						) : null}
					</div>
					{imported ? (
						<div className="calc-field">
							<label htmlFor="nps-column">Column with the 0–10 answer</label>
							<select id="nps-column" value={askedColumn ?? imported.column} onChange={(e) => void onColumn(Number(e.target.value))}>
								{imported.header.map((h, i) => (
									<option key={i} value={i}>
										{h || `Column ${i + 1}`}
									</option>
								))}
							</select>
							<p className="calc-help">
								{imported.name}: {formatCount(imported.answers)} answers read from {formatCount(imported.rowCount)} rows.
							</p>
							{imported.encodingNotice ? <p className="calc-notice">{imported.encodingNotice}</p> : null}
							<FileProblems id="nps-file-problems" messages={answers?.problems.length ? ['Rows skipped (the rest are counted):', ...answers.problems] : []} />
						</div>
					) : null}
				</div>
			)}

			<div className="calc-results" role="group" aria-label="Results">
				<Result primary name="Net Promoter Score" value={scoreText} detail={result ? 'From −100 to +100: % promoters minus % detractors.' : counts ? 'No responses yet: there is no score until someone answers.' : 'Fix the highlighted field to see the score.'} />
				<Result name="Promoters" value={result ? formatPercentOfFraction(result.promoterShare / 100) : '—'} />
				<Result name="Passives" value={result ? formatPercentOfFraction(result.passiveShare / 100) : '—'} />
				<Result name="Detractors" value={result ? formatPercentOfFraction(result.detractorShare / 100) : '—'} />
				<Result name="Responses" value={counts ? formatCount(counts.promoters + counts.passives + counts.detractors) : '—'} />
				<Result name="Margin of error" value={result ? `±${formatFixed(result.marginOfError, 1)} points` : '—'} detail="At 95% confidence (adjusted Wald)." />
				<Result name="95% confidence interval" value={result ? `${formatSignedFixed(result.low, 1)} to ${formatSignedFixed(result.high, 1)}` : '—'} />
			</div>
			{result?.smallSample ? (
				<p className="calc-warning" role="note">
					Only {formatCount(result.responses)} responses: below {NPS_MIN_SAMPLE}, a commonly used minimum, the score can swing widely from one survey to the next. Read the interval, not just the score.
				</p>
			) : null}

			{distribution ? (
				<Chart type="bar" title="Distribution of answers" summary={distribution.summary} labels={distribution.labels} datasets={distribution.datasets} xTitle={distribution.x} yTitle="Responses" y={{ kind: 'count' }} labelHeader={distribution.x} formatValue={(v) => formatCount(v)} />
			) : null}

			<LazySection lazy={false} summary="Compare with an earlier survey" forceOpen={hasPrev}>
				<p className="calc-help">Enter the earlier survey's counts; the result says whether the change is larger than chance would explain.</p>
				<div className="calc-grid">
					{(['prev_promoters', 'prev_passives', 'prev_detractors'] as const).map((name) => (
						<NumberField key={name} id={`nps-${name}`} label={specByName[name].label} value={text[name]} onChange={set(name)} error={errors[name]} notice={notices[name]} decimal={false} placeholder="optional" />
					))}
				</div>
				<div className="calc-results">
					<Result name="Change in NPS" value={comparison ? `${formatSignedFixed(comparison.difference, 1)} points` : '—'} detail={!counts || (hasPrev && prevErrors) ? 'Fix the highlighted field to compare.' : !previous ? 'Enter the earlier survey to compare.' : !comparison ? 'Both surveys need at least one response.' : undefined} />
					<Result
						name="Statistical significance"
						value={comparison ? (comparison.significant ? 'Significant' : 'Not significant') : '—'}
						tone={comparison ? (comparison.significant ? 'good' : undefined) : undefined}
						detail={comparison ? `p = ${comparison.pValue < 0.001 ? '< 0.001' : formatFixed(comparison.pValue, 3)} at the 5% level; ${comparison.test}.` : undefined}
					/>
				</div>
			</LazySection>

			<LazySection lazy={false} summary="How many responses do I need?" forceOpen={Boolean(params?.has('target'))}>
				<div className="calc-grid">
					<NumberField id="nps-target" label={specByName.target.label} value={text.target} onChange={set('target')} error={errors.target} notice={notices.target} unit="± points" />
				</div>
				<div className="calc-results">
					<Result
						name="Responses needed"
						value={sampleSize === null ? '—' : formatCount(sampleSize)}
						detail={result ? 'For 95% confidence, assuming the current mix of answers.' : 'For 95% confidence, assuming the worst-case mix (half promoters, half detractors).'}
					/>
				</div>
			</LazySection>

			<CopyLink query={query} owned={owned} />
			<Announcer message={allErrors.length ? `${allErrors.length} ${allErrors.length === 1 ? 'problem' : 'problems'}: ${allErrors[0]}` : ''} />
		</section>
	);
}

/** The calculator inside an error boundary: a failure shows its inputs and a way on, never an empty space. */
export default function NpsIsland(props: NpsIslandProps) {
	return (
		<CalculatorBoundary name="The NPS calculator">
			<NpsCalculator {...props} />
		</CalculatorBoundary>
	);
}
