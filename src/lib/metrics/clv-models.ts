/**
 * CLV models: the same valuation (src/lib/metrics/clv.ts) fed by different
 * business shapes. Each model lists its input fields as data (id = URL
 * parameter, label, unit, bounds, default) and maps their values to a monthly
 * gross profit, churn and growth. Industry presets pick a model by id and give
 * starting values and labels; the calculator renders whatever fields the model
 * lists, so a new variant is data, not a new branch in the component.
 *
 * Every model also takes the common `discount` (% per year), `horizon`
 * (months) and `cac`.
 */
import { clvCalculator } from '../calculators/clv.ts';
import { MAX_AMOUNT, type InputSpec } from '../calculators/inputs.ts';
import { computeChurnFromLifespan } from './churn.ts';
import { convertAnnualToMonthlyRate, type ProfitStream } from './clv.ts';

/** Ids of the models below; a preset's `model` names one. */
export const clvModelIds = ['recurring', 'retail', 'professional-services', 'financial-services'] as const;
export type ClvModelId = (typeof clvModelIds)[number];

export interface ClvModel {
	id: ClvModelId;
	/** Short name shown as the model's heading. */
	name: string;
	/** The formula in words, shown under the calculator and in the method section. */
	formula: string;
	/** Inputs specific to the model, in display order: adding one here adds the field, its link parameter and its checks. */
	fields: InputSpec[];
	/** Values (already validated against `fields`) to a profit stream. */
	toStream: (values: Record<string, number>) => ProfitStream;
}

const pct = (v: number) => v / 100;

/** Recurring revenue (SaaS, subscriptions): ARPA × margin ÷ monthly churn. */
export const recurringModel: ClvModel = {
	id: 'recurring',
	name: 'Recurring revenue',
	formula: 'Average revenue per account per month × gross margin ÷ monthly churn',
	fields: [
		{ id: 'arpa', label: 'Average revenue per account (per month)', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 450, step: 1 },
		{ id: 'margin', label: 'Gross margin (%)', unit: 'percent', min: 0, max: 100, default: 80, step: 0.1 },
		{
			id: 'churn',
			label: 'Monthly churn (%)',
			unit: 'percent',
			min: 0,
			max: 100,
			default: 1.5,
			step: 0.1,
			help: 'Share of accounts lost per month; 2.5 means 2.5%.',
		},
	],
	toStream: (v) => ({ monthlyProfit: v.arpa * pct(v.margin), monthlyChurn: pct(v.churn) }),
};

/** Retail and e-commerce: order value × orders per year × margin over a lifespan in years. */
export const retailModel: ClvModel = {
	id: 'retail',
	name: 'Repeat purchases',
	formula: 'Average order value kept after returns × orders per year × gross margin × customer lifespan (years)',
	fields: [
		{ id: 'orderValue', label: 'Average order value', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 60, step: 1 },
		{ id: 'frequency', label: 'Orders per customer per year', unit: 'number', min: 0, max: 365, default: 4, step: 0.1 },
		{
			id: 'lifespan',
			label: 'Customer lifespan (years)',
			unit: 'years',
			min: 0.1,
			max: 100,
			default: 3,
			step: 0.1,
			help: 'How long a customer keeps buying, on average.',
		},
		{ id: 'margin', label: 'Gross margin (%)', unit: 'percent', min: 0, max: 100, default: 40, step: 0.1 },
		// Optional so existing links and presets keep their value; returns are refunded revenue, not margin.
		{
			id: 'returns',
			label: 'Returned orders (% of order value)',
			unit: 'percent',
			min: 0,
			max: 100,
			default: 0,
			optional: true,
			step: 0.1,
			help: 'Share of order value refunded; 0 if you net returns out already.',
		},
	],
	toStream: (v) => ({
		monthlyProfit: (v.orderValue * (1 - pct(v.returns)) * v.frequency * pct(v.margin)) / 12,
		monthlyChurn: computeChurnFromLifespan(v.lifespan * 12),
	}),
};

/** Professional services: retainer or project fee × projects per year × margin, with annual client retention. */
export const professionalServicesModel: ClvModel = {
	id: 'professional-services',
	name: 'Retainers and projects',
	formula: 'Fee per project or retainer × projects per year × gross margin, over the expected client relationship (from annual client retention)',
	fields: [
		{ id: 'fee', label: 'Fee per project or retainer', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 12000, step: 100 },
		{ id: 'projects', label: 'Projects or retainer renewals per year', unit: 'number', min: 0, max: 52, default: 2, step: 0.5 },
		{ id: 'margin', label: 'Gross margin (%)', unit: 'percent', min: 0, max: 100, default: 35, step: 0.1 },
		{
			id: 'retention',
			label: 'Annual client retention (%)',
			unit: 'percent',
			min: 0,
			max: 100,
			default: 75,
			step: 0.1,
			help: 'Share of clients who come back the following year.',
		},
	],
	toStream: (v) => ({
		monthlyProfit: (v.fee * v.projects * pct(v.margin)) / 12,
		// Annual retention R to a constant monthly churn: 1 − R^(1/12).
		monthlyChurn: 1 - Math.pow(pct(v.retention), 1 / 12),
	}),
};

/** Financial services: assets under management × fee × margin, with optional asset growth. */
export const financialServicesModel: ClvModel = {
	id: 'financial-services',
	name: 'Assets under management',
	formula: 'Assets under management × annual fee × margin, growing with the assets, over the expected relationship (from annual client retention)',
	fields: [
		{ id: 'aum', label: 'Assets under management per client', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 250000, step: 1000 },
		{ id: 'fee', label: 'Annual fee (% of assets)', unit: 'percent', min: 0, max: 100, default: 1, step: 0.01 },
		{ id: 'margin', label: 'Margin on fees (%)', unit: 'percent', min: 0, max: 100, default: 30, step: 0.1 },
		{ id: 'retention', label: 'Annual client retention (%)', unit: 'percent', min: 0, max: 100, default: 92, step: 0.1 },
		{
			id: 'growth',
			label: 'Asset growth (% per year)',
			unit: 'percent',
			min: -50,
			max: 50,
			default: 4,
			step: 0.1,
			help: 'Market growth plus net contributions; 0 for none.',
		},
	],
	toStream: (v) => ({
		monthlyProfit: (v.aum * pct(v.fee) * pct(v.margin)) / 12,
		monthlyChurn: 1 - Math.pow(pct(v.retention), 1 / 12),
		monthlyGrowth: convertAnnualToMonthlyRate(v.growth),
	}),
};

export const clvModels: Record<ClvModelId, ClvModel> = {
	recurring: recurringModel,
	retail: retailModel,
	'professional-services': professionalServicesModel,
	'financial-services': financialServicesModel,
};

/** The model for an id, falling back to recurring revenue for unknown ids. */
export function findClvModel(id: string | undefined): ClvModel {
	return (id && clvModels[id as ClvModelId]) || recurringModel;
}

/** Fields every model shares, after the model's own (declared with the calculator: src/lib/calculators/clv.ts). */
export const clvCommonFields: readonly InputSpec[] = clvCalculator.inputs;
