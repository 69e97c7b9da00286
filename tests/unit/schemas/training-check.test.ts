/**
 * The assessment rules, run the way `npm run check:content` and the build run
 * them: the shipped content plus one planted module written the old way.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '#src/integrations/content-check.ts';
import { checkContent } from '#src/schemas/check.ts';
import { findAssessmentProblems } from '#src/schemas/training-check.ts';
import { moduleSchema } from '#src/schemas/training.ts';

const FILE = 'src/content/data/training/modules/weak-module.yaml';
const raw = readContent(process.cwd());
raw.data.set('training/modules/weak-module.yaml', { file: FILE, data: parse(readFileSync('tests/fixtures/training/weak-module.yaml', 'utf8')) });
const planted = checkContent(raw).problems.filter((p) => p.file === FILE);
const weak = moduleSchema.parse(parse(readFileSync('tests/fixtures/training/weak-module.yaml', 'utf8')));

describe('a planted module that does not really assess', () => {
	it.each([
		['check.passPercent', 'the pass mark is 66%; it must be at least 80%'],
		['check.questions', 'the check has 3 questions; it needs at least 5: add 2 more'],
		['objectives[1]', 'learning objective 2 ("Decide when to escalate.") is not assessed by any question: add a question with objective: 2'],
		['check.questions', 'the right answer is written as option 1 in every question: move the right answers'],
	])('fails the content check on %s: %s', (field, message) => {
		expect(
			planted.some((p) => p.field === field && p.message.includes(message)),
			JSON.stringify(planted, null, 1),
		).toBe(true);
	});
});

describe('the assessment rules', () => {
	const five = [
		...weak.check.questions,
		{ ...weak.check.questions[0], id: 'fourth', objective: 2 },
		{ ...weak.check.questions[1], id: 'fifth', options: [...weak.check.questions[1].options].reverse() },
	];
	const good = { ...weak, check: { ...weak.check, passPercent: 80, questions: five } };

	it('accept five questions covering every objective, an 80% pass mark and answers in different places', () => {
		expect(findAssessmentProblems(FILE, good)).toEqual([]);
	});

	it('refuse a question naming an objective the module does not have', () => {
		const bad = { ...good, check: { ...good.check, questions: good.check.questions.map((q, i) => (i === 3 ? { ...q, objective: 7 } : q)) } };
		expect(findAssessmentProblems(FILE, bad)).toContainEqual(
			expect.objectContaining({ field: 'check.questions[3].objective', message: expect.stringContaining('objective 7 does not exist; the module lists 2') }),
		);
	});

	it.each([
		[4, 'ask is 4; each attempt must ask at least 5 questions'],
		[9, 'ask is 9 but the bank has only 5 questions'],
	])('refuse drawing %i questions per attempt', (ask, message) => {
		const problems = findAssessmentProblems(FILE, { ...good, check: { ...good.check, ask } });
		expect(problems).toEqual([{ file: FILE, field: 'check.ask', message: expect.stringContaining(message) }]);
	});
});
