import { expect, it } from 'vitest';
import { formatPageHref } from '../../../src/lib/page-href.ts';

it.each([
	['/', 'plan/escalation', undefined, '/plan/escalation/'],
	['/', 'plan', undefined, '/plan/'],
	['/', '', undefined, '/'],
	['/', 'index', undefined, '/'],
	['/playbook', 'standards', 'templates', '/playbook/standards/#templates'],
	['/playbook/', 'training/modules/x', undefined, '/playbook/training/modules/x/'],
])('links base %s and page %s (anchor %s) as %s', (base, id, anchor, expected) => {
	expect(formatPageHref(base, id, anchor)).toBe(expected);
});
