import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumberList, orderPlanSections } from '../../../src/lib/print-edition.ts';

const entry = (section: number, title = `Section ${section}`) => ({ section, title });

describe('orderPlanSections', () => {
	it('puts the sections in plan order whatever order the pages come in', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 0 }), (numbers) => {
				const { sections, missing } = orderPlanSections(numbers.map((n) => entry(n)));
				expect(sections.map((s) => s.section)).toEqual([...numbers].sort((a, b) => a - b));
				expect([...sections.map((s) => s.section), ...missing].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
			}),
		);
	});

	it('names the missing and doubled-up section numbers', () => {
		const result = orderPlanSections([entry(4, 'Service standards'), entry(1), entry(4, 'Response targets'), entry(9)]);
		expect(result.sections.map((s) => s.title)).toEqual(['Section 1', 'Response targets', 'Service standards', 'Section 9']);
		expect(result.missing).toEqual([2, 3, 5, 6, 7, 8]);
		expect(result.duplicates).toEqual([4]);
	});

	it('reports all nine as missing when no plan page exists yet', () => {
		expect(orderPlanSections([])).toEqual({ sections: [], missing: [1, 2, 3, 4, 5, 6, 7, 8, 9], duplicates: [] });
	});
});

describe('formatNumberList', () => {
	it.each([
		[[], ''],
		[[4], '4'],
		[[4, 5], '4 and 5'],
		[[3, 4, 5, 6], '3, 4, 5 and 6'],
	])('writes %j as "%s"', (numbers, text) => {
		expect(formatNumberList(numbers)).toBe(text);
	});
});
