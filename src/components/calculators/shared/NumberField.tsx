/**
 * A calculator's number input: a visible label, optional help and unit, and
 * its error or notice right next to it (aria-invalid + aria-describedby), as
 * the architecture's error contract asks.
 */

export interface NumberFieldProps {
	/** Input id; also the URL parameter name for clarity in tests. */
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	/** Error shown next to the field (aria-invalid + aria-describedby). */
	error?: string;
	/** Notice that is not an error (e.g. what a shared link contained). */
	notice?: string;
	/** One line of help. */
	help?: string;
	/** Short unit after the input ("%", "months"). */
	unit?: string;
	/** Let the field be empty without an error (optional inputs). */
	placeholder?: string;
	/** Keyboard hint for phones. */
	decimal?: boolean;
}

/** A text input for numbers (type=text with inputmode, so "1,234" and "2.5%" are accepted as typed). */
export function NumberField({ id, label, value, onChange, error, notice, help, unit, placeholder, decimal = true }: NumberFieldProps) {
	const helpId = `${id}-help`;
	const errorId = `${id}-error`;
	const noticeId = `${id}-notice`;
	const describedBy = [help ? helpId : '', notice ? noticeId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
	return (
		<div className={`calc-field${error ? ' calc-field-invalid' : ''}`}>
			<label htmlFor={id}>{label}</label>
			<div className="calc-input-row">
				<input
					id={id}
					name={id}
					type="text"
					inputMode={decimal ? 'decimal' : 'numeric'}
					autoComplete="off"
					spellCheck={false}
					value={value}
					placeholder={placeholder}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy}
					onChange={(e) => onChange(e.target.value)}
				/>
				{unit ? (
					<span className="calc-unit" aria-hidden="true">
						{unit}
					</span>
				) : null}
			</div>
			{help ? (
				<p id={helpId} className="calc-help">
					{help}
				</p>
			) : null}
			{notice && !error ? (
				<p id={noticeId} className="calc-notice">
					{notice}
				</p>
			) : null}
			{error ? (
				<p id={errorId} className="calc-error">
					<span aria-hidden="true">⚠ </span>
					{error}
				</p>
			) : null}
		</div>
	);
}
