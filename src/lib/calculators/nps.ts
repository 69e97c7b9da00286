/**
 * The NPS calculator, declared once: its inputs (link parameters, preset keys,
 * labels, ranges) and its results. Arithmetic: src/lib/metrics/nps.ts.
 */
import { MAX_COUNT, type CalculatorDefinition } from './inputs.ts';

export const npsCalculator = {
	id: 'nps',
	name: 'Net Promoter Score',
	inputs: [
		// The worked example: 200 responses, score +42.5 (120 − 35 over 200).
		{ id: 'promoters', label: 'Promoters (9–10)', unit: 'count', min: 0, max: MAX_COUNT, default: 120, group: 'counts', help: 'Answers of 9 or 10.' },
		{ id: 'passives', label: 'Passives (7–8)', unit: 'count', min: 0, max: MAX_COUNT, default: 45, group: 'counts', help: 'Answers of 7 or 8.' },
		{ id: 'detractors', label: 'Detractors (0–6)', unit: 'count', min: 0, max: MAX_COUNT, default: 35, group: 'counts', help: 'Answers from 0 to 6.' },
		{ id: 'prev_promoters', label: 'Earlier survey: promoters', unit: 'count', min: 0, max: MAX_COUNT, default: 0, optional: true, group: 'previous' },
		{ id: 'prev_passives', label: 'Earlier survey: passives', unit: 'count', min: 0, max: MAX_COUNT, default: 0, optional: true, group: 'previous' },
		{ id: 'prev_detractors', label: 'Earlier survey: detractors', unit: 'count', min: 0, max: MAX_COUNT, default: 0, optional: true, group: 'previous' },
		// Below half a point the sample size runs to millions; above 100 points the question is moot.
		{
			id: 'target',
			label: 'Target margin of error (points)',
			unit: 'points',
			min: 0.5,
			max: 100,
			default: 5,
			example: 5,
			optional: true,
			group: 'planning',
			step: 0.5,
		},
	],
	outputs: {
		score: { name: 'Net Promoter Score', format: 'score', benchmark: true },
		promoters: { name: 'Promoters', format: 'percent' },
		passives: { name: 'Passives', format: 'percent' },
		detractors: { name: 'Detractors', format: 'percent' },
		responses: { name: 'Responses', format: 'count' },
		margin: { name: 'Margin of error', format: 'points' },
		interval: { name: '95% confidence interval', format: 'text' },
		change: { name: 'Change in NPS', format: 'points' },
		significance: { name: 'Statistical significance', format: 'text' },
		sampleSize: { name: 'Responses needed', format: 'count' },
	},
} as const satisfies CalculatorDefinition<'nps'>;
