/**
 * The customer lifetime value calculator, declared once. Each CLV model
 * (src/lib/metrics/clv-models.ts) lists its own inputs beside its formula; the
 * inputs here are the ones every model shares, after the model's own.
 */
import { MAX_AMOUNT, type CalculatorDefinition } from './inputs.ts';

export const clvCalculator = {
	id: 'clv',
	name: 'Customer lifetime value',
	inputs: [
		{
			id: 'discount',
			label: 'Discount rate (% per year)',
			unit: 'percent',
			min: 0,
			max: 100,
			default: 0,
			optional: true,
			step: 0.1,
			help: 'Leave at 0 for the simple, undiscounted value.',
		},
		// A century: beyond it no plan means anything.
		{
			id: 'horizon',
			label: 'Horizon (months, optional)',
			unit: 'months',
			min: 0,
			max: 1200,
			default: 0,
			optional: true,
			step: 1,
			help: 'Count value only over this many months; 0 for no limit.',
		},
		{
			id: 'cac',
			label: 'Customer acquisition cost',
			unit: 'currency',
			min: 0,
			max: MAX_AMOUNT,
			default: 0,
			optional: true,
			step: 1,
			help: 'Sales and marketing cost to win one account; 0 to skip LTV:CAC.',
		},
	],
	outputs: {
		value: { name: 'Customer lifetime value', format: 'money', benchmark: true },
		monthlyProfit: { name: 'Monthly gross profit per account', format: 'money' },
		lifetime: { name: 'Expected lifetime', format: 'months' },
		ltvToCac: { name: 'LTV:CAC', format: 'ratio', benchmark: true },
		payback: { name: 'CAC payback', format: 'months', benchmark: true },
	},
} as const satisfies CalculatorDefinition<'clv'>;
