import { describe, expect, it } from 'vitest';
import { checkChurnCounts, checkHealthSignals, checkRevenueMovements, checkSignalFields } from '../../../src/lib/calculator-rules.ts';

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
