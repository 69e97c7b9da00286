/**
 * A knowledge check, graded in the browser. Each question is a fieldset; after
 * "Check answers" every option shows whether it was right and why, the score
 * is announced, and focus moves to the result. "Try again" clears the answers
 * and starts a new attempt: a new draw from the question bank, options in a
 * new order. The order comes from a seed (random, or `?seed=` in the page
 * address so a test or a trainer can fix it); answers are kept by option id.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { gradeCheck, type CheckGrade } from '#src/lib/knowledge-check.ts';
import { deriveAttemptSeed, derivePartSeed, drawWithSeed, parseSeed, shuffleWithSeed } from '#src/lib/seeded-shuffle.ts';
import { formatLocalDay, recordCheckResult } from '#src/lib/progress.ts';
import { updateProgress, useProgress } from './progress-store.ts';

export interface QuizProps {
	moduleId: string;
	passPercent: number;
	/** Questions per attempt, drawn from the bank; absent: all of them. */
	ask?: number;
	/** The question bank, in authored order. */
	questions: {
		id: string;
		type: 'single' | 'multiple';
		prompt: string;
		options: { id: string; text: string; correct: boolean; explanation: string }[];
	}[];
}

type Answers = Record<string, string[]>;

/** The seed in the page address, or a fresh random one: each page visit starts its own run of attempts. */
function readBaseSeed(): number {
	const fixed = parseSeed(new URLSearchParams(window.location.search).get('seed'));
	return fixed ?? crypto.getRandomValues(new Uint32Array(1))[0];
}

export default function Quiz({ moduleId, passPercent, ask, questions: bank }: QuizProps) {
	const uid = useId();
	// Unknown until the browser picks it: the server renders no order at all, so no order can leak.
	const [baseSeed, setBaseSeed] = useState<number | null>(null);
	const [attempt, setAttempt] = useState(0);
	useEffect(() => setBaseSeed(readBaseSeed()), []);
	const attemptSeed = baseSeed === null ? 0 : deriveAttemptSeed(baseSeed, attempt);
	const questions = drawWithSeed(bank, ask ?? bank.length, derivePartSeed(attemptSeed, 'draw')).map((q) => ({
		...q,
		options: shuffleWithSeed(q.options, derivePartSeed(attemptSeed, q.id)),
	}));
	const [answers, setAnswers] = useState<Answers>({});
	const [grade, setGrade] = useState<CheckGrade | null>(null);
	const [error, setError] = useState('');
	const resultRef = useRef<HTMLDivElement>(null);
	const formRef = useRef<HTMLFormElement>(null);
	const { progress } = useProgress();
	const best = progress.modules[moduleId]?.bestPercent;

	const toggle = (qid: string, optionId: string, multiple: boolean) => {
		setAnswers((prev) => {
			const current = prev[qid] ?? [];
			const next = multiple ? (current.includes(optionId) ? current.filter((id) => id !== optionId) : [...current, optionId]) : [optionId];
			return { ...prev, [qid]: next };
		});
	};

	const submit = (event: SyntheticEvent) => {
		event.preventDefault();
		const missing = questions.findIndex((q) => (answers[q.id] ?? []).length === 0);
		if (missing >= 0) {
			setError(`Answer question ${missing + 1} before checking your answers.`);
			formRef.current?.querySelector<HTMLInputElement>(`[name="${uid}-${questions[missing].id}"]`)?.focus();
			return;
		}
		setError('');
		const result = gradeCheck(questions, answers, passPercent);
		setGrade(result);
		// The answers go with the result: a first attempt's are kept for the trainer's per-question results.
		updateProgress((p) => recordCheckResult(p, moduleId, { percent: result.percent, passed: result.passed, answers, day: formatLocalDay(new Date()) }));
		// After React renders the feedback, move focus to the result so keyboard and screen-reader users land on it.
		requestAnimationFrame(() => resultRef.current?.focus());
	};

	const retry = () => {
		setAnswers({});
		setGrade(null);
		setAttempt((a) => a + 1);
		requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
	};

	return (
		<form ref={formRef} className="quiz not-content" onSubmit={submit} noValidate aria-label="Knowledge check" data-attempt={attempt}>
			<p className="quiz-intro">
				{questions.length} question{questions.length === 1 ? '' : 's'}
				{questions.length < bank.length && `, drawn from ${bank.length}; each try asks a new mix in a new order`}. Pass mark: {passPercent}% of questions fully
				right.
				{best !== undefined && ` Your best score so far: ${best}%.`}
			</p>
			{baseSeed === null && <p className="quiz-loading">Loading the questions…</p>}
			{baseSeed !== null &&
				questions.map((q, qi) => {
					const qGrade = grade?.questions[qi];
					const picked = answers[q.id] ?? [];
					return (
						<fieldset key={q.id} className="quiz-question" data-question={q.id}>
							<legend>
								<span className="quiz-number">Question {qi + 1}.</span> {q.prompt}
								{q.type === 'multiple' && <span className="quiz-hint"> (choose all that apply)</span>}
							</legend>
							<ul className="quiz-options" role="list">
								{q.options.map((option) => {
									const inputId = `${uid}-${q.id}-${option.id}`;
									const chosen = picked.includes(option.id);
									const verdict = !qGrade
										? ''
										: option.correct
											? chosen
												? 'Right answer, you chose it.'
												: 'Right answer, you missed it.'
											: chosen
												? 'Not right, you chose it.'
												: 'Not right.';
									return (
										<li
											key={option.id}
											data-option={option.id}
											className={qGrade ? (option.correct ? 'is-correct' : chosen ? 'is-wrong' : 'is-other') : undefined}
										>
											<input
												type={q.type === 'multiple' ? 'checkbox' : 'radio'}
												id={inputId}
												name={`${uid}-${q.id}`}
												checked={chosen}
												disabled={grade !== null}
												onChange={() => toggle(q.id, option.id, q.type === 'multiple')}
												aria-describedby={qGrade ? `${inputId}-why` : undefined}
											/>
											<label htmlFor={inputId}>{option.text}</label>
											{qGrade && (
												<p className="quiz-explanation" id={`${inputId}-why`}>
													<strong>{verdict}</strong> {option.explanation}
												</p>
											)}
										</li>
									);
								})}
							</ul>
							{qGrade && <p className="quiz-verdict">{qGrade.right ? 'You got this question right.' : 'You did not get this question fully right.'}</p>}
						</fieldset>
					);
				})}
			<p className="quiz-error" role="alert">
				{error}
			</p>
			<div ref={resultRef} tabIndex={-1} className="quiz-result" role="status" aria-live="polite">
				{grade && (
					<>
						<p className="quiz-score">
							<strong>{grade.passed ? 'Passed.' : 'Not passed yet.'}</strong> You got {grade.right} of {grade.total} questions right ({grade.percent}%).
						</p>
						<p>
							{grade.passed
								? 'Well done. Read the feedback on each answer, then mark the module complete below.'
								: `You need ${passPercent}% to pass. Read the feedback on each answer, then try again.`}
						</p>
					</>
				)}
			</div>
			{grade ? (
				<button type="button" className="training-button" onClick={retry}>
					Try again
				</button>
			) : (
				<button type="submit" className="training-button" disabled={baseSeed === null}>
					Check answers
				</button>
			)}
		</form>
	);
}
