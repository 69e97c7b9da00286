import { describe, expect, it } from 'vitest';
import { formatPageHref } from '../../../src/lib/page-href.ts';

describe('page URLs', () => {
	it.each([
		['index', '/', '/'],
		['plan/current-state', '/', '/plan/current-state/'],
		['404', '/', '/404.html'],
		['plan', '/playbook/', '/playbook/plan/'],
		['index', '/playbook/', '/playbook/'],
		['404', '/playbook', '/playbook/404.html'],
	])('%s under base %s is %s', (id, base, href) => {
		expect(formatPageHref(id, base)).toBe(href);
	});
});
