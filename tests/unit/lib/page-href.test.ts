import { describe, expect, it } from 'vitest';
import { findUnbasedLinks, formatPageHref, prefixBase } from '#src/lib/page-href.ts';

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

describe('prefixBase', () => {
	it.each([
		['/playbook/', '/plan/escalation/', '/playbook/plan/escalation/'],
		['/playbook', '/tools/nps/?industry=retail#score', '/playbook/tools/nps/?industry=retail#score'],
		['/playbook/', '/playbook/plan/', '/playbook/plan/'],
		['/playbook/', '/playbook', '/playbook'],
		['/playbook/', '/playbooks/', '/playbook/playbooks/'],
		['/playbook/', 'https://example.org/', 'https://example.org/'],
		['/playbook/', '//cdn.example.org/x', '//cdn.example.org/x'],
		['/playbook/', '#anchor', '#anchor'],
		['/playbook/', '../relative/', '../relative/'],
		['/', '/plan/', '/plan/'],
	])('with base %s turns %s into %s', (base, url, expected) => {
		expect(prefixBase(base, url)).toBe(expected);
	});
});

describe('findUnbasedLinks', () => {
	it('lists root-relative links that miss the base, once each', () => {
		const html =
			'<a href="/plan/">a</a><a href="/playbook/plan/">b</a><img src="/logo.svg"><a href="/plan/">c</a><a href="https://x.org/">d</a><a href="plan/">e</a>';
		expect(findUnbasedLinks(html, '/playbook/')).toEqual(['/plan/', '/logo.svg']);
	});

	it('finds nothing to fix at the root', () => {
		expect(findUnbasedLinks('<a href="/plan/">a</a>', '/')).toEqual([]);
	});
});
