/**
 * A calculator's state in the page address: read once after hydration, then
 * mirrored as the reader types. Only the names a calculator owns are touched,
 * so two calculators on one page keep each other's state.
 */
import { useEffect, useEffectEvent, useRef } from 'react';

/** The current page address with this calculator's parameters replaced by `query`. */
export function buildAddress(query: string, owned: (name: string) => boolean): URL {
	const url = new URL(window.location.href);
	for (const key of [...url.searchParams.keys()]) if (owned(key)) url.searchParams.delete(key);
	for (const [k, v] of new URLSearchParams(query)) url.searchParams.append(k, v);
	return url;
}

/**
 * Read the page's query string once after hydration (server render uses
 * presets). `onRead` is an effect event: it sees the latest render's state
 * and setters without making the read happen again when it changes.
 */
export function useInitialSearch(onRead: (params: URLSearchParams) => void) {
	const read = useEffectEvent(onRead);
	// Once per mount, even when development mode runs effects twice.
	const done = useRef(false);
	useEffect(() => {
		if (done.current) return;
		done.current = true;
		read(new URLSearchParams(window.location.search));
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
			const url = buildAddress(query, owned);
			const next = `${url.pathname}${url.search}${url.hash}`;
			if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
				window.history.replaceState(window.history.state, '', next);
			}
		}, 150);
		return () => clearTimeout(t);
	}, [query, enabled, ready, owned]);
}
