import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveAttemptSeed, derivePartSeed, drawWithSeed, hashSeed, parseSeed, shuffleWithSeed } from '#src/lib/seeded-shuffle.ts';

const letters = ['a', 'b', 'c', 'd'];

describe('seeded shuffling', () => {
	it('gives the same order for the same seed', () => {
		fc.assert(
			fc.property(fc.nat(), (seed) => {
				expect(shuffleWithSeed(letters, seed)).toEqual(shuffleWithSeed(letters, seed));
			}),
		);
	});

	it('keeps every item exactly once and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
				const before = [...items];
				const out = shuffleWithSeed(items, seed);
				expect([...out].sort()).toEqual([...items].sort());
				expect(items).toEqual(before);
			}),
		);
	});

	it('puts the first authored option first in about a quarter of attempts out of four, not always', () => {
		// Over 400 attempts each of four options should lead roughly 100 times: none never, none always.
		const firsts = new Map<string, number>();
		for (let attempt = 0; attempt < 400; attempt++) {
			const first = shuffleWithSeed(letters, deriveAttemptSeed(7, attempt))[0];
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const letter of letters) expect(firsts.get(letter) ?? 0, letter).toBeGreaterThan(60);
	});

	it('gives a retry another order', () => {
		const orders = new Set([0, 1, 2, 3, 4].map((attempt) => shuffleWithSeed(letters, deriveAttemptSeed(42, attempt)).join('')));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('shuffles each question on its own within one attempt', () => {
		const attempt = deriveAttemptSeed(1, 0);
		expect(derivePartSeed(attempt, 'q1')).not.toBe(derivePartSeed(attempt, 'q2'));
	});

	it('draws the asked number of questions from a bank, in authored order, and all when asked for more', () => {
		fc.assert(
			fc.property(fc.nat(), fc.integer({ min: 0, max: 8 }), (seed, count) => {
				const bank = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
				const drawn = drawWithSeed(bank, count, seed);
				expect(drawn.length).toBe(Math.min(count, bank.length));
				expect(drawn).toEqual(bank.filter((q) => drawn.includes(q)));
			}),
		);
	});

	it.each([
		['42', 42],
		['0', 0],
		['4294967295', 4294967295],
		['4294967296', null],
		['-1', null],
		['abc', null],
		['', null],
		[null, null],
	])('reads the seed %o from a page address as %o', (text, seed) => {
		expect(parseSeed(text)).toBe(seed);
	});

	it('hashes text to a 32-bit number', () => {
		expect(hashSeed('')).toBe(0x811c9dc5);
		expect(hashSeed('a')).toBe(0xe40c292c);
	});
});
