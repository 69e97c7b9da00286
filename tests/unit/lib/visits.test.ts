import { describe, expect, it } from 'vitest';
import { isChangedSince, parseVisits } from '#src/lib/visits.ts';

describe('parseVisits', () => {
	it('reads stored visits', () => {
		expect(parseVisits('{"/standards/":"2026-11-02T09:00:00.000Z"}')).toEqual({ '/standards/': '2026-11-02T09:00:00.000Z' });
	});

	it.each([null, '', 'not json', '[1,2]', '"text"', 'null'])('treats %j as no visits rather than failing', (stored) => {
		expect(parseVisits(stored)).toEqual({});
	});

	it('drops entries that are not dates', () => {
		expect(parseVisits('{"/a/":"yesterday","/b/":42,"/c/":"2026-11-01T00:00:00Z"}')).toEqual({ '/c/': '2026-11-01T00:00:00Z' });
	});
});

describe('isChangedSince', () => {
	it.each([
		['a change after the last visit', '2026-11-03T10:00:00Z', '2026-11-02T09:00:00Z', true],
		['a change before the last visit', '2026-11-01T10:00:00Z', '2026-11-02T09:00:00Z', false],
		['a change at the moment of the visit', '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z', false],
		['a first visit', '2026-11-03T10:00:00Z', undefined, false],
		['a page with no recorded change', undefined, '2026-11-02T09:00:00Z', false],
		['an unreadable date', 'soon', '2026-11-02T09:00:00Z', false],
	])('%s: %s vs %s → %s', (_label, changedAt, lastVisit, expected) => {
		expect(isChangedSince(changedAt, lastVisit)).toBe(expected);
	});
});
