/** The build error for unknown data ids in content components (src/lib/data-errors.ts). */
import { describe, expect, it } from 'vitest';
import { createUnknownError } from '#src/lib/data-errors.ts';

describe('createUnknownError', () => {
	it('names the component, the unknown id, the likely intended one, the valid ids and their file', () => {
		const error = createUnknownError('<Value kpi="npz">', 'KPI', 'npz', 'kpis.yaml', ['nps', 'csat']);
		expect(error.name).toBe('PlaybookDataError');
		expect(error.message).toBe('<Value kpi="npz">: unknown KPI "npz" (did you mean "nps"?): use one of "nps", "csat" (from src/content/data/kpis.yaml)');
	});

	it('says which fields exist when the field is unknown', () => {
		const error = createUnknownError('<Value level={2}>', 'field', 'treshold', 'escalation.yaml', ['threshold', 'name']);
		expect(error.message).toBe(
			'<Value level={2}>: unknown field "treshold" (did you mean "threshold"?): use one of "threshold", "name" (the fields of entries in src/content/data/escalation.yaml)',
		);
	});

	it('lists the valid ids without a guess when none is close', () => {
		const error = createUnknownError('<TierTable tier>', 'tier', 'platinum', 'tiers.yaml', ['strategic', 'growth', 'core']);
		expect(error.message).toBe('<TierTable tier>: unknown tier "platinum": use one of "strategic", "growth", "core" (from src/content/data/tiers.yaml)');
	});
});
