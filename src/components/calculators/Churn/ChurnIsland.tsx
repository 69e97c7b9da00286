/**
 * Churn and retention island: churn for a period with a stated denominator,
 * monthly/quarterly/annual conversions, retention, expected lifetime, GRR and
 * NRR, and a cohort retention curve from a pasted table. Arithmetic and rules
 * live in src/lib (metrics/churn.ts, calculator-rules.ts).
 */
import { useMemo, useState } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import { computeChurn, computeCohortCurve, computeRevenueRetention, describeCohortCurve, parseCohortTable } from '#src/lib/metrics/churn.ts';
import { checkChurnCounts, checkRevenueMovements } from '#src/lib/calculator-rules.ts';
import { churnParams, parseChurnBasis, serializeParams } from '#src/lib/url-state.ts';
import { churnCalculator } from '#src/lib/calculators/churn.ts';
import { formatCount, formatMonths, formatPercentOfFraction, formatPeriodName } from '#src/lib/format.ts';
import type { ChurnConvention, ChurnPreset } from '#src/schemas/calculators.ts';
import { CopyLink } from '../shared/CopyLink.tsx';
import { FileProblems } from '../shared/FileProblems.tsx';
import { LazySection } from '../shared/LazySection.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { Announcer, ExampleNote, Result } from '../shared/Result.tsx';
import { useFieldState } from '../shared/useFieldState.ts';
import { useInitialSearch, useUrlMirror } from '../shared/url-state-hooks.ts';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';

export interface ChurnIslandProps {
	/** Starting values, convention, labels and heading (validated by the .astro wrapper). */
	preset?: ChurnPreset;
	/** Mirror state into the address bar (default true). */
	syncUrl?: boolean;
}

const ownedNames = new Set<string>([...churnParams.map((p) => p.name), ...churnCalculator.extraParams.map((p) => p.id)]);
const owned = (name: string) => ownedNames.has(name);
const countNames = ['start', 'added', 'lost', 'lostNew', 'months'] as const;
const revenueNames = ['mrr', 'expansion', 'contraction', 'churned'] as const;

const help: Record<string, string | undefined> = Object.fromEntries(churnCalculator.inputs.map((input) => [input.id, input.help]));

const exampleCohorts = 'Cohort\tMonth 0\tMonth 1\tMonth 2\tMonth 3\nJanuary\t120\t112\t106\t101\nFebruary\t95\t90\t84\nMarch\t130\t121';

function ChurnCalculator({ preset, syncUrl = true }: ChurnIslandProps) {
	const labels = useMemo(
		() => ({ ...Object.fromEntries(churnParams.map((p) => [p.name, p.label])), ...(preset?.labels ?? {}) }) as Record<string, string>,
		[preset],
	);
	const specs = useMemo(() => churnParams.map((p) => ({ ...p, label: labels[p.name] ?? p.label })), [labels]);
	const { text, set, notices, ready, touched, touch, values, errors, showingExample } = useFieldState(specs, preset?.values ?? {});
	const [basis, setBasis] = useState<ChurnConvention>(preset?.convention ?? 'start');
	const [basisNotice, setBasisNotice] = useState('');
	const [cohortText, setCohortText] = useState('');
	useInitialSearch((params) => {
		const b = parseChurnBasis(params, preset?.convention ?? 'start');
		setBasis(b.basis);
		if (b.message) setBasisNotice(b.message);
	});

	// Field errors: type and range first, then the cross-field rules.
	const countErrors: Record<string, string> = {};
	for (const n of countNames) if (errors[n]) countErrors[n] = errors[n];
	if (Object.keys(countErrors).length === 0) {
		for (const issue of checkChurnCounts({ start: values.start, added: values.added, lost: values.lost, lostNew: values.lostNew })) {
			countErrors[String(issue.path[0])] ??= issue.message;
		}
	}
	const churn =
		Object.keys(countErrors).length === 0
			? computeChurn({ start: values.start, added: values.added, lost: values.lost, lostNew: values.lostNew, months: values.months, convention: basis })
			: null;

	const revenueUsed = revenueNames.some((n) => text[n].trim() !== '');
	const revenueErrors: Record<string, string> = {};
	if (revenueUsed) {
		for (const n of revenueNames) if (errors[n]) revenueErrors[n] = errors[n];
		if (Object.keys(revenueErrors).length === 0) {
			for (const issue of checkRevenueMovements({ mrr: values.mrr, contraction: values.contraction, churned: values.churned }))
				revenueErrors[String(issue.path[0])] ??= issue.message;
		}
	}
	const revenue =
		revenueUsed && Object.keys(revenueErrors).length === 0
			? computeRevenueRetention({ mrr: values.mrr, expansion: values.expansion, contraction: values.contraction, churned: values.churned })
			: null;

	const cohorts = useMemo(() => parseCohortTable(cohortText), [cohortText]);
	const curve = useMemo(() => (cohorts.cohorts.length > 0 ? computeCohortCurve(cohorts.cohorts) : null), [cohorts]);
	const chart = useMemo(() => {
		if (!curve) return null;
		const periods = curve.average.length;
		const labelsX = Array.from({ length: periods }, (_, i) => `Period ${i}`);
		const datasets = [
			{ label: 'Average (weighted by cohort size)', data: curve.average.map((v) => v * 100), tone: 'accent' as const },
			...curve.cohorts.slice(0, 6).map((c, i) => ({
				label: c.label,
				data: labelsX.map((_, p) => (c.retention[p] === undefined ? null : c.retention[p] * 100)),
				tone: (['orange', 'green', 'purple', 'blue', 'red', 'gray'] as const)[i],
			})),
		];
		return { labels: labelsX, datasets, summary: describeCohortCurve(curve, (f) => formatPercentOfFraction(f)) };
	}, [curve]);

	const query = useMemo(() => {
		const v: Record<string, number> = {};
		for (const p of churnParams) if (!errors[p.name] && !(p.optional && text[p.name].trim() === '')) v[p.name] = values[p.name];
		return serializeParams(v, churnParams, basis !== 'start' ? [['basis', basis]] : []);
	}, [values, errors, text, basis]);
	useUrlMirror(query, owned, syncUrl && touched, ready);

	const allErrors = [...Object.values(countErrors), ...Object.values(revenueErrors)];
	const periodName = formatPeriodName(errors.months ? undefined : values.months);
	const field = (name: string, errs: Record<string, string>, unit?: string) => (
		<NumberField
			key={name}
			id={`churn-${name}`}
			label={labels[name]}
			value={text[name]}
			onChange={set(name)}
			error={errs[name]}
			notice={notices[name]}
			help={help[name]}
			unit={unit}
			placeholder={name === 'lostNew' ? '0' : undefined}
		/>
	);
	const none = 'Fix the highlighted field';

	return (
		<section className="calc" aria-label={preset?.title ?? 'Churn and retention calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={showingExample} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
			<div className="calc-grid">{countNames.map((n) => field(n, countErrors, n === 'months' ? 'months' : undefined))}</div>
			<fieldset className="calc-mode">
				<legend>Divide losses by</legend>
				<label>
					<input
						type="radio"
						name="churn-basis"
						value="start"
						checked={basis === 'start'}
						onChange={() => {
							setBasis('start');
							setBasisNotice('');
							touch();
						}}
					/>{' '}
					Customers at start (joiners who leave are not counted)
				</label>
				<label>
					<input
						type="radio"
						name="churn-basis"
						value="average"
						checked={basis === 'average'}
						onChange={() => {
							setBasis('average');
							setBasisNotice('');
							touch();
						}}
					/>{' '}
					Average of start and end (all losses counted)
				</label>
			</fieldset>
			{basisNotice ? <p className="calc-notice">{basisNotice}</p> : null}

			<div className="calc-results">
				<Result
					primary
					name="Churn rate"
					value={churn ? formatPercentOfFraction(churn.periodChurn, 2) : '—'}
					detail={
						churn
							? `Per ${periodName}: ${formatCount(churn.counted)} of ${formatCount(churn.denominator)} customers (${basis === 'start' ? 'customers at start' : 'average of start and end'}).`
							: none
					}
				/>
				<Result name="Monthly churn rate" value={churn ? formatPercentOfFraction(churn.monthlyChurn, 2) : '—'} />
				<Result name="Quarterly churn rate" value={churn ? formatPercentOfFraction(churn.quarterlyChurn, 2) : '—'} />
				<Result name="Annual churn rate" value={churn ? formatPercentOfFraction(churn.annualChurn, 2) : '—'} detail="Compounded, not multiplied." />
				<Result name="Retention rate" value={churn ? formatPercentOfFraction(churn.periodRetention, 2) : '—'} detail={`Per ${periodName}.`} />
				<Result name="Annual retention rate" value={churn ? formatPercentOfFraction(churn.annualRetention, 2) : '—'} />
				<Result
					name="Expected lifetime (mean)"
					value={churn ? (churn.meanLifetimeMonths === null ? 'No end at 0% churn' : formatMonths(churn.meanLifetimeMonths)) : '—'}
				/>
				<Result
					name="Expected lifetime (median)"
					value={churn ? (churn.medianLifetimeMonths === null ? 'No end at 0% churn' : formatMonths(churn.medianLifetimeMonths, 0)) : '—'}
					detail="Half the customers have left by then."
				/>
			</div>
			{churn && churn.counted === 0 ? (
				<p className="calc-warning">
					No customers lost in this period, so churn is 0% and lifetime has no end. One quiet period rarely means no churn: use a longer period for a truer
					rate.
				</p>
			) : null}

			<LazySection lazy={false} summary="Revenue retention (GRR and NRR)" forceOpen={preset?.revenue !== false || revenueUsed}>
				<p className="calc-help">Only customers you had at the start of the period; revenue from new customers is left out.</p>
				<div className="calc-grid">{revenueNames.map((n) => field(n, revenueErrors))}</div>
				<div className="calc-results">
					<Result
						name="Gross revenue retention"
						value={revenue ? formatPercentOfFraction(revenue.grr, 1) : '—'}
						detail={revenue ? 'Cannot exceed 100%.' : revenueUsed ? none : 'Enter starting recurring revenue.'}
					/>
					<Result
						name="Net revenue retention"
						value={revenue ? formatPercentOfFraction(revenue.nrr, 1) : '—'}
						detail={revenue ? 'Above 100% means expansion outweighs losses.' : undefined}
						tone={revenue ? (revenue.nrr >= 1 ? 'good' : 'warn') : undefined}
					/>
				</div>
			</LazySection>

			<LazySection lazy={false} summary="Cohort retention curve" forceOpen={cohortText !== ''}>
				<div className="calc-field">
					<label htmlFor="churn-cohorts">Paste a cohort table: one cohort per line, its name, then customers still active at period 0, 1, 2, …</label>
					<textarea
						id="churn-cohorts"
						rows={5}
						value={cohortText}
						placeholder={exampleCohorts}
						onChange={(e) => setCohortText(e.target.value)}
						aria-describedby={cohorts.errors.length ? 'churn-cohorts-problems' : 'churn-cohorts-help'}
					/>
					<p id="churn-cohorts-help" className="calc-help">
						Copy straight from a spreadsheet (tabs) or use commas. A header line is skipped. The table stays on this page and is not put in the link.
					</p>
					<button type="button" className="calc-button calc-button-secondary" onClick={() => setCohortText(exampleCohorts)}>
						Use the example table
					</button>
					<FileProblems
						id="churn-cohorts-problems"
						messages={cohorts.errors.length ? ['Lines skipped (the rest are used):', ...cohorts.errors.slice(0, 20).map((e) => e.message)] : []}
					/>
				</div>
				{chart ? (
					<Chart
						type="line"
						title="Cohort retention"
						summary={chart.summary}
						labels={chart.labels}
						datasets={chart.datasets}
						xTitle="Periods since joining"
						yTitle="Customers remaining (%)"
						labelHeader="Period"
						y={{ kind: 'percent' }}
						formatValue={(v) => `${v.toFixed(1)}%`}
					/>
				) : null}
			</LazySection>

			<CopyLink query={query} owned={owned} />
			<Announcer message={allErrors.length ? `${allErrors.length} ${allErrors.length === 1 ? 'problem' : 'problems'}: ${allErrors[0]}` : ''} />
		</section>
	);
}

/** The calculator inside an error boundary: a failure shows its inputs and a way on, never an empty space. */
export default function ChurnIsland(props: ChurnIslandProps) {
	return (
		<CalculatorBoundary name="The churn calculator">
			<ChurnCalculator {...props} />
		</CalculatorBoundary>
	);
}
