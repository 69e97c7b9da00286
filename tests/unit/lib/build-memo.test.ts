/** Loaders every page calls, computed once per build but afresh on each call in dev (src/lib/build-memo.ts). */
import { describe, expect, it } from 'vitest';
import { memoizePerBuild } from '#src/lib/build-memo.ts';

function countCalls() {
	let calls = 0;
	return { compute: () => ({ call: ++calls }), calls: () => calls };
}

describe('memoizePerBuild', () => {
	it('computes once in a build and hands every caller the same value', () => {
		const counter = countCalls();
		const load = memoizePerBuild(counter.compute, { dev: false });
		const first = load();
		expect(load()).toBe(first);
		expect(load()).toBe(first);
		expect(counter.calls()).toBe(1);
	});

	it('computes on every call in dev, so an edit shows on the next render', () => {
		const counter = countCalls();
		const load = memoizePerBuild(counter.compute, { dev: true });
		expect(load()).toEqual({ call: 1 });
		expect(load()).toEqual({ call: 2 });
	});

	it('keeps a promise, so callers that overlap share one computation', async () => {
		let calls = 0;
		const load = memoizePerBuild(async () => ++calls, { dev: false });
		expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
	});
});
