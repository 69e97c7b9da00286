/**
 * The browser side of training progress: localStorage plus a change event so
 * every island on the page (knowledge check, completion button, progress
 * list) shows the same state. Reading, saving and their rules are pure
 * functions in src/lib/progress.ts; this file only hands them the browser.
 */
import { useEffect, useState } from 'react';
import {
	createEmptyProgress,
	describeSetAside,
	formatLocalDay,
	loadStoredProgress,
	PROGRESS_STORAGE_KEY,
	saveStoredProgress,
	serializeProgress,
	type Progress,
	type ProgressStorage,
	type SaveResult,
} from '#src/lib/progress.ts';

/** localStorage key; versioned inside the value, not in the key. */
export const PROGRESS_KEY = PROGRESS_STORAGE_KEY;
const CHANGE_EVENT = 'playbook:training-progress';

/** The browser's storage, or null where it is blocked (private modes, strict settings). */
function getStorage(): ProgressStorage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

export interface BrowserProgress {
	progress: Progress;
	/** What to tell the learner when part of the stored progress could not be read; null when all was read. */
	setAsideNotice: string | null;
}

export function loadProgress(): BrowserProgress {
	const loaded = loadStoredProgress(getStorage());
	return { progress: loaded.progress, setAsideNotice: loaded.understood ? null : describeSetAside(loaded) };
}

/** Saves and tells every island; the result says whether the save worked. */
export function saveProgress(progress: Progress): SaveResult {
	const result = saveStoredProgress(getStorage(), progress);
	if (result.ok) window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
	return result;
}

/** Applies a change to the stored progress; returns the changed progress even when it could not be saved, so it can be exported. */
export function updateProgress(change: (progress: Progress) => Progress): { progress: Progress; result: SaveResult } {
	const progress = change(loadProgress().progress);
	return { progress, result: saveProgress(progress) };
}

/**
 * Current progress, kept in step with other islands and other tabs. Starts
 * empty on the server and on first render so hydration matches, then loads.
 */
export function useProgress(): BrowserProgress & { loaded: boolean } {
	const [state, setState] = useState<BrowserProgress & { loaded: boolean }>({ progress: createEmptyProgress(), setAsideNotice: null, loaded: false });
	useEffect(() => {
		const refresh = () => setState({ ...loadProgress(), loaded: true });
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

/** Downloads progress as an exported progress file; returns the file name. */
export function downloadProgressFile(progress: Progress): string {
	const text = serializeProgress(progress, new Date());
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `training-progress-${formatLocalDay(new Date())}.json`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	return link.download;
}
