import { useCallback, useMemo, useState } from 'react';
import { parseParams, readFieldValues, type ParamSpec } from '#src/lib/url-state.ts';
import { useInitialSearch } from './url-state-hooks.ts';

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
