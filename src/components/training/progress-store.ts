/**
 * The browser side of training progress: localStorage plus a change event so
 * every island on the page (knowledge check, completion button, progress
 * list) shows the same state. Pure rules live in src/lib/progress.ts.
 */
import { useEffect, useState } from 'react';
import { createEmptyProgress, formatStoredProgress, parseStoredProgress, type Progress } from '../../lib/progress.ts';

/** localStorage key; versioned inside the value, not in the key. */
export const PROGRESS_KEY = 'playbook.training.progress';
const CHANGE_EVENT = 'playbook:training-progress';

export function loadProgress(): Progress {
	try {
		return parseStoredProgress(window.localStorage.getItem(PROGRESS_KEY));
	} catch {
		// Storage can be blocked (private modes, strict settings): training still works, it just forgets.
		return createEmptyProgress();
	}
}

export function saveProgress(progress: Progress): void {
	try {
		window.localStorage.setItem(PROGRESS_KEY, formatStoredProgress(progress));
	} catch {
		// See loadProgress: nothing to do but carry on without saving.
	}
	window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function updateProgress(change: (progress: Progress) => Progress): Progress {
	const next = change(loadProgress());
	saveProgress(next);
	return next;
}

/**
 * Current progress, kept in step with other islands and other tabs. Starts
 * empty on the server and on first render so hydration matches, then loads.
 */
export function useProgress(): { progress: Progress; loaded: boolean } {
	const [state, setState] = useState<{ progress: Progress; loaded: boolean }>({ progress: createEmptyProgress(), loaded: false });
	useEffect(() => {
		const refresh = () => setState({ progress: loadProgress(), loaded: true });
		refresh();
		window.addEventListener(CHANGE_EVENT, refresh);
		window.addEventListener('storage', refresh);
		return () => {
			window.removeEventListener(CHANGE_EVENT, refresh);
			window.removeEventListener('storage', refresh);
		};
	}, []);
	return state;
}

/** "18 November 2026" from "2026-11-18", without time-zone drift. */
export function formatDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
