/**
 * Validate a calculator preset at build time: a bad preset in an MDX page or
 * an industry YAML file stops the build with the field and the fix named
 * (unknown keys and out-of-range values included: the schemas check them
 * against the calculators' definitions in src/lib/calculators/).
 */
import type { z } from 'zod';

export function parsePreset<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
	const result = schema.safeParse(input);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(preset)'}: ${i.message}`);
		throw new Error(`${where} is not valid:\n${lines.join('\n')}`);
	}
	return result.data;
}
