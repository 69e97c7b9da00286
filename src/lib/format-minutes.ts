/** "1 hour 30 minutes" from 90: how training durations are written on pages and handouts. */
export function formatMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const parts = [h > 0 ? `${h} hour${h === 1 ? '' : 's'}` : '', m > 0 ? `${m} minute${m === 1 ? '' : 's'}` : ''];
	return parts.filter(Boolean).join(' ') || '0 minutes';
}
