import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradeCheck, gradeQuestion } from '#src/lib/knowledge-check.ts';
import { shuffleWithSeed } from '#src/lib/seeded-shuffle.ts';

const single = {
	id: 'owner',
	options: [
		{ id: 'stay', correct: true },
		{ id: 'hand-off', correct: false },
		{ id: 'close', correct: false },
	],
};
const multiple = {
	id: 'signals',
	options: [
		{ id: 'usage', correct: true },
		{ id: 'silence', correct: true },
		{ id: 'logo', correct: false },
	],
};

describe('grading a knowledge check', () => {
	it.each([
		[single, ['stay'], true],
		[single, ['hand-off'], false],
		[single, [], false],
		[multiple, ['usage', 'silence'], true],
		[multiple, ['silence', 'usage'], true],
		[multiple, ['usage'], false], // one right answer missing
		[multiple, ['usage', 'silence', 'logo'], false], // ticking every box never pays
		[multiple, ['usage', 'silence', 'made-up'], false], // an option that does not exist
	])('grades %o with selection %o as right: %s', (question, selected, right) => {
		expect(gradeQuestion(question, selected).right).toBe(right);
	});

	it('passes four of five right against an 80% pass mark, and fails three of five', () => {
		const extra = (id: string) => ({
			id,
			options: [
				{ id: 'no', correct: false },
				{ id: 'yes', correct: true },
			],
		});
		const questions = [single, multiple, extra('a'), extra('b'), extra('c')];
		expect(gradeCheck(questions, { owner: ['stay'], signals: ['usage', 'silence'], a: ['yes'], b: ['yes'], c: ['no'] }, 80)).toMatchObject({
			right: 4,
			total: 5,
			percent: 80,
			passed: true,
		});
		expect(gradeCheck(questions, { owner: ['stay'], signals: ['usage'], a: ['yes'], b: ['yes'] }, 80)).toMatchObject({ right: 3, percent: 60, passed: false });
	});

	it('needs every question right when the pass mark is 100', () => {
		expect(gradeCheck([single, multiple], { owner: ['stay'], signals: ['usage', 'silence'] }, 100).passed).toBe(true);
		expect(gradeCheck([single, multiple], { owner: ['stay'], signals: ['silence'] }, 100).passed).toBe(false);
	});

	it('gives the same grade whatever order the options were shown in', () => {
		fc.assert(
			fc.property(fc.nat(), fc.subarray(['usage', 'silence', 'logo']), (seed, picked) => {
				const shown = { ...multiple, options: shuffleWithSeed(multiple.options, seed) };
				expect(gradeQuestion(shown, picked)).toEqual(gradeQuestion(multiple, picked));
			}),
		);
	});
});
