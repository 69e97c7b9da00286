/**
 * Grading a knowledge check. A question counts as right only when the learner
 * picked exactly the correct options: for "choose all that apply" a missing
 * or an extra answer makes it wrong, so guessing every box never pays.
 * Answers are option ids, never positions: options are shown shuffled, so a
 * position means nothing outside one attempt.
 */

/** The parts of a question grading needs. */
export interface GradableQuestion {
	id: string;
	options: { id: string; correct: boolean }[];
}

export interface QuestionGrade {
	id: string;
	/** True when the selection equals the set of correct options. */
	right: boolean;
}

export interface CheckGrade {
	questions: QuestionGrade[];
	/** Questions answered right. */
	right: number;
	total: number;
	/** Whole percent of questions right. */
	percent: number;
	/** percent reached the pass mark. */
	passed: boolean;
}

/** Whether one question is right, given the ids of the options the learner picked. */
export function gradeQuestion(question: GradableQuestion, selected: readonly string[]): QuestionGrade {
	const picked = new Set(selected);
	const known = new Set(question.options.map((o) => o.id));
	const right = question.options.every((option) => option.correct === picked.has(option.id)) && [...picked].every((id) => known.has(id));
	return { id: question.id, right };
}

/** Grades a whole check; `answers` maps question id to the option ids picked (absent: nothing picked). */
export function gradeCheck(questions: readonly GradableQuestion[], answers: Readonly<Record<string, readonly string[]>>, passPercent: number): CheckGrade {
	const graded = questions.map((q) => gradeQuestion(q, answers[q.id] ?? []));
	const right = graded.filter((g) => g.right).length;
	const percent = questions.length === 0 ? 0 : Math.round((right / questions.length) * 100);
	return { questions: graded, right, total: questions.length, percent, passed: percent >= passPercent };
}
