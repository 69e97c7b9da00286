/**
 * NPS calculator island: counts or raw 0–10 answers (pasted or from a CSV
 * read in the browser), score with margin of error and interval, comparison
 * with an earlier survey, sample size for a chosen margin, distribution chart.
 * All arithmetic is in src/lib/metrics/nps.ts; a file's answers are counted
 * by src/lib/nps-import.ts in a Web Worker (nps-worker.ts, asked through
 * answer-counter.ts by useAnswerImport.ts; the form is NpsFileImport.tsx).
 */
import { useMemo, useState } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import {
	compareNps,
	computeNps,
	computeNpsSampleSize,
	computeScoreDistribution,
	countNpsAnswers,
	NPS_MIN_SAMPLE,
	parseScoreList,
} from '#src/lib/metrics/nps.ts';
import { npsParams, serializeParams } from '#src/lib/url-state.ts';
import { formatCount, formatFixed, formatPercentOfFraction, formatSignedFixed } from '#src/lib/format.ts';
import type { NpsPreset } from '#src/schemas/calculators.ts';
import { CopyLink } from '../shared/CopyLink.tsx';
import { FileProblems } from '../shared/FileProblems.tsx';
import { LazySection } from '../shared/LazySection.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { Announcer, ExampleNote, Result } from '../shared/Result.tsx';
import { useFieldState } from '../shared/useFieldState.ts';
import { useUrlMirror } from '../shared/url-state-hooks.ts';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';
import { NpsFileImport } from './NpsFileImport.tsx';
import { useAnswerImport } from './useAnswerImport.ts';

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

/** The two ways to give answers, as the mode choice offers them. */
const modes: [Mode, string][] = [
	['counts', 'Counts by group'],
	['scores', 'Individual 0–10 answers'],
];

function NpsCalculator({ preset, syncUrl = true }: NpsIslandProps) {
	const { text, set, notices, ready, touched, touch, values, errors, params, showingExample } = useFieldState(npsParams, preset?.values ?? {});
	const [mode, setMode] = useState<Mode>('counts');
	const [pasted, setPasted] = useState('');
	const answerImport = useAnswerImport(touch);
	const { imported, fileError } = answerImport;

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
			datasets: [
				{ label: 'Responses', data: [counts.detractors, counts.passives, counts.promoters], tone: ['red', 'gray', 'green'] as ('green' | 'gray' | 'red')[] },
			],
			summary: `${formatPercentOfFraction(result.detractorShare / 100)} detractors, ${formatPercentOfFraction(result.passiveShare / 100)} passives, ${formatPercentOfFraction(result.promoterShare / 100)} promoters.`,
			x: 'Group',
		};
	}, [answers, counts, result]);

	const allErrors = Object.values(errors).concat(fileError ? [fileError] : []);
	const countFields = (['promoters', 'passives', 'detractors'] as const).map((name) => (
		<NumberField
			key={name}
			id={`nps-${name}`}
			label={specByName[name].label}
			value={text[name]}
			onChange={set(name)}
			error={errors[name]}
			notice={notices[name]}
			decimal={false}
		/>
	));
	// No counts means an input is wrong ("—"); counts of zero mean nobody answered ("No score").
	const scoreText = result ? formatSignedFixed(result.score, 1) : counts ? 'No score' : '—';

	return (
		<section className="calc" aria-label={preset?.title ?? 'Net Promoter Score calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={showingExample} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
			<fieldset className="calc-mode">
				<legend>Enter answers as</legend>
				{modes.map(([value, label]) => (
					<label key={value}>
						<input
							type="radio"
							name="nps-mode"
							value={value}
							checked={mode === value}
							onChange={() => {
								setMode(value);
								touch();
							}}
						/>{' '}
						{label}
					</label>
				))}
			</fieldset>

			{mode === 'counts' ? (
				<div className="calc-grid">{countFields}</div>
			) : (
				<div className="calc-scores">
					<div className="calc-field">
						<label htmlFor="nps-pasted">Paste answers (0–10, separated by commas, spaces or new lines)</label>
						<textarea
							id="nps-pasted"
							rows={4}
							value={pasted}
							onChange={(e) => {
								setPasted(e.target.value);
								answerImport.forgetFile();
								touch();
							}}
							aria-describedby={answers && !imported && answers.problems.length ? 'nps-pasted-problems' : undefined}
						/>
						{!imported ? <FileProblems id="nps-pasted-problems" messages={answers?.problems ?? []} /> : null}
					</div>
					<NpsFileImport {...answerImport} />
				</div>
			)}

			<div className="calc-results" role="group" aria-label="Results">
				<Result
					primary
					name="Net Promoter Score"
					value={scoreText}
					detail={
						result
							? 'From −100 to +100: % promoters minus % detractors.'
							: counts
								? 'No responses yet: there is no score until someone answers.'
								: 'Fix the highlighted field to see the score.'
					}
				/>
				<Result name="Promoters" value={result ? formatPercentOfFraction(result.promoterShare / 100) : '—'} />
				<Result name="Passives" value={result ? formatPercentOfFraction(result.passiveShare / 100) : '—'} />
				<Result name="Detractors" value={result ? formatPercentOfFraction(result.detractorShare / 100) : '—'} />
				<Result name="Responses" value={counts ? formatCount(counts.promoters + counts.passives + counts.detractors) : '—'} />
				<Result name="Margin of error" value={result ? `±${formatFixed(result.marginOfError, 1)} points` : '—'} detail="At 95% confidence (adjusted Wald)." />
				<Result name="95% confidence interval" value={result ? `${formatSignedFixed(result.low, 1)} to ${formatSignedFixed(result.high, 1)}` : '—'} />
			</div>
			{result?.smallSample ? (
				<p className="calc-warning" role="note">
					Only {formatCount(result.responses)} responses: below {NPS_MIN_SAMPLE}, a commonly used minimum, the score can swing widely from one survey to the
					next. Read the interval, not just the score.
				</p>
			) : null}

			{distribution ? (
				<Chart
					type="bar"
					title="Distribution of answers"
					summary={distribution.summary}
					labels={distribution.labels}
					datasets={distribution.datasets}
					xTitle={distribution.x}
					yTitle="Responses"
					y={{ kind: 'count' }}
					labelHeader={distribution.x}
					formatValue={(v) => formatCount(v)}
				/>
			) : null}

			<LazySection lazy={false} summary="Compare with an earlier survey" forceOpen={hasPrev}>
				<p className="calc-help">Enter the earlier survey's counts; the result says whether the change is larger than chance would explain.</p>
				<div className="calc-grid">
					{(['prev_promoters', 'prev_passives', 'prev_detractors'] as const).map((name) => (
						<NumberField
							key={name}
							id={`nps-${name}`}
							label={specByName[name].label}
							value={text[name]}
							onChange={set(name)}
							error={errors[name]}
							notice={notices[name]}
							decimal={false}
							placeholder="optional"
						/>
					))}
				</div>
				<div className="calc-results">
					<Result
						name="Change in NPS"
						value={comparison ? `${formatSignedFixed(comparison.difference, 1)} points` : '—'}
						detail={
							!counts || (hasPrev && prevErrors)
								? 'Fix the highlighted field to compare.'
								: !previous
									? 'Enter the earlier survey to compare.'
									: !comparison
										? 'Both surveys need at least one response.'
										: undefined
						}
					/>
					<Result
						name="Statistical significance"
						value={comparison ? (comparison.significant ? 'Significant' : 'Not significant') : '—'}
						tone={comparison ? (comparison.significant ? 'good' : undefined) : undefined}
						detail={
							comparison ? `p = ${comparison.pValue < 0.001 ? '< 0.001' : formatFixed(comparison.pValue, 3)} at the 5% level; ${comparison.test}.` : undefined
						}
					/>
				</div>
			</LazySection>

			<LazySection lazy={false} summary="How many responses do I need?" forceOpen={Boolean(params?.has('target'))}>
				<div className="calc-grid">
					<NumberField
						id="nps-target"
						label={specByName.target.label}
						value={text.target}
						onChange={set('target')}
						error={errors.target}
						notice={notices.target}
						unit="± points"
					/>
				</div>
				<div className="calc-results">
					<Result
						name="Responses needed"
						value={sampleSize === null ? '—' : formatCount(sampleSize)}
						detail={
							result
								? 'For 95% confidence, assuming the current mix of answers.'
								: 'For 95% confidence, assuming the worst-case mix (half promoters, half detractors).'
						}
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
