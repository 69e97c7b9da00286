/**
 * The churn and retention calculator, declared once: inputs (customer counts
 * and, optionally, recurring revenue movements) and results. Arithmetic:
 * src/lib/metrics/churn.ts; cross-field rules: src/lib/calculator-rules.ts.
 */
import { MAX_AMOUNT, MAX_COUNT, type CalculatorDefinition } from './inputs.ts';

export const churnCalculator = {
	id: 'churn',
	name: 'Churn and retention',
	inputs: [
		// The worked example: 200 customers, 20 joined, 10 left in a month (5% churn); revenue of
		// 40,000 a month with 1,500 expansion, 600 contraction and 1,000 churned (GRR 96%, NRR 99.75%).
		{ id: 'start', label: 'Customers at start', unit: 'count', min: 0, max: MAX_COUNT, default: 200, group: 'counts', help: 'Paying customers on the first day of the period.' },
		{ id: 'added', label: 'Customers added', unit: 'count', min: 0, max: MAX_COUNT, default: 20, group: 'counts', help: 'New customers who joined during the period.' },
		{ id: 'lost', label: 'Customers lost', unit: 'count', min: 0, max: MAX_COUNT, default: 10, group: 'counts', help: 'Customers who left during the period, including any who joined and left in it.' },
		{ id: 'lostNew', label: 'Lost who joined this period', unit: 'count', min: 0, max: MAX_COUNT, default: 0, optional: true, group: 'counts', help: 'Of those lost, how many had joined in the same period (optional).' },
		// Ten years: longer periods say nothing about churn today.
		{ id: 'months', label: 'Period length (months)', unit: 'months', min: 1, max: 120, default: 1, group: 'counts', help: '1 for a month, 3 for a quarter, 12 for a year.' },
		{ id: 'mrr', label: 'Starting recurring revenue', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 0, example: 40000, optional: true, group: 'revenue', help: 'Recurring revenue per month from customers at the start.' },
		{ id: 'expansion', label: 'Expansion', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 0, example: 1500, optional: true, group: 'revenue', help: 'Extra recurring revenue from those customers (upgrades, more seats).' },
		{ id: 'contraction', label: 'Contraction', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 0, example: 600, optional: true, group: 'revenue', help: 'Recurring revenue lost to downgrades by customers who stayed.' },
		{ id: 'churned', label: 'Churned revenue', unit: 'currency', min: 0, max: MAX_AMOUNT, default: 0, example: 1000, optional: true, group: 'revenue', help: 'Recurring revenue lost from customers who left.' },
	],
	outputs: {
		rate: { name: 'Churn rate', format: 'percent', benchmark: true },
		monthly: { name: 'Monthly churn rate', format: 'percent' },
		quarterly: { name: 'Quarterly churn rate', format: 'percent' },
		annual: { name: 'Annual churn rate', format: 'percent', benchmark: true },
		retention: { name: 'Retention rate', format: 'percent' },
		annualRetention: { name: 'Annual retention rate', format: 'percent' },
		meanLifetime: { name: 'Expected lifetime (mean)', format: 'months' },
		medianLifetime: { name: 'Expected lifetime (median)', format: 'months' },
		grr: { name: 'Gross revenue retention', format: 'percent', benchmark: true },
		nrr: { name: 'Net revenue retention', format: 'percent', benchmark: true },
	},
	// Read by parseChurnBasis in src/lib/url-state.ts.
	extraParams: [{ id: 'basis', meaning: 'Denominator: start (customers at the start, the default) or average (of start and end)', example: 'basis=average' }],
} as const satisfies CalculatorDefinition<'churn'>;
