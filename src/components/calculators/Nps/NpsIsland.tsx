/**
 * NPS calculator island: counts or raw 0–10 answers (pasted or from a CSV
 * read in the browser), score with margin of error and interval, comparison
 * with an earlier survey, sample size for a chosen margin, distribution chart.
 * All arithmetic is in src/lib/metrics/nps.ts.
 */
import { useCallback, useMemo, useState } from 'react';
import Chart from '../../charts/Chart.tsx';
import { compareNps, computeNps, computeNpsSampleSize, computeScoreDistribution, countNpsAnswers, NPS_MIN_SAMPLE, parseScoreList } from '../../../lib/metrics/nps.ts';
import { npsParams, parseParams, readFieldValues, serializeParams } from '../../../lib/url-state.ts';
import type { CsvTable } from '../../../lib/csv.ts';

// The CSV reader (and papaparse) loads only when someone imports a file.
type CsvModule = typeof import('../../../lib/csv.ts');
const loadCsv = () => import('../../../lib/csv.ts');
import { formatCount, formatNumber, formatPercent, formatSigned } from '../../../lib/format-number.ts';
import type { NpsPreset } from '../../../schemas/calculators.ts';
import { Announcer, CopyLink, FileProblems, NumberField, Result, readFileText, useInitialSearch, useUrlMirror } from '../shared/parts.tsx';
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

function initialText(preset?: NpsPreset): Record<string, string> {
	const values = preset?.values ?? {};
	return Object.fromEntries(
		npsParams.map((p) => [p.name, values[p.name] !== undefined ? String(values[p.name]) : p.optional ? (p.name === 'target' ? '5' : '') : '0']),
	);
}

type Mode = 'counts' | 'scores';

function NpsCalculator({ preset, syncUrl = true }: NpsIslandProps) {
	const [text, setText] = useState<Record<string, string>>(() => initialText(preset));
	const [notices, setNotices] = useState<Record<string, string>>({});
	const [ready, setReady] = useState(false);
	const [mode, setMode] = useState<Mode>('counts');
	const [pasted, setPasted] = useState('');
	const [table, setTable] = useState<CsvTable | null>(null);
	const [fileName, setFileName] = useState('');
	const [column, setColumn] = useState(0);
	const [fileError, setFileError] = useState('');
	const [csv, setCsv] = useState<CsvModule | null>(null);

	useInitialSearch((params) => {
		const parsed = parseParams(params, npsParams);
		if (parsed.present.length > 0 || Object.keys(parsed.messages).length > 0) {
			setText((t) => {
				const next = { ...t };
				for (const name of parsed.present) next[name] = String(parsed.values[name]);
				for (const name of Object.keys(parsed.messages)) next[name] = String(parsed.values[name]);
				return next;
			});
			setNotices(parsed.messages);
		}
		setReady(true);
	});

	const set = (name: string) => (value: string) => {
		setText((t) => ({ ...t, [name]: value }));
		setNotices((n) => {
			if (!(name in n)) return n;
			const { [name]: _, ...rest } = n;
			return rest;
		});
	};

	// Raw answers, when the reader gives them instead of counts.
	const answers = useMemo(() => {
		if (mode !== 'scores') return null;
		if (table && csv) {
			const r = csv.readScoreColumn(table, column);
			return { scores: r.scores, problems: csv.summarizeErrors(r.errors), read: r.total };
		}
		const r = parseScoreList(pasted);
		return { scores: r.scores, problems: r.errors.slice(0, 20).concat(r.errors.length > 20 ? [`and ${r.errors.length - 20} more entries`] : []), read: r.scores.length + r.errors.length };
	}, [mode, table, column, pasted, csv]);

	const { values, errors } = useMemo(() => readFieldValues(text, npsParams), [text]);
	const counts = useMemo(() => {
		if (answers) return countNpsAnswers(answers.scores);
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
	useUrlMirror(query, owned, syncUrl, ready);

	const distribution = useMemo(() => {
		if (answers && answers.scores.length > 0) {
			const bins = computeScoreDistribution(answers.scores);
			return {
				labels: bins.map((_, i) => String(i)),
				datasets: [{ label: 'Answers', data: bins, tone: bins.map((_, i) => (i >= 9 ? 'green' : i >= 7 ? 'gray' : 'red')) as ('green' | 'gray' | 'red')[] }],
				summary: `${formatCount(answers.scores.length)} answers: ${bins.map((n, i) => `${i}: ${n}`).join(', ')}.`,
				x: 'Answer (0–10)',
			};
		}
		if (!counts || !result) return null;
		return {
			labels: ['Detractors (0–6)', 'Passives (7–8)', 'Promoters (9–10)'],
			datasets: [{ label: 'Responses', data: [counts.detractors, counts.passives, counts.promoters], tone: ['red', 'gray', 'green'] as ('green' | 'gray' | 'red')[] }],
			summary: `${formatPercent(result.detractorShare / 100)} detractors, ${formatPercent(result.passiveShare / 100)} passives, ${formatPercent(result.promoterShare / 100)} promoters.`,
			x: 'Group',
		};
	}, [answers, counts, result]);

	const onFile = useCallback(async (file: File | undefined) => {
		setFileError('');
		setTable(null);
		setFileName('');
		if (!file) return;
		const mod = await loadCsv();
		setCsv(mod);
		const read = await readFileText(file, mod.MAX_CSV_BYTES, mod.checkCsvSize);
		if (read.error) {
			setFileError(read.error);
			return;
		}
		const parsed = mod.parseCsv(read.text!);
		if (parsed.header.length === 0) {
			setFileError('The file has no rows. Export the survey answers with a header line, one answer per row.');
			return;
		}
		const guess = mod.findColumn(parsed.header, ['score', 'nps', 'answer', 'rating', 'likelihood to recommend', 'recommend']);
		setColumn(guess >= 0 ? guess : 0);
		setTable(parsed);
		setFileName(file.name);
	}, []);

	const allErrors = Object.values(errors).concat(fileError ? [fileError] : []);
	const countFields = (['promoters', 'passives', 'detractors'] as const).map((name) => (
		<NumberField key={name} id={`nps-${name}`} label={specByName[name].label} value={text[name]} onChange={set(name)} error={errors[name]} notice={notices[name]} decimal={false} />
	));
	// No counts means an input is wrong ("—"); counts of zero mean nobody answered ("No score").
	const scoreText = result ? formatSigned(result.score, 1) : counts ? 'No score' : '—';

	return (
		<section className="calc" aria-label={preset?.title ?? 'Net Promoter Score calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<fieldset className="calc-mode">
				<legend>Enter answers as</legend>
				<label>
					<input type="radio" name="nps-mode" value="counts" checked={mode === 'counts'} onChange={() => setMode('counts')} /> Counts by group
				</label>
				<label>
					<input type="radio" name="nps-mode" value="scores" checked={mode === 'scores'} onChange={() => setMode('scores')} /> Individual 0–10 answers
				</label>
			</fieldset>

			{mode === 'counts' ? (
				<div className="calc-grid">{countFields}</div>
			) : (
				<div className="calc-scores">
					<div className="calc-field">
						<label htmlFor="nps-pasted">Paste answers (0–10, separated by commas, spaces or new lines)</label>
						<textarea id="nps-pasted" rows={4} value={pasted} onChange={(e) => { setPasted(e.target.value); setTable(null); setFileName(''); }} aria-describedby={answers && !table && answers.problems.length ? 'nps-pasted-problems' : undefined} />
						{!table ? <FileProblems id="nps-pasted-problems" messages={answers?.problems ?? []} /> : null}
					</div>
					<div className="calc-field">
						<label htmlFor="nps-file">Or import a CSV file (read on this page; nothing is uploaded)</label>
						<input id="nps-file" type="file" accept=".csv,text/csv,text/plain" aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? 'nps-file-error' : table && answers?.problems.length ? 'nps-file-problems' : undefined} onChange={(e) => void onFile(e.target.files?.[0])} />
						{fileError ? (
							<p id="nps-file-error" className="calc-error">
								{fileError}
							</p>
						) : null}
					</div>
					{table ? (
						<div className="calc-field">
							<label htmlFor="nps-column">Column with the 0–10 answer</label>
							<select id="nps-column" value={column} onChange={(e) => setColumn(Number(e.target.value))}>
								{table.header.map((h, i) => (
									<option key={i} value={i}>
										{h || `Column ${i + 1}`}
									</option>
								))}
							</select>
							<p className="calc-help">
								{fileName}: {formatCount(answers?.scores.length ?? 0)} answers read from {formatCount(table.rows.length)} rows.
							</p>
							<FileProblems id="nps-file-problems" messages={answers?.problems.length ? ['Rows skipped (the rest are counted):', ...answers.problems] : []} />
						</div>
					) : null}
				</div>
			)}

			<div className="calc-results" aria-label="Results">
				<Result primary name="Net Promoter Score" value={scoreText} detail={result ? 'From −100 to +100: % promoters minus % detractors.' : counts ? 'No responses yet: there is no score until someone answers.' : 'Fix the highlighted field to see the score.'} />
				<Result name="Promoters" value={result ? formatPercent(result.promoterShare / 100) : '—'} />
				<Result name="Passives" value={result ? formatPercent(result.passiveShare / 100) : '—'} />
				<Result name="Detractors" value={result ? formatPercent(result.detractorShare / 100) : '—'} />
				<Result name="Responses" value={counts ? formatCount(counts.promoters + counts.passives + counts.detractors) : '—'} />
				<Result name="Margin of error" value={result ? `±${formatNumber(result.marginOfError, 1)} points` : '—'} detail="At 95% confidence (adjusted Wald)." />
				<Result name="95% confidence interval" value={result ? `${formatSigned(result.low, 1)} to ${formatSigned(result.high, 1)}` : '—'} />
			</div>
			{result?.smallSample ? (
				<p className="calc-warning" role="note">
					Only {formatCount(result.responses)} responses: below {NPS_MIN_SAMPLE}, a commonly used minimum, the score can swing widely from one survey to the next. Read the interval, not just the score.
				</p>
			) : null}

			{distribution ? (
				<Chart type="bar" title="Distribution of answers" summary={distribution.summary} labels={distribution.labels} datasets={distribution.datasets} xTitle={distribution.x} yTitle="Responses" labelHeader={distribution.x} formatValue={(v) => formatCount(v)} />
			) : null}

			<details className="calc-section" open={hasPrev}>
				<summary>Compare with an earlier survey</summary>
				<p className="calc-help">Enter the earlier survey's counts; the result says whether the change is larger than chance would explain.</p>
				<div className="calc-grid">
					{(['prev_promoters', 'prev_passives', 'prev_detractors'] as const).map((name) => (
						<NumberField key={name} id={`nps-${name}`} label={specByName[name].label} value={text[name]} onChange={set(name)} error={errors[name]} notice={notices[name]} decimal={false} placeholder="optional" />
					))}
				</div>
				<div className="calc-results">
					<Result name="Change in NPS" value={comparison ? `${formatSigned(comparison.difference, 1)} points` : '—'} detail={!counts || (hasPrev && prevErrors) ? 'Fix the highlighted field to compare.' : !previous ? 'Enter the earlier survey to compare.' : !comparison ? 'Both surveys need at least one response.' : undefined} />
					<Result
						name="Statistical significance"
						value={comparison ? (comparison.significant ? 'Significant' : 'Not significant') : '—'}
						tone={comparison ? (comparison.significant ? 'good' : undefined) : undefined}
						detail={comparison ? `p = ${comparison.pValue < 0.001 ? '< 0.001' : formatNumber(comparison.pValue, 3)} at the 5% level; ${comparison.test}.` : undefined}
					/>
				</div>
			</details>

			<details className="calc-section" open={text.target !== '5' && text.target !== ''}>
				<summary>How many responses do I need?</summary>
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
			</details>

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
