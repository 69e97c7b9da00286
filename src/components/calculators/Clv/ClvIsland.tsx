/**
 * Customer lifetime value island. The fields come from the chosen CLV model
 * (src/lib/metrics/clv-models.ts) plus discount, horizon and CAC, so an
 * industry variant is a preset (model id, values, labels), not new code.
 * Valuation, LTV:CAC and payback are in src/lib/metrics/clv.ts.
 */
import { useMemo } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import {
	CAC_PAYBACK_RULE_OF_THUMB_MONTHS,
	computeCacPayback,
	computeClv,
	computeClvSensitivity,
	computeLtvToCac,
	computeSensitivityRange,
	LTV_CAC_RULE_OF_THUMB,
} from '#src/lib/metrics/clv.ts';
import { clvCommonFields, findClvModel } from '#src/lib/metrics/clv-models.ts';
import { serializeParams, toParamSpecs } from '#src/lib/url-state.ts';
import { applyPresetLabels, formatUnitSuffix, type InputSpec } from '#src/lib/calculators/inputs.ts';
import { DEFAULT_CURRENCY, formatFixed, formatMoney, formatMonths, formatPercentOfFraction } from '#src/lib/format.ts';
import type { ClvPreset } from '#src/schemas/calculators.ts';
import { CopyLink } from '../shared/CopyLink.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { Announcer, ExampleNote, Result } from '../shared/Result.tsx';
import { useFieldState } from '../shared/useFieldState.ts';
import { useUrlMirror } from '../shared/url-state-hooks.ts';
import CalculatorBoundary from '../shared/CalculatorBoundary.tsx';

export interface ClvIslandProps {
	/** Model id, starting values, label overrides and heading (validated by the .astro wrapper). */
	preset?: ClvPreset;
	/** ISO 4217 code money is shown in (the organization's, or the preset's). */
	currency?: string;
	/** Mirror state into the address bar (default true). */
	syncUrl?: boolean;
}

/** Horizon offered when the value would have no end. */
const SUGGESTED_HORIZON = 60;

function ClvCalculator({ preset, currency = DEFAULT_CURRENCY, syncUrl = true }: ClvIslandProps) {
	const money = (value: number | null | undefined) => formatMoney(value, currency);
	const model = findClvModel(preset?.model);
	const fields = useMemo(() => applyPresetLabels([...model.fields, ...clvCommonFields], preset?.labels), [model, preset]);
	const specs = useMemo(() => toParamSpecs(fields), [fields]);
	const owned = useMemo(() => {
		const names = new Set(specs.map((s) => s.name));
		return (name: string) => names.has(name);
	}, [specs]);
	const { text, set, setText, notices, ready, touched, values, errors, showingExample } = useFieldState(specs, preset?.values ?? {}, false);

	const modelErrors = model.fields.some((f) => errors[f.id]);
	const commonErrors = clvCommonFields.some((f) => errors[f.id]);
	const stream = modelErrors ? null : model.toStream(values);
	const discount = values.discount ?? 0;
	const horizon = values.horizon ?? 0;
	const options = { discount, horizon };
	const clv = stream && !commonErrors ? computeClv(stream, options) : null;
	const cac = values.cac ?? 0;
	const ratio = clv ? computeLtvToCac(clv.value, cac) : null;
	const payback = stream && !errors.cac ? computeCacPayback(cac, stream.monthlyProfit) : null;

	// Drawn from the stream's numbers, not the stream object (a new one every render), so the chart redraws only when they change.
	const { monthlyProfit, monthlyChurn, monthlyGrowth } = stream ?? {};
	const sensitivity = useMemo(() => {
		if (monthlyProfit === undefined || monthlyChurn === undefined || commonErrors) return null;
		const points = computeClvSensitivity({ monthlyProfit, monthlyChurn, monthlyGrowth }, { discount, horizon }, computeSensitivityRange(monthlyChurn));
		const finite = points.filter((p) => p.value !== null);
		if (finite.length === 0) return null;
		return {
			labels: points.map((p) => `${formatFixed(p.churn * 100, 2)}%`),
			datasets: [{ label: 'Customer lifetime value', data: points.map((p) => p.value), tone: 'accent' as const }],
			summary: `At ${formatPercentOfFraction(points[0].churn, 2)} monthly churn the value is ${formatMoney(points[0].value, currency)}; at ${formatPercentOfFraction(points.at(-1)!.churn, 2)} it is ${formatMoney(points.at(-1)!.value, currency)}.`,
		};
	}, [monthlyProfit, monthlyChurn, monthlyGrowth, discount, horizon, commonErrors, currency]);

	const query = useMemo(() => {
		const v: Record<string, number> = {};
		for (const s of specs) if (!errors[s.name] && values[s.name] !== undefined) v[s.name] = values[s.name];
		return serializeParams(v, specs);
	}, [values, errors, specs]);
	useUrlMirror(query, owned, syncUrl && touched, ready);

	const allErrors = Object.values(errors);
	const discounted = options.discount > 0;
	const clvDetail = !clv
		? 'Fix the highlighted field.'
		: clv.value === null
			? 'No finite value: see below.'
			: `${discounted ? `Discounted at ${formatFixed(options.discount, 1)}% a year, cash at the end of each month` : 'Undiscounted'}${options.horizon > 0 ? `, over at most ${options.horizon} months` : ''}.`;

	const field = (f: InputSpec) => (
		<NumberField
			key={f.id}
			id={`clv-${f.id}`}
			label={f.label}
			value={text[f.id]}
			onChange={set(f.id)}
			error={errors[f.id]}
			notice={notices[f.id]}
			help={f.help}
			unit={f.unit === 'currency' ? currency : formatUnitSuffix(f.unit)}
		/>
	);

	return (
		<section className="calc" aria-label={preset?.title ?? 'Customer lifetime value calculator'}>
			{preset?.title ? <h3 className="calc-title">{preset.title}</h3> : null}
			<ExampleNote visible={showingExample} what={preset?.title ? `a worked example with typical figures for ${preset.title}` : undefined} />
			<p className="calc-help">
				<strong>{model.name}:</strong> {model.formula}.
			</p>
			<div className="calc-grid">{model.fields.map((f) => field(fields.find((x) => x.id === f.id)!))}</div>
			<div className="calc-grid">{clvCommonFields.map((f) => field(fields.find((x) => x.id === f.id)!))}</div>

			<div className="calc-results">
				<Result primary name="Customer lifetime value" value={clv ? (clv.value === null ? 'No finite value' : money(clv.value)) : '—'} detail={clvDetail} />
				<Result name="Monthly gross profit per account" value={stream ? money(stream.monthlyProfit) : '—'} />
				<Result
					name="Expected lifetime"
					value={clv ? (clv.expectedMonths === null ? 'No end' : formatMonths(clv.expectedMonths)) : '—'}
					detail={options.horizon > 0 ? 'Within the horizon.' : undefined}
				/>
				<Result
					name="LTV:CAC"
					value={ratio === null ? '—' : `${formatFixed(ratio, 1)} : 1`}
					tone={ratio === null ? undefined : ratio >= LTV_CAC_RULE_OF_THUMB ? 'good' : 'warn'}
					detail={
						ratio === null
							? cac > 0
								? 'Needs a finite lifetime value.'
								: 'Enter a customer acquisition cost.'
							: `Commonly cited rule of thumb: ${LTV_CAC_RULE_OF_THUMB}:1 or better.`
					}
				/>
				<Result
					name="CAC payback"
					value={payback === null ? '—' : formatMonths(payback)}
					tone={payback === null ? undefined : payback <= CAC_PAYBACK_RULE_OF_THUMB_MONTHS ? 'good' : 'warn'}
					detail={
						payback === null
							? cac > 0
								? 'No gross profit to pay it back.'
								: 'Enter a customer acquisition cost.'
							: `Commonly cited rule of thumb: ${CAC_PAYBACK_RULE_OF_THUMB_MONTHS} months or less.`
					}
				/>
			</div>

			{clv && clv.value === null ? (
				<div className="calc-warning" role="note">
					<p>
						With no churn (and nothing else shrinking the value) the sum never stops: every account would pay forever, so the value would be infinite. No real
						customer relationship lasts forever, so set a horizon: count only the months you are willing to plan for.
					</p>
					<button type="button" className="calc-button" onClick={() => setText((t) => ({ ...t, horizon: String(SUGGESTED_HORIZON) }))}>
						Use a {SUGGESTED_HORIZON}-month horizon
					</button>
				</div>
			) : null}
			{clv && clv.value !== null && stream && stream.monthlyChurn === 0 && options.horizon === 0 ? (
				<p className="calc-warning">Churn is 0%, so this value comes only from the discount rate shrinking far-off months. Consider a horizon as well.</p>
			) : null}

			{sensitivity ? (
				<Chart
					type="line"
					title="Lifetime value against monthly churn"
					summary={sensitivity.summary}
					labels={sensitivity.labels}
					datasets={sensitivity.datasets}
					xTitle="Monthly churn"
					yTitle="Customer lifetime value"
					y={{ kind: 'money', currency }}
					labelHeader="Monthly churn"
					formatValue={(v) => money(v)}
				/>
			) : null}

			<CopyLink query={query} owned={owned} />
			<Announcer message={allErrors.length ? `${allErrors.length} ${allErrors.length === 1 ? 'problem' : 'problems'}: ${allErrors[0]}` : ''} />
		</section>
	);
}

/** The calculator inside an error boundary: a failure shows its inputs and a way on, never an empty space. */
export default function ClvIsland(props: ClvIslandProps) {
	return (
		<CalculatorBoundary name="The customer lifetime value calculator">
			<ClvCalculator {...props} />
		</CalculatorBoundary>
	);
}
