import { describe, expect, it } from 'vitest';
import { gradeCheck, gradeQuestion } from '../../../src/lib/knowledge-check.ts';

const single = { id: 'owner', options: [{ correct: true }, { correct: false }, { correct: false }] };
const multiple = { id: 'signals', options: [{ correct: true }, { correct: true }, { correct: false }] };

describe('grading a knowledge check', () => {
	it.each([
		[single, [0], true],
		[single, [1], false],
		[single, [], false],
		[multiple, [0, 1], true],
		[multiple, [1, 0], true],
		[multiple, [0], false], // one right answer missing
		[multiple, [0, 1, 2], false], // ticking every box never pays
		[multiple, [0, 1, 7], false], // an option that does not exist
	])('grades %o with selection %o as right: %s', (question, selected, right) => {
		expect(gradeQuestion(question, selected).right).toBe(right);
	});

	it('passes two of three right against a two-thirds pass mark, and fails one of three', () => {
		const questions = [single, multiple, { id: 'third', options: [{ correct: false }, { correct: true }] }];
		expect(gradeCheck(questions, { owner: [0], signals: [0, 1], third: [0] }, 66)).toMatchObject({ right: 2, total: 3, percent: 67, passed: true });
		expect(gradeCheck(questions, { owner: [0], signals: [0] }, 66)).toMatchObject({ right: 1, total: 3, percent: 33, passed: false });
	});

	it('needs every question right when the pass mark is 100', () => {
		expect(gradeCheck([single, multiple], { owner: [0], signals: [0, 1] }, 100).passed).toBe(true);
		expect(gradeCheck([single, multiple], { owner: [0], signals: [1] }, 100).passed).toBe(false);
	});
});
