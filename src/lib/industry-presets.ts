/**
 * Turns an industry file's presets into the preset objects the calculator
 * islands take (shapes in src/schemas/calculators.ts), dropping the fields only
 * the industry pages read (definition, about, when, review). The same objects
 * are validated at build time (src/schemas/industry-check.ts) and handed to
 * the islands, so what is checked is what runs.
 */
import type { Industry, PlanTopic } from '../schemas/industry.ts';
import { calculators, type CalculatorId } from './calculators/index.ts';
import type { InputSpec } from './calculators/inputs.ts';
import { formatNumber } from './format.ts';
import { clvCommonFields, clvModels, findClvModel } from './metrics/clv-models.ts';

export { calculatorNames } from './calculators/index.ts';

/** Plan section names, used when the plan page's own title is not available. */
export const planTopicNames: Record<PlanTopic, string> = {
	'current-state': 'Current state assessment',
	'segmentation-and-tiers': 'Customer segmentation and service tiers',
	'feedback-and-listening': 'Feedback and listening',
	'service-standards': 'Service standards and response commitments',
	touchpoints: 'Communication touchpoint plan',
	escalation: 'Issue resolution and escalation',
	'retention-and-loyalty': 'Retention and loyalty initiatives',
	'training-and-accountability': 'Staff training and accountability',
	'kpis-and-reviews': 'KPIs and review cadence',
};

/**
 * Generic names of every calculator input, by URL parameter, for "what the
 * inputs mean" lists: from the definitions (the first label wins where two
 * CLV models share an id such as margin).
 */
export const inputNames: Record<string, string> = Object.fromEntries(
	[...Object.values(calculators).flatMap((c): readonly InputSpec[] => c.inputs), ...Object.values(clvModels).flatMap((m) => m.fields)]
		.reverse()
		.map((input) => [input.id, input.label]),
);

/** The preset object for one calculator, as its island's `preset` prop expects. */
export function toCalculatorPreset(calculator: CalculatorId, industry: Pick<Industry, 'name' | 'presets'>): Record<string, unknown> {
	const title = industry.name;
	switch (calculator) {
		case 'nps': {
			const { values } = industry.presets.nps;
			return { values, title };
		}
		case 'churn': {
			const { values, labels, revenue, convention } = industry.presets.churn as Industry['presets']['churn'] & { convention?: string };
			return { values, labels, revenue, title, ...(convention ? { convention } : {}) };
		}
		case 'clv': {
			const { model, values, labels, currency } = industry.presets.clv;
			return { model, values, labels, title, ...(currency ? { currency } : {}) };
		}
		case 'health-score': {
			const { config, values } = industry.presets.health;
			return { config, values, title };
		}
	}
}

/** A preset's starting value as a row for a table: the label readers see and the value with its unit. */
export interface PresetRow {
	id: string;
	label: string;
	value: string;
}

const formatValue = (value: number, unit: string | undefined) => {
	const shown = formatNumber(value);
	return unit === 'percent' ? `${shown}%` : shown;
};

/**
 * The CLV preset's starting values, labelled as the calculator will label them
 * (the industry's label, else the model's), in the model's field order.
 */
export function listClvPresetRows(preset: { model: string; values: Record<string, number>; labels: Record<string, string> }): PresetRow[] {
	const model = findClvModel(preset.model);
	return [...model.fields, ...clvCommonFields]
		.filter((field) => preset.values[field.id] !== undefined)
		.map((field) => ({ id: field.id, label: preset.labels[field.id] ?? field.label, value: formatValue(preset.values[field.id], field.unit) }));
}
