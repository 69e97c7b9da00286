import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNearestName, measureEditDistance } from '#src/lib/nearest-name.ts';

const pageKeys = ['title', 'description', 'owner', 'reviewed', 'reviewBy', 'audience', 'kind', 'status', 'industries', 'section', 'sidebar', 'draft'];

describe('measureEditDistance', () => {
	it.each([
		['status', 'status', 0],
		['statuss', 'status', 1],
		['stauts', 'status', 1],
		['owner', 'owners', 1],
		['industry', 'industries', 3],
		['', 'kind', 4],
	])('%s → %s takes %i edits', (a, b, edits) => {
		expect(measureEditDistance(a, b)).toBe(edits);
	});

	it('is zero exactly for equal names, symmetric, and never more than the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const d = measureEditDistance(a, b);
				expect(d === 0).toBe(a === b);
				expect(measureEditDistance(b, a)).toBe(d);
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
			}),
		);
	});
});

describe('findNearestName', () => {
	it.each([
		['statuss', 'status'],
		['industry', 'industries'],
		['reviewby', 'reviewBy'],
		['Owner', 'owner'],
		['audiance', 'audience'],
		['sidbar', 'sidebar'],
	])('suggests %s → %s', (typo, meant) => {
		expect(findNearestName(typo, pageKeys)).toBe(meant);
	});

	it('suggests nothing for a name unlike any candidate', () => {
		expect(findNearestName('colour', pageKeys)).toBeUndefined();
		expect(findNearestName('x', [])).toBeUndefined();
	});
});
