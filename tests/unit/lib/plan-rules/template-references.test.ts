import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLine } from '#src/lib/plan-rules/template-references.ts';

/** The definition: one more than the newlines before the offset. */
const countLine = (text: string, offset: number) => 1 + [...text.slice(0, Math.max(0, offset))].filter((c) => c === '\n').length;

describe('findLine', () => {
	it.each([
		['one line', 3, 1],
		['a\nb\nc', 0, 1],
		['a\nb\nc', 1, 1], // the newline itself ends line 1
		['a\nb\nc', 2, 2],
		['a\nb\nc', 4, 3],
		['\n\n', 2, 3],
		['', 0, 1],
	])('puts offset %# of %j on line %i', (text, offset, line) => {
		expect(findLine(text, offset)).toBe(line);
	});

	it('answers for one text after another, not from the text it saw before', () => {
		expect(findLine('a\nb\nc', 4)).toBe(3);
		expect(findLine('abcd', 4)).toBe(1);
		expect(findLine('a\nb\nc', 4)).toBe(3);
	});

	it('agrees with counting the newlines before the offset', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é') }), fc.nat(60), (text, offset) => {
				expect(findLine(text, offset)).toBe(countLine(text, offset));
			}),
		);
	});
});
