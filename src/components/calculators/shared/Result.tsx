/**
 * What a calculator shows back: each result as an <output> named by the
 * metric (the accessible name the architecture promises), the label on the
 * worked example a page opens with, and the live region that announces
 * problems to screen readers.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';

export interface ResultProps {
	/** The metric's name: the output's accessible name, exactly as the issue names it. */
	name: string;
	/** Displayed value: never empty, never NaN/Infinity (callers pass "—" or words). */
	value: string;
	/** Ids of inputs the result depends on (the output's `for`). */
	inputs?: string[];
	/** Extra line under the value (context, rule of thumb, reason). */
	detail?: ReactNode;
	/** Visual emphasis. */
	tone?: 'good' | 'warn' | 'bad';
	/** Larger headline result. */
	primary?: boolean;
}

/** One result: a visible name and an <output> named by it. */
export function Result({ name, value, inputs, detail, tone, primary }: ResultProps) {
	const id = useId();
	const shown = value.trim() === '' || /NaN|Infinity/.test(value) ? '—' : value;
	return (
		<div className={`calc-result${primary ? ' calc-result-primary' : ''}${tone ? ` calc-tone-${tone}` : ''}`}>
			<span id={`${id}-name`} className="calc-result-name">
				{name}
			</span>
			<output id={`${id}-value`} aria-labelledby={`${id}-name`} htmlFor={inputs?.join(' ')} className="calc-result-value">
				{shown}
			</output>
			{detail ? <span className="calc-result-detail">{detail}</span> : null}
		</div>
	);
}

/**
 * The label on a calculator's starting state: every calculator and variant
 * opens on a worked example (the same rule everywhere), and says so until the
 * reader changes something or a link sets the figures.
 */
export function ExampleNote({ visible, what = 'a worked example' }: { visible: boolean; what?: string }) {
	if (!visible) return null;
	return <p className="calc-example-note">Showing {what}: replace the figures with your own. Nothing you type leaves this page.</p>;
}

/**
 * Announces a short summary of problems to screen readers after the reader
 * pauses typing (so each keystroke does not interrupt).
 */
export function Announcer({ message }: { message: string }) {
	const [spoken, setSpoken] = useState('');
	useEffect(() => {
		const t = setTimeout(() => setSpoken(message), 700);
		return () => clearTimeout(t);
	}, [message]);
	return (
		<div className="calc-sr-only" role="status" aria-live="polite">
			{spoken}
		</div>
	);
}
