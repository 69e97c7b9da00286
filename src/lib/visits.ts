/**
 * "Changed since your last visit": the browser remembers when the reader last
 * opened each page (localStorage, never sent anywhere) and the page carries the
 * date of its latest change. Pure helpers; the script lives in PageMeta.astro.
 */

/** localStorage key holding `{ "/path/": "2026-11-02T09:00:00.000Z" }`. */
export const VISITS_KEY = 'playbook:visits';

export type Visits = Record<string, string>;

/** Reads the stored visits, ignoring anything malformed rather than failing. */
export function parseVisits(json: string | null): Visits {
	if (!json) return {};
	try {
		const value = JSON.parse(json) as unknown;
		if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
		return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string' && !Number.isNaN(Date.parse(v)))) as Visits;
	} catch {
		return {};
	}
}

/** True when the page changed after the reader's previous visit (never on a first visit). */
export function isChangedSince(changedAt: string | undefined, lastVisit: string | undefined): boolean {
	if (!changedAt || !lastVisit) return false;
	const changed = Date.parse(changedAt);
	const visited = Date.parse(lastVisit);
	return !Number.isNaN(changed) && !Number.isNaN(visited) && changed > visited;
}
