import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { progressSchema } from '#src/schemas/progress.ts';

describe('zod in the browser', () => {
	it('builds the progress schemas without compiling code, which a strict Content-Security-Policy reports as eval', () => {
		expect(progressSchema).toBeDefined();
		expect(z.config().jitless).toBe(true);
	});
});
