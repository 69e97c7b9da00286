/**
 * Account health island: one account's score from configurable signals, and a
 * whole portfolio scored from a CSV, sorted by risk, exportable. Scoring is in
 * src/lib/metrics/health.ts; signal rules in src/lib/calculator-rules.ts; the
 * typed settings and values are read by src/lib/health-signal-rows.ts and held
 * by useHealthState.ts.
 *
 * What opening the page costs is kept small: the signal editor is its own
 * chunk, loaded when "Configure signals" is first opened, and the portfolio
 * import renders only when its section is opened (its results and chart are
 * again their own chunk).
 */
import { lazy, Suspense, useState } from 'react';
import { bandNames, LOW_COVERAGE } from '#src/lib/metrics/health.ts';
import { describeSignalRow } from '#src/lib/health-signal-rows.ts';
import { formatFixed, formatPercentOfFraction, formatSignedFixed } from '#src/lib/format.ts';
import type { HealthPreset } from '#src/schemas/calculators.ts';
import { CopyLink } from '../shared/CopyLink.tsx';
import { LazySection } from '../shared/LazySection.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { Announcer, ExampleNote, Result } from '../shared/Result.tsx';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';
import { PortfolioSection, type ScoredPortfolio } from './PortfolioSection.tsx';
import { useHealthState } from './useHealthState.ts';

const SignalEditor = lazy(() => import('./SignalEditor.tsx'));

export interface HealthScoreIslandProps {
	/** Signal set, band boundaries, starting values and heading (validated by the .astro wrapper). */
	preset?: HealthPreset;
	/** Mirror state into the address bar (default true). */
	syncUrl?: boolean;
}

function HealthScoreCalculator({ preset, syncUrl = true }: HealthScoreIslandProps) {
	const {
		bands,
		rows,
		valueText,
		previousText,
		notices,
		configNotice,
		config,
		rowErrors,
		general,
		valueErrors,
		previousError,
		result,
		query,
		owned,
		showingExample,
		actions,
	} = useHealthState(preset, syncUrl);
	// The shown portfolio and the last import's error: they open the import section and the error is announced.
	const [portfolio, setPortfolio] = useState<ScoredPortfolio | null>(null);
	const [fileError, setFileError] = useState('');

	const allErrors = [...Object.values(valueErrors), ...(previousError ? [previousError] : []), ...Object.values(rowErrors).flat(), ...general];
	const trendText =
		!result || result.change === null
			? '—'
			: `${result.trend === 'up' ? 'Up' : result.trend === 'down' ? 'Down' : 'Flat'} (${formatSignedFixed(result.change, 1)})`;

	return (
		<section className="calc" aria-label={preset?.title ?? 'Account health score calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={showingExample} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
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
						onChange={(v) => actions.setValue(r.id, v)}
						error={valueErrors[r.id]}
						notice={notices[r.id] || undefined}
						placeholder="no data"
						help={describeSignalRow(r)}
					/>
				))}
				<NumberField
					id="health-previous"
					label="Previous score (optional)"
					value={previousText}
					onChange={actions.setPrevious}
					error={previousError}
					notice={notices.previous || undefined}
					placeholder="none"
				/>
			</div>

			<div className="calc-results">
				<Result
					primary
					name="Health score"
					value={result ? (result.score === null ? 'No score' : formatFixed(result.score, 1)) : '—'}
					detail={
						!result
							? 'Fix the highlighted field.'
							: result.score === null
								? 'Enter at least one signal with a weight above 0.'
								: 'From 0 (worst) to 100 (best).'
					}
				/>
				<Result
					name="Band"
					value={result?.band ? bandNames[result.band] : result ? 'No band' : '—'}
					tone={result?.band === 'green' ? 'good' : result?.band === 'yellow' ? 'warn' : result?.band === 'red' ? 'bad' : undefined}
					detail={
						result?.forcedRed
							? `Forced red by a critical signal: ${result.criticalSignals.join(', ')}.`
							: result?.criticalSignals.length
								? `Critical: ${result.criticalSignals.join(', ')}.`
								: `Green from ${bands.green}, yellow from ${bands.yellow}, red below.`
					}
				/>
				<Result
					name="Coverage"
					value={result ? formatPercentOfFraction(result.coverage, 0) : '—'}
					tone={result && result.coverage < LOW_COVERAGE ? 'warn' : undefined}
					detail={
						result && result.coverage < LOW_COVERAGE ? 'Less than half the weight has data: treat the score with care.' : 'Share of the total weight with data.'
					}
				/>
				<Result
					name="Trend"
					value={trendText}
					detail={result?.change === null || !result ? 'Enter the previous score to see the trend.' : 'Changes under 1 point count as flat.'}
				/>
				<Result
					name="Biggest drag"
					value={result?.weakest ? result.weakest.name : result ? 'None' : '—'}
					detail={result?.weakest ? `Costs ${formatFixed(result.weakest.shortfall, 1)} points.` : undefined}
				/>
			</div>

			<LazySection summary="Configure signals" forceOpen={configNotice !== '' || Object.keys(rowErrors).length > 0 || general.length > 0}>
				<Suspense fallback={null}>
					<SignalEditor
						rows={rows}
						rowErrors={rowErrors}
						general={general}
						onUpdate={actions.updateRow}
						onRename={actions.renameRow}
						onAdd={actions.addSignal}
						onRemove={actions.removeSignal}
						onReset={actions.resetSignals}
					/>
				</Suspense>
			</LazySection>

			<LazySection summary="Score a whole portfolio from a CSV file" forceOpen={portfolio !== null || fileError !== ''}>
				<PortfolioSection
					config={config}
					signalIds={rows.map((r) => r.id)}
					portfolio={portfolio}
					onPortfolio={setPortfolio}
					fileError={fileError}
					onFileError={setFileError}
				/>
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
