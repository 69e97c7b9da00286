/**
 * Validate a calculator preset at build time: a bad preset in an MDX page or
 * an industry YAML file stops the build with the field and the fix named.
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

/** Fail the build when a preset sets a value the calculator has no input for (usually a typo). */
export function checkPresetKeys(values: Record<string, unknown> | undefined, allowed: readonly string[], where: string): void {
	for (const key of Object.keys(values ?? {})) {
		if (!allowed.includes(key)) throw new Error(`${where}: values.${key} is not an input of this calculator; use one of ${allowed.join(', ')}`);
	}
}
