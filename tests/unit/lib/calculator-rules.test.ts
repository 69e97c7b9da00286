import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { churnParams, parseParams, readFieldValues } from '#src/lib/url-state.ts';
import { computeChurn, computeRevenueRetention } from '#src/lib/metrics/churn.ts';
import { formatCount, formatMonths, formatPercentOfFraction, formatPeriodName } from '#src/lib/format.ts';
import { checkChurnCounts, checkHealthSignals, checkRevenueMovements, checkSignalFields } from '#src/lib/calculator-rules.ts';

describe('calculator rules', () => {
	it.each([
		[{ start: 10, added: 5, lost: 16 }, 'lost', /churn over 100% is impossible/],
		[{ start: 10, added: 5, lost: 3, lostNew: 6 }, 'lostNew', /cannot exceed customers added/],
		[{ start: 10, added: 5, lost: 3, lostNew: 4 }, 'lostNew', /cannot exceed customers lost/],
		[{ start: 10, added: 5, lost: 12, lostNew: 1 }, 'lost', /starting base \(11\) cannot exceed customers at start \(10\)/],
		[{ start: 0, added: 5, lost: 0 }, 'start', /more than 0/],
	])('flags %o on %s', (input, field, message) => {
		const issues = checkChurnCounts(input);
		expect(issues.find((i) => i.path[0] === field)?.message).toMatch(message);
	});

	it('accepts a normal period', () => {
		expect(checkChurnCounts({ start: 200, added: 20, lost: 10, lostNew: 2 })).toEqual([]);
		expect(checkRevenueMovements({ mrr: 100, contraction: 10, churned: 20 })).toEqual([]);
	});

	it('checks signals typed on the page', () => {
		const ok = { id: 'usage', name: 'Usage', weight: 10, direction: 'higher-is-better', poor: 0, good: 100 };
		expect(checkSignalFields(ok)).toEqual([]);
		expect(checkSignalFields({ ...ok, weight: Number.NaN })[0].message).toMatch(/weight must be a number/);
		expect(checkSignalFields({ ...ok, id: '9lives' })[0].message).toMatch(/id must start with a lowercase letter/);
		expect(checkSignalFields({ ...ok, direction: 'lower-is-better' })[0].message).toMatch(/must be below its poor threshold/);
		expect(checkHealthSignals([ok, ok]).map((i) => i.message)).toEqual(['signal id "usage" is used twice: give each signal its own id']);
	});
});

describe('the churn calculator text, for any input a reader or a link can give', () => {
	// The whole path from typed text to the words the page shows: field checks,
	// cross-field rules, results and their labels.
	const cell = fc.oneof(
		fc.constantFrom('', '0', '1', '3', '12', '-1', '1e308', '-1e308', '1e309', '9007199254740993', 'NaN', 'Infinity', 'undefined', '0.5', '1,000'),
		fc.double({ noNaN: false }).map(String),
		fc.nat({ max: 10_000 }).map(String),
		fc.string({ maxLength: 8 }),
	);
	const names = churnParams.map((p) => p.name);
	const inputs = fc.record(Object.fromEntries(names.map((n) => [n, cell])) as Record<string, fc.Arbitrary<string>>);
	const nonsense = /NaN|Infinity|undefined/;

	it('never says NaN, Infinity or undefined', () => {
		fc.assert(
			fc.property(inputs, fc.constantFrom('start', 'average') as fc.Arbitrary<'start' | 'average'>, (raw, convention) => {
				const { values, errors } = readFieldValues(raw, churnParams);
				const linked = parseParams(new URLSearchParams(raw), churnParams);
				const texts = [...Object.values(errors), ...Object.values(linked.messages), formatPeriodName(errors.months ? undefined : values.months)];
				const countsOk = ['start', 'added', 'lost', 'lostNew', 'months'].every((n) => !errors[n]);
				if (countsOk) {
					const issues = checkChurnCounts({ start: values.start, added: values.added, lost: values.lost, lostNew: values.lostNew });
					texts.push(...issues.map((i) => i.message));
					if (issues.length === 0) {
						const churn = computeChurn({
							start: values.start,
							added: values.added,
							lost: values.lost,
							lostNew: values.lostNew,
							months: values.months,
							convention,
						});
						texts.push(
							formatPercentOfFraction(churn.periodChurn, 2),
							formatPercentOfFraction(churn.annualChurn, 2),
							formatCount(churn.denominator),
							formatMonths(churn.meanLifetimeMonths),
						);
					}
				}
				if (['mrr', 'contraction', 'churned', 'expansion'].every((n) => !errors[n])) {
					const issues = checkRevenueMovements({ mrr: values.mrr, contraction: values.contraction, churned: values.churned });
					texts.push(...issues.map((i) => i.message));
					if (issues.length === 0) {
						const revenue = computeRevenueRetention({ mrr: values.mrr, expansion: values.expansion, contraction: values.contraction, churned: values.churned });
						texts.push(formatPercentOfFraction(revenue.grr, 1), formatPercentOfFraction(revenue.nrr, 1));
					}
				}
				// Quoted text is the reader's own input echoed back ("NaN" is not a number), not the page's words.
				for (const text of texts) expect(text.replace(/"[^"]*"/g, '"…"')).not.toMatch(nonsense);
			}),
			{ numRuns: 500 },
		);
	});

	it('words a sum too large to show without "Infinity"', () => {
		expect(checkRevenueMovements({ mrr: 1e308, contraction: 1e308, churned: 1e308 })[0].message).toBe(
			'Contraction plus churned revenue (a number too large to show) cannot exceed starting recurring revenue (100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000)',
		);
	});
});
