/**
 * Account health island: one account's score from configurable signals, and a
 * whole portfolio scored from a CSV, sorted by risk, exportable. Scoring is in
 * src/lib/metrics/health.ts; signal rules in src/lib/calculator-rules.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import { computeHealth, defaultHealthConfig, LOW_COVERAGE, type HealthBand } from '#src/lib/metrics/health.ts';
import { checkHealthSignals, checkSignalFields } from '#src/lib/calculator-rules.ts';
import { parseHealthParams, parseNumberText, parseSignalParams, serializeHealthParams } from '#src/lib/url-state.ts';
import { formatCount, formatFixed, formatPercentOfFraction, formatSignedFixed } from '#src/lib/format.ts';
import { copyWithKey, createKeyedRecord } from '#src/lib/keyed-record.ts';
import type { HealthConfig, HealthPreset, HealthSignal } from '#src/schemas/calculators.ts';
import { bandNames, SHOWN_ROWS, type PortfolioSummary, type ScoredRow } from '#src/lib/portfolio.ts';
import type { PortfolioRequest, PortfolioResponse, ScoreOutcome } from './portfolio-worker.ts';
import { Announcer, CopyLink, ExampleNote, downloadText, FileProblems, LazySection, NumberField, Result, readFileText, useInitialSearch, useUrlMirror } from '../shared/parts.tsx';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';

// The CSV reader (and papaparse) loads only when someone imports a file.
const loadCsv = () => import('#src/lib/csv.ts');

export interface HealthScoreIslandProps {
	/** Signal set, band boundaries, starting values and heading (validated by the .astro wrapper). */
	preset?: HealthPreset;
	/** Mirror state into the address bar (default true). */
	syncUrl?: boolean;
}

interface SignalRow {
	key: number;
	id: string;
	name: string;
	weight: string;
	direction: HealthSignal['direction'];
	poor: string;
	good: string;
	critical: string;
	/** Added on this page: its id follows its name until the page is reloaded. */
	fresh?: boolean;
}


function toRows(config: HealthConfig): SignalRow[] {
	return config.signals.map((s, i) => ({
		key: i,
		id: s.id,
		name: s.name,
		weight: String(s.weight),
		direction: s.direction,
		poor: String(s.poor),
		good: String(s.good),
		critical: s.critical === undefined ? '' : String(s.critical),
	}));
}

/** A new signal's id from its name: "Logins per week" → "loginsPerWeek", made unique. */
function makeId(name: string, taken: Set<string>): string {
	const words = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
	let base = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('') || 'signal';
	if (!/^[a-z]/.test(base)) base = `s${base}`;
	let id = base;
	for (let n = 2; taken.has(id) || id === 'previous' || id === 'sig'; n++) id = `${base}${n}`;
	return id;
}

function readRows(rows: SignalRow[], bands: HealthConfig['bands']): { config: HealthConfig | null; rowErrors: Record<number, string[]>; general: string[] } {
	const rowErrors: Record<number, string[]> = {};
	const num = (t: string) => {
		const p = parseNumberText(t);
		return p.ok ? p.value : Number.NaN;
	};
	const signals: HealthSignal[] = rows.map((r) => ({
		id: r.id,
		name: r.name.trim(),
		weight: num(r.weight),
		direction: r.direction,
		poor: num(r.poor),
		good: num(r.good),
		...(r.critical.trim() !== '' ? { critical: num(r.critical) } : {}),
	}));
	signals.forEach((s, i) => {
		const issues = checkSignalFields(s);
		if (issues.length) rowErrors[rows[i].key] = issues.map((x) => x.message);
	});
	const general = rows.length === 0 ? ['Add at least one signal (three or more leading indicators are recommended).'] : checkHealthSignals(signals).map((x) => x.message);
	const ok = Object.keys(rowErrors).length === 0 && general.length === 0;
	return { config: ok ? { signals, bands } : null, rowErrors, general };
}

function BandLabel({ band }: { band: HealthBand | null }) {
	return <span className={`calc-band calc-band-${band ?? 'none'}`}>{band ? bandNames[band] : 'No score'}</span>;
}

/**
 * The portfolio scorer: a Web Worker so a 100,000-row file never freezes the
 * page, holding the scored rows for the export; where workers are unavailable
 * the same functions run in place.
 */
interface PortfolioScorer {
	/** Scores a file's text; `id` names this scoring for its export; `onProgress` hears how many accounts are scored so far, after each slice. */
	score: (text: string, config: HealthConfig, onProgress?: (scored: number) => void) => Promise<{ id: number; outcome: ScoreOutcome }>;
	/** The export of scoring `scoreId`, or null when a later file replaced its rows. */
	exportCsv: (scoreId: number) => Promise<string | null>;
	dispose: () => void;
}

function createPortfolioScorer(): PortfolioScorer {
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

function HealthScoreCalculator({ preset, syncUrl = true }: HealthScoreIslandProps) {
	const presetConfig: HealthConfig = (preset?.config as HealthConfig | undefined) ?? defaultHealthConfig;
	const bands = presetConfig.bands ?? defaultHealthConfig.bands;
	const [rows, setRows] = useState<SignalRow[]>(() => toRows(presetConfig));
	const [nextKey, setNextKey] = useState(presetConfig.signals.length);
	// Keyed by signal ids, which readers type and links carry ("constructor" included): records without a prototype.
	const [valueText, setValueText] = useState<Record<string, string>>(() =>
		createKeyedRecord(presetConfig.signals.map((s) => [s.id, preset?.values?.[s.id] !== undefined ? String(preset.values[s.id]) : ''])),
	);
	const [previousText, setPreviousText] = useState('');
	const [notices, setNotices] = useState<Record<string, string>>(() => createKeyedRecord());
	const [configNotice, setConfigNotice] = useState('');
	const [ready, setReady] = useState(false);
	// The address mirrors the calculator only once the reader has changed something.
	const [touched, setTouched] = useState(false);
	const [linkSet, setLinkSet] = useState(false);
	// The shown results, tied to the file and the scoring request that produced them.
	const [portfolio, setPortfolio] = useState<(PortfolioSummary & { name: string; scoreId: number; encodingNotice?: string }) | null>(null);
	const scorer = useRef<PortfolioScorer | null>(null);
	// The latest file chosen: work for an earlier one is dropped when it finishes.
	const latestFile = useRef(0);
	useEffect(() => () => scorer.current?.dispose(), []);
	const [fileError, setFileError] = useState('');
	const [busy, setBusy] = useState(false);
	const [scoredSoFar, setScoredSoFar] = useState(0);

	useInitialSearch((params) => {
		const fromLink = parseSignalParams(params, bands);
		const config = fromLink.config ?? presetConfig;
		if (fromLink.config) {
			setRows(toRows(fromLink.config));
			setNextKey(fromLink.config.signals.length);
		}
		if (fromLink.message) setConfigNotice(fromLink.message);
		const parsed = parseHealthParams(params, config);
		const anyValue = config.signals.some((s) => params.has(s.id)) || params.has('previous');
		if (anyValue || fromLink.config) {
			setLinkSet(true);
			// The link replaces the example: each field shows what it gave, usable or not (the field then says what is wrong).
			setValueText(createKeyedRecord(config.signals.map((s) => [s.id, (params.get(s.id) ?? '').trim().slice(0, 40)])));
			setPreviousText((params.get('previous') ?? '').trim().slice(0, 40));
		}
		setNotices(parsed.messages);
		setReady(true);
	});

	const { config, rowErrors, general } = useMemo(() => readRows(rows, bands), [rows, bands]);

	// One account's values: empty is missing data (allowed), anything else must be a number.
	const { values, valueErrors } = useMemo(() => {
		const errors = createKeyedRecord<string>();
		const read = createKeyedRecord<number | null>();
		for (const r of rows) {
			const t = valueText[r.id] ?? '';
			const p = parseNumberText(t);
			read[r.id] = p.ok ? p.value : null;
			if (!p.ok && p.reason !== 'empty') errors[r.id] = `${r.name || 'This signal'} must be a number, or left empty if you have no data`;
		}
		return { values: read, valueErrors: errors };
	}, [rows, valueText]);
	let previous: number | null = null;
	let previousError = '';
	if (previousText.trim() !== '') {
		const p = parseNumberText(previousText);
		if (p.ok && p.value >= 0 && p.value <= 100) previous = p.value;
		else previousError = 'Previous score must be a number from 0 to 100, or left empty';
	}
	const result = config && Object.keys(valueErrors).length === 0 ? computeHealth(config, values, previous) : null;

	const query = useMemo(() => (config ? serializeHealthParams(values, previous, config, presetConfig) : ''), [config, values, previous, presetConfig]);
	const owned = useMemo(() => {
		const ids = new Set([...rows.map((r) => r.id), ...presetConfig.signals.map((s) => s.id), 'previous', 'sig']);
		return (name: string) => ids.has(name);
	}, [rows, presetConfig]);
	useUrlMirror(query, owned, syncUrl && touched && config !== null, ready);

	const updateRow = (key: number, patch: Partial<SignalRow>) => {
		setTouched(true);
		setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
	};
	const addSignal = () => {
		const taken = new Set(rows.map((r) => r.id));
		const id = makeId('New signal', taken);
		setTouched(true);
		setRows((rs) => [...rs, { key: nextKey, id, name: 'New signal', weight: '10', direction: 'higher-is-better', poor: '0', good: '100', critical: '', fresh: true }]);
		setNextKey((k) => k + 1);
	};
	const removeSignal = (key: number) => {
		setTouched(true);
		setRows((rs) => rs.filter((r) => r.key !== key));
	};

	const prepareForImport = () => {
		scorer.current ??= createPortfolioScorer();
		void loadCsv();
	};

	// A failed import says why and leaves the results of the last good one in place.
	const scorePortfolio = async (file: File | undefined) => {
		const request = ++latestFile.current;
		const isCurrent = () => request === latestFile.current;
		setFileError('');
		if (!file) return;
		if (!config) {
			setFileError('Fix the signal settings first: the portfolio is scored with them.');
			return;
		}
		setBusy(true);
		setScoredSoFar(0);
		try {
			const csv = await loadCsv();
			const read = await readFileText(file, csv);
			if (!isCurrent()) return;
			if (read.error) {
				setFileError(`${file.name}: ${read.error}`);
				return;
			}
			scorer.current ??= createPortfolioScorer();
			const { id, outcome } = await scorer.current.score(read.text!, config, (scored) => {
				if (isCurrent()) setScoredSoFar(scored);
			});
			if (!isCurrent()) return;
			if (!outcome.ok) {
				setFileError(`${file.name}: ${outcome.error}`);
				return;
			}
			setPortfolio({ name: file.name, scoreId: id, encodingNotice: read.encodingNotice, ...outcome });
		} finally {
			if (isCurrent()) setBusy(false);
		}
	};

	const exportPortfolio = async () => {
		if (!portfolio || !scorer.current) return;
		const csv = await scorer.current.exportCsv(portfolio.scoreId);
		if (csv === null) setFileError('The scores of this file are no longer held: import it again to export them.');
		else downloadText(csv, `health-scores-${portfolio.name.replace(/\.[^.]+$/, '')}.csv`);
	};

	const bandChart = useMemo(() => {
		if (!portfolio) return null;
		const counts = portfolio.counts;
		const labels = ['Red', 'Yellow', 'Green', ...(counts.none ? ['No score'] : [])];
		const data = [counts.red, counts.yellow, counts.green, ...(counts.none ? [counts.none] : [])];
		return {
			labels,
			datasets: [{ label: 'Accounts', data, tone: ['red', 'orange', 'green', 'gray'].slice(0, labels.length) as ('red' | 'orange' | 'green' | 'gray')[] }],
			summary: `${formatCount(portfolio.total)} accounts: ${labels.map((l, i) => `${formatCount(data[i])} ${l.toLowerCase()}`).join(', ')}.`,
		};
	}, [portfolio]);

	const allErrors = [...Object.values(valueErrors), ...(previousError ? [previousError] : []), ...Object.values(rowErrors).flat(), ...general];
	const trendText = !result || result.change === null ? '—' : `${result.trend === 'up' ? 'Up' : result.trend === 'down' ? 'Down' : 'Flat'} (${formatSignedFixed(result.change, 1)})`;

	return (
		<section className="calc" aria-label={preset?.title ?? 'Account health score calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={!touched && !linkSet} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
			{configNotice ? <p className="calc-notice">{configNotice}</p> : null}
			<h4 className="calc-subtitle">One account</h4>
			<p className="calc-help">Leave a signal empty when you have no data for it: it is left out and the other weights are scaled up.</p>
			<div className="calc-grid">
				{rows.map((r) => (
					<NumberField
						key={r.key}
						id={`health-${r.id}`}
						label={r.name || r.id}
						value={valueText[r.id] ?? ''}
						onChange={(v) => {
							setTouched(true);
							setValueText((t) => copyWithKey(t, r.id, v));
							setNotices((n) => copyWithKey(n, r.id, ''));
						}}
						error={valueErrors[r.id]}
						notice={notices[r.id] || undefined}
						placeholder="no data"
						help={`${r.direction === 'higher-is-better' ? 'Higher is better' : 'Lower is better'}: ${r.poor} scores 0, ${r.good} scores 100${r.critical.trim() ? `; ${r.critical} or ${r.direction === 'higher-is-better' ? 'lower' : 'higher'} forces red` : ''}.`}
					/>
				))}
				<NumberField id="health-previous" label="Previous score (optional)" value={previousText} onChange={(v) => { setTouched(true); setPreviousText(v); setNotices((n) => copyWithKey(n, 'previous', '')); }} error={previousError} notice={notices.previous || undefined} placeholder="none" />
			</div>

			<div className="calc-results">
				<Result primary name="Health score" value={result ? (result.score === null ? 'No score' : formatFixed(result.score, 1)) : '—'} detail={!result ? 'Fix the highlighted field.' : result.score === null ? 'Enter at least one signal with a weight above 0.' : 'From 0 (worst) to 100 (best).'} />
				<Result name="Band" value={result?.band ? bandNames[result.band] : result ? 'No band' : '—'} tone={result?.band === 'green' ? 'good' : result?.band === 'yellow' ? 'warn' : result?.band === 'red' ? 'bad' : undefined} detail={result?.forcedRed ? `Forced red by a critical signal: ${result.criticalSignals.join(', ')}.` : result?.criticalSignals.length ? `Critical: ${result.criticalSignals.join(', ')}.` : `Green from ${bands.green}, yellow from ${bands.yellow}, red below.`} />
				<Result name="Coverage" value={result ? formatPercentOfFraction(result.coverage, 0) : '—'} tone={result && result.coverage < LOW_COVERAGE ? 'warn' : undefined} detail={result && result.coverage < LOW_COVERAGE ? 'Less than half the weight has data: treat the score with care.' : 'Share of the total weight with data.'} />
				<Result name="Trend" value={trendText} detail={result?.change === null || !result ? 'Enter the previous score to see the trend.' : 'Changes under 1 point count as flat.'} />
				<Result name="Biggest drag" value={result?.weakest ? result.weakest.name : result ? 'None' : '—'} detail={result?.weakest ? `Costs ${formatFixed(result.weakest.shortfall, 1)} points.` : undefined} />
			</div>

			<LazySection summary="Configure signals" forceOpen={configNotice !== '' || Object.keys(rowErrors).length > 0 || general.length > 0}>
				<p className="calc-help">
					Weights are relative (they need not add up to 100). <em>Poor</em> scores 0 points and <em>good</em> scores 100, with a straight line between. A value at or beyond <em>critical</em> makes the account red whatever the score. Signal ids are the CSV column headers.
				</p>
				<div className="table-scroll" tabIndex={0} role="region" aria-label="Signal settings">
					<table className="calc-table-input">
						<thead>
							<tr>
								<th scope="col">Signal (CSV column)</th>
								<th scope="col">Weight</th>
								<th scope="col">Direction</th>
								<th scope="col">Poor (0 pts)</th>
								<th scope="col">Good (100 pts)</th>
								<th scope="col">Critical</th>
								<th scope="col">
									<span className="calc-sr-only">Remove</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((r, i) => {
								const errId = rowErrors[r.key] ? `health-row-${r.key}-error` : undefined;
								const cell = (field: 'weight' | 'poor' | 'good' | 'critical', label: string) => (
									<td>
										<input type="text" inputMode="decimal" aria-label={`${label} for ${r.name || `signal ${i + 1}`}`} value={r[field]} onChange={(e) => updateRow(r.key, { [field]: e.target.value })} aria-invalid={errId ? true : undefined} aria-describedby={errId} placeholder={field === 'critical' ? 'none' : undefined} />
									</td>
								);
								return (
									<tr key={r.key}>
										<td>
											<input type="text" aria-label={`Name of signal ${i + 1}`} value={r.name} onChange={(e) => {
													const name = e.target.value;
													const taken = new Set(rows.filter((x) => x.key !== r.key).map((x) => x.id));
													updateRow(r.key, r.fresh ? { name, id: makeId(name, taken) } : { name });
												}} aria-invalid={errId ? true : undefined} aria-describedby={errId} />
											<span className="calc-help">
												<code>{r.id}</code>
											</span>
											{errId ? (
												<p id={errId} className="calc-error">
													{rowErrors[r.key].join(' ')}
												</p>
											) : null}
										</td>
										{cell('weight', 'Weight')}
										<td>
											<select aria-label={`Direction for ${r.name || `signal ${i + 1}`}`} value={r.direction} onChange={(e) => updateRow(r.key, { direction: e.target.value as HealthSignal['direction'] })}>
												<option value="higher-is-better">Higher is better</option>
												<option value="lower-is-better">Lower is better</option>
											</select>
										</td>
										{cell('poor', 'Poor value')}
										{cell('good', 'Good value')}
										{cell('critical', 'Critical value')}
										<td>
											<button type="button" className="calc-button calc-button-secondary" onClick={() => removeSignal(r.key)} aria-label={`Remove ${r.name || `signal ${i + 1}`}`}>
												Remove
											</button>
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</div>
				{general.length ? <FileProblems id="health-config-problems" messages={general} /> : null}
				<div className="calc-copy">
					<button type="button" className="calc-button calc-button-secondary" onClick={addSignal}>
						Add a signal
					</button>
					<button type="button" className="calc-button calc-button-secondary" onClick={() => { setTouched(true); setRows(toRows(presetConfig)); setConfigNotice(''); }}>
						Reset to the page's signals
					</button>
				</div>
			</LazySection>

			{/* Opening the section starts the worker and loads the CSV reader, so
			    the reader's file is scored without waiting for either. */}
			<LazySection summary="Score a whole portfolio from a CSV file" forceOpen={portfolio !== null || fileError !== ''} onOpen={prepareForImport}>
				<p className="calc-help">
					One row per account: a column named <code>account</code> (or <code>name</code>), a column per signal headed with its id or name ({rows.map((r) => r.id).join(', ')}), and optionally <code>previous</code>. Empty cells are missing data. The file is read on this page and never uploaded.
				</p>
				<div className="calc-field">
					<label htmlFor="health-file">Portfolio CSV file</label>
					<input id="health-file" type="file" accept=".csv,text/csv,text/plain" disabled={busy} aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? 'health-file-error' : portfolio?.problems.length ? 'health-file-problems' : undefined} onChange={(e) => void scorePortfolio(e.target.files?.[0])} />
					{busy ? <p className="calc-help" role="status">{scoredSoFar ? `Scoring: ${formatCount(scoredSoFar)} accounts so far…` : 'Reading the file…'}</p> : null}
					{fileError ? (
						<p id="health-file-error" className="calc-error">
							{fileError}
							{portfolio ? ` The results below are still those of ${portfolio.name}.` : ''}
						</p>
					) : null}
					{portfolio?.encodingNotice ? <p className="calc-notice">{portfolio.encodingNotice}</p> : null}
					{portfolio ? <FileProblems id="health-file-problems" messages={portfolio.problems.length ? ['Some lines were skipped or partly read (the rest are scored):', ...portfolio.problems] : []} /> : null}
				</div>
				{portfolio ? (
					<>
						<p role="status">
							Scored {formatCount(portfolio.total)} accounts from {portfolio.name}, riskiest first{portfolio.total > SHOWN_ROWS ? `; the table shows the first ${SHOWN_ROWS}, the export has all of them` : ''}.
							{portfolio.rowCount > portfolio.total ? ` ${formatCount(portfolio.rowCount - portfolio.total)} of the file's ${formatCount(portfolio.rowCount)} rows could not be scored; they are listed above.` : ''}
							{portfolio.missing.length ? ` No column for: ${portfolio.missing.join(', ')} (treated as missing data).` : ''}
						</p>
						<button type="button" className="calc-button" onClick={() => void exportPortfolio()}>
							Export scores as CSV
						</button>
						<div className="table-scroll" tabIndex={0} role="region" aria-label="Accounts by risk">
							<table>
								<caption className="calc-sr-only">Accounts sorted by risk</caption>
								<thead>
									<tr>
										<th scope="col">Account</th>
										<th scope="col">Band</th>
										<th scope="col">Score</th>
										<th scope="col">Change</th>
										<th scope="col">Coverage</th>
										<th scope="col">Biggest drag</th>
									</tr>
								</thead>
								<tbody>
									{portfolio.shown.map((r) => (
										<tr key={`${r.line}-${r.account}`}>
											<th scope="row">{r.account}</th>
											<td>
												<BandLabel band={r.result.band} />
												{r.result.forcedRed ? ' (critical)' : ''}
											</td>
											<td>{formatFixed(r.result.score, 1)}</td>
											<td>{formatSignedFixed(r.result.change, 1)}</td>
											<td>{formatPercentOfFraction(r.result.coverage, 0)}</td>
											<td>{r.result.weakest ?? '—'}</td>
										</tr>
									))}
								</tbody>
							</table>
						</div>
						{bandChart ? <Chart type="bar" title="Accounts by band" summary={bandChart.summary} labels={bandChart.labels} datasets={bandChart.datasets} xTitle="Band" yTitle="Accounts" y={{ kind: 'count' }} labelHeader="Band" formatValue={(v) => formatCount(v)} /> : null}
					</>
				) : null}
			</LazySection>

			{config ? <CopyLink query={query} owned={owned} /> : null}
			<Announcer message={allErrors.length ? `${allErrors.length} ${allErrors.length === 1 ? 'problem' : 'problems'}: ${allErrors[0]}` : fileError} />
		</section>
	);
}

/** The calculator inside an error boundary: a failure shows its inputs and a way on, never an empty space. */
export default function HealthScoreIsland(props: HealthScoreIslandProps) {
	return (
		<CalculatorBoundary name="The health score calculator">
			<HealthScoreCalculator {...props} />
		</CalculatorBoundary>
	);
}
