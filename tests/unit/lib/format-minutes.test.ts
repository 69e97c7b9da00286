import { expect, it } from 'vitest';
import { formatMinutes } from '#src/lib/format-minutes.ts';

it.each([
	[45, '45 minutes'],
	[60, '1 hour'],
	[90, '1 hour 30 minutes'],
	[121, '2 hours 1 minute'],
	[0, '0 minutes'],
])('writes %i minutes as "%s"', (minutes, text) => {
	expect(formatMinutes(minutes)).toBe(text);
});
