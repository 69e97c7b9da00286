import { expect, it } from 'vitest';
import { formatPageHref } from '../../../src/lib/page-href.ts';

it.each([
	['/', 'plan/escalation', undefined, '/plan/escalation/'],
	['/', 'plan', undefined, '/plan/'],
	['/', '', undefined, '/'],
	['/', 'index', undefined, '/'],
	['/', '404', undefined, '/404.html'],
	['/playbook', '404', undefined, '/playbook/404.html'],
	['/playbook', 'standards', 'templates', '/playbook/standards/#templates'],
	['/playbook/', 'training/modules/x', undefined, '/playbook/training/modules/x/'],
	['/playbook/', 'index', undefined, '/playbook/'],
])('links base %s and page %s (anchor %s) as %s', (base, id, anchor, expected) => {
	expect(formatPageHref(base, id, anchor)).toBe(expected);
});
