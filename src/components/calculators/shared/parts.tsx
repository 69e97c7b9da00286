/**
 * Building blocks every calculator island shares: labelled number inputs
 * with their error next to them, results as named <output> elements, the
 * announcer live region, URL mirroring and the "Copy link" button.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { parseParams, readFieldValues, type ParamSpec } from '#src/lib/url-state.ts';

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
				{unit ? <span className="calc-unit" aria-hidden="true">{unit}</span> : null}
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
	return (
		<p className="calc-example-note">
			Showing {what}: replace the figures with your own. Nothing you type leaves this page.
		</p>
	);
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

/** Read the page's query string once after hydration (server render uses presets). */
export function useInitialSearch(onRead: (params: URLSearchParams) => void) {
	const done = useRef(false);
	useEffect(() => {
		if (done.current) return;
		done.current = true;
		onRead(new URLSearchParams(window.location.search));
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
}

/**
 * Mirror this calculator's parameters into the address bar (replaceState, so
 * the back button is not flooded). Only the names this calculator owns are
 * touched, so two calculators on one page keep each other's state.
 */
export function useUrlMirror(query: string, owned: (name: string) => boolean, enabled: boolean, ready: boolean) {
	useEffect(() => {
		if (!enabled || !ready) return;
		const t = setTimeout(() => {
			const url = new URL(window.location.href);
			for (const key of [...url.searchParams.keys()]) if (owned(key)) url.searchParams.delete(key);
			for (const [k, v] of new URLSearchParams(query)) url.searchParams.append(k, v);
			const next = `${url.pathname}${url.search}${url.hash}`;
			if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
				window.history.replaceState(window.history.state, '', next);
			}
		}, 150);
		return () => clearTimeout(t);
	}, [query, enabled, ready, owned]);
}

/** "Copy link" button: copies the page address with this calculator's state. */
export function CopyLink({ query, owned }: { query: string; owned: (name: string) => boolean }) {
	const [status, setStatus] = useState('');
	const copy = async () => {
		const url = new URL(window.location.href);
		for (const key of [...url.searchParams.keys()]) if (owned(key)) url.searchParams.delete(key);
		for (const [k, v] of new URLSearchParams(query)) url.searchParams.append(k, v);
		window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
		try {
			await navigator.clipboard.writeText(url.href);
			setStatus('Link copied.');
		} catch {
			setStatus('Could not copy automatically: the link is now in the address bar; copy it from there.');
		}
		setTimeout(() => setStatus(''), 4000);
	};
	return (
		<div className="calc-copy">
			<button type="button" className="calc-button" onClick={copy}>
				Copy link
			</button>
			<span role="status" className="calc-copy-status">
				{status}
			</span>
		</div>
	);
}

/** What readFileText needs of src/lib/csv.ts (loaded on demand by the islands). */
type CsvReading = Pick<typeof import('#src/lib/csv.ts'), 'MAX_CSV_BYTES' | 'checkCsvSize' | 'decodeCsvBytes' | 'describeEncoding'>;

/**
 * Read a CSV File as text, refusing files over the limit before reading them
 * and decoding the bytes as src/lib/csv.ts decides (UTF-8, else
 * Windows-1252); `encodingNotice` says so when it was not UTF-8.
 */
export async function readFileText(file: File, csv: CsvReading): Promise<{ text?: string; error?: string; encodingNotice?: string }> {
	const problem = file.size > csv.MAX_CSV_BYTES ? csv.checkCsvSize(file.size) : null;
	if (problem) return { error: problem };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { error: 'The file could not be read. Check it is a CSV text file and try again.' };
	}
	const decoded = csv.decodeCsvBytes(bytes);
	if (!decoded.ok) return { error: decoded.error };
	return { text: decoded.text, encodingNotice: csv.describeEncoding(decoded.encoding) ?? undefined };
}

/** Trigger a download of text as a file. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8') {
	const blob = new Blob(['\ufeff', text], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A list of problems found in a file, next to the file input. */
export function FileProblems({ id, messages }: { id: string; messages: string[] }) {
	if (messages.length === 0) return null;
	return (
		<div id={id} className="calc-error calc-file-problems">
			<ul>
				{messages.map((m, i) => (
					<li key={i}>{m}</li>
				))}
			</ul>
		</div>
	);
}

/** A field's text on a fresh page: the preset's value, else the worked example, else empty (optional) or the default. */
function startingText(spec: ParamSpec, presetValues: Record<string, number>, emptyOptional: boolean): string {
	const preset = presetValues[spec.name];
	if (preset !== undefined) return String(preset);
	if (spec.example !== undefined) return String(spec.example);
	if (spec.optional && emptyOptional) return '';
	return Number.isFinite(spec.default) ? String(spec.default) : '';
}

/**
 * Text state for a set of numeric inputs.
 *
 * A fresh page shows the worked example (the preset's values, else each
 * input's example or default). A link that names any of the inputs replaces
 * the example entirely: each field shows exactly what the link gave, usable or
 * not, and a required one it left out is empty, so no result is ever built on
 * a value the reader did not give. What was wrong with the link is the field's
 * error until the reader edits it.
 *
 * `touched` turns true at the reader's first edit: the address bar mirrors the
 * inputs only from then on, so opening a page never rewrites its address.
 */
export function useFieldState(specs: readonly ParamSpec[], presetValues: Record<string, number> = {}, emptyOptional = true) {
	const [text, setText] = useState<Record<string, string>>(() => Object.fromEntries(specs.map((p) => [p.name, startingText(p, presetValues, emptyOptional)])));
	const [notices, setNotices] = useState<Record<string, string>>({});
	const [ready, setReady] = useState(false);
	const [touched, setTouched] = useState(false);
	const [fromLink, setFromLink] = useState(false);
	const [params, setParams] = useState<URLSearchParams | null>(null);
	useInitialSearch((search) => {
		const parsed = parseParams(search, specs);
		if (Object.keys(parsed.given).length > 0) {
			setFromLink(true);
			setText(Object.fromEntries(specs.map((p) => [p.name, parsed.given[p.name] ?? (p.optional && !emptyOptional ? String(p.default) : '')])));
			setNotices(parsed.messages);
		}
		setParams(search);
		setReady(true);
	});
	const touch = useCallback(() => setTouched(true), []);
	const set = useCallback(
		(name: string) => (value: string) => {
			setTouched(true);
			setText((t) => ({ ...t, [name]: value }));
			setNotices((n) => {
				if (!(name in n)) return n;
				const { [name]: _removed, ...rest } = n;
				return rest;
			});
		},
		[],
	);
	const { values, errors } = useMemo(() => {
		const read = readFieldValues(text, specs);
		// While the field still holds what the link gave, the link's own message says best what is wrong.
		for (const name of Object.keys(read.errors)) if (notices[name]) read.errors[name] = notices[name];
		return read;
	}, [text, specs, notices]);
	const replaceText = useCallback((update: (t: Record<string, string>) => Record<string, string>) => {
		setTouched(true);
		setText(update);
	}, []);
	return { text, setText: replaceText, set, notices, setNotices, ready, touched, touch, values, errors, params, showingExample: !touched && !fromLink };
}

export interface LazySectionProps {
	summary: ReactNode;
	/** Open it (say, to show an error inside or what a link set); it then stays open until the reader closes it. */
	forceOpen?: boolean;
	/** Called when the reader opens the section. */
	onOpen?: () => void;
	/** Render the contents only once opened (default true); false for small sections that should be found by in-page search. */
	lazy?: boolean;
	children: ReactNode;
}

/**
 * A closed-by-default <details> section whose contents are rendered only once
 * it has been opened: a signal editor or an import form nobody opened costs
 * the page nothing when it loads (hydration renders every element it is
 * given, hidden or not). Once opened, the contents stay, so closing and
 * reopening keeps what the reader typed.
 *
 * Only the reader closes it: `forceOpen` can open it but never shuts it, so
 * fixing the error that opened it does not snap it shut under the cursor
 * (which also threw focus to the page body).
 */
export function LazySection({ summary, forceOpen = false, onOpen, lazy = true, children }: LazySectionProps) {
	const [open, setOpen] = useState(forceOpen);
	const [opened, setOpened] = useState(forceOpen);
	const [wasForced, setWasForced] = useState(forceOpen);
	if (forceOpen !== wasForced) {
		// Adjusting state while rendering, React's pattern for state that follows a prop: open on the
		// change to forced, and leave it to the reader after that.
		setWasForced(forceOpen);
		if (forceOpen) {
			setOpen(true);
			setOpened(true);
		}
	}
	return (
		<details
			className="calc-section"
			open={open}
			onToggle={(e) => {
				const nowOpen = e.currentTarget.open;
				if (nowOpen === open) return;
				setOpen(nowOpen);
				if (!nowOpen) return;
				setOpened(true);
				onOpen?.();
			}}
		>
			<summary>{summary}</summary>
			{opened || !lazy ? children : null}
		</details>
	);
}
