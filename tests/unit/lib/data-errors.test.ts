/** The build error for unknown data ids in content components (src/lib/data-errors.ts). */
import { describe, expect, it } from 'vitest';
import { createUnknownError } from '#src/lib/data-errors.ts';

describe('createUnknownError', () => {
	it('names the component, the unknown id, the file and the valid ids', () => {
		const error = createUnknownError('<Value kpi="npz">', 'KPI', 'npz', 'kpis.yaml', ['nps', 'csat']);
		expect(error.name).toBe('PlaybookDataError');
		expect(error.message).toBe('<Value kpi="npz">: unknown KPI "npz" (not in src/content/data/kpis.yaml). Use one of "nps", "csat".');
	});

	it('says which fields exist when the field is unknown', () => {
		const error = createUnknownError('<Value level={2}>', 'field', 'treshold', 'escalation.yaml', ['threshold', 'name']);
		expect(error.message).toBe('<Value level={2}>: unknown field "treshold" (for entries of src/content/data/escalation.yaml). Use one of "threshold", "name".');
	});
});
