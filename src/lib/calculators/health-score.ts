/**
 * The account health calculator, declared once. Its main inputs are the
 * signals, which are data (a preset's `config.signals`, checked by
 * healthConfigSchema); the fixed input is the previous score for the trend.
 * Arithmetic: src/lib/metrics/health.ts.
 */
import type { CalculatorDefinition } from './inputs.ts';

export const healthScoreCalculator = {
	id: 'health-score',
	name: 'Account health score',
	inputs: [
		{
			id: 'previous',
			label: 'Previous score',
			unit: 'number',
			min: 0,
			max: 100,
			default: 0,
			optional: true,
			help: 'The score last time, for the trend (optional).',
		},
	],
	outputs: {
		score: { name: 'Health score', format: 'score', benchmark: true },
		band: { name: 'Band', format: 'text' },
		coverage: { name: 'Coverage', format: 'percent' },
		trend: { name: 'Trend', format: 'text' },
		drag: { name: 'Biggest drag', format: 'text' },
	},
	// Signal values use the signal ids (listed by the page); `sig` carries a changed signal set (serializeSignal in src/lib/url-state.ts).
	extraParams: [
		{
			id: 'sig',
			meaning: 'Repeated once per signal when you changed the signal settings: id~name~weight~up|down~poor~good~critical',
			example: 'sig=usage~Seats used~30~up~20~70~10',
		},
	],
} as const satisfies CalculatorDefinition<'health-score'>;
