/**
 * A knowledge check, graded in the browser. Each question is a fieldset; after
 * "Check answers" every option shows whether it was right and why, the score
 * is announced, and focus moves to the result. "Try again" clears the answers.
 */
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { gradeCheck, type CheckGrade } from '../../lib/knowledge-check.ts';
import { recordCheckResult } from '../../lib/progress.ts';
import { updateProgress, useProgress } from './progress-store.ts';

export interface QuizProps {
	moduleId: string;
	passPercent: number;
	questions: {
		id: string;
		type: 'single' | 'multiple';
		prompt: string;
		options: { text: string; correct: boolean; explanation: string }[];
	}[];
}

type Answers = Record<string, number[]>;

export default function Quiz({ moduleId, passPercent, questions }: QuizProps) {
	const uid = useId();
	const [answers, setAnswers] = useState<Answers>({});
	const [grade, setGrade] = useState<CheckGrade | null>(null);
	const [error, setError] = useState('');
	const resultRef = useRef<HTMLDivElement>(null);
	const formRef = useRef<HTMLFormElement>(null);
	const { progress } = useProgress();
	const best = progress.modules[moduleId]?.bestPercent;

	const toggle = (qid: string, index: number, multiple: boolean) => {
		setAnswers((prev) => {
			const current = prev[qid] ?? [];
			const next = multiple ? (current.includes(index) ? current.filter((i) => i !== index) : [...current, index]) : [index];
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
		updateProgress((p) => recordCheckResult(p, moduleId, { percent: result.percent, passed: result.passed }));
		// After React renders the feedback, move focus to the result so keyboard and screen-reader users land on it.
		requestAnimationFrame(() => resultRef.current?.focus());
	};

	const retry = () => {
		setAnswers({});
		setGrade(null);
		requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
	};

	return (
		<form ref={formRef} className="quiz not-content" onSubmit={submit} noValidate aria-label="Knowledge check">
			<p className="quiz-intro">
				{questions.length} question{questions.length === 1 ? '' : 's'}. Pass mark: {passPercent}% of questions fully right.
				{best !== undefined && ` Your best score so far: ${best}%.`}
			</p>
			{questions.map((q, qi) => {
				const qGrade = grade?.questions[qi];
				const picked = answers[q.id] ?? [];
				return (
					<fieldset key={q.id} className="quiz-question" data-question={q.id}>
						<legend>
							<span className="quiz-number">Question {qi + 1}.</span> {q.prompt}
							{q.type === 'multiple' && <span className="quiz-hint"> (choose all that apply)</span>}
						</legend>
						<ul className="quiz-options" role="list">
							{q.options.map((option, oi) => {
								const inputId = `${uid}-${q.id}-${oi}`;
								const chosen = picked.includes(oi);
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
									<li key={oi} className={qGrade ? (option.correct ? 'is-correct' : chosen ? 'is-wrong' : 'is-other') : undefined}>
										<input
											type={q.type === 'multiple' ? 'checkbox' : 'radio'}
											id={inputId}
											name={`${uid}-${q.id}`}
											checked={chosen}
											disabled={grade !== null}
											onChange={() => toggle(q.id, oi, q.type === 'multiple')}
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
						<p>{grade.passed ? 'Well done. Read the feedback on each answer, then mark the module complete below.' : `You need ${passPercent}% to pass. Read the feedback on each answer, then try again.`}</p>
					</>
				)}
			</div>
			{grade ? (
				<button type="button" className="training-button" onClick={retry}>
					Try again
				</button>
			) : (
				<button type="submit" className="training-button">
					Check answers
				</button>
			)}
		</form>
	);
}
