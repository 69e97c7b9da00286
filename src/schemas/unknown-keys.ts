/**
 * Keys a schema does not know. zod objects drop unknown keys without a word,
 * so a misspelt `statuss: draft` would leave the page published as approved;
 * this walks the value beside its schema and names every key that would be
 * dropped, with the nearest known key as the likely fix.
 */
import type { z } from 'zod';
import { findNearestName } from '../lib/nearest-name.ts';

export interface UnknownKey {
	/** Where the key sits, e.g. ['sidebar', 'ordr'] or ['proposal', 'affectedPage']. */
	path: (string | number)[];
	/** Keys allowed at that place. */
	known: string[];
	/** The known key it most likely meant, if one is close. */
	suggestion?: string;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	catchall?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that hold one schema: optional(), default(), transform pipes, ... */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: z.ZodType): Def {
	let def = defOf(schema);
	for (let i = 0; i < 20; i++) {
		if (WRAPPERS.has(def.type) && def.innerType) def = defOf(def.innerType);
		else if (def.type === 'pipe' && def.in) def = defOf(def.in);
		else break;
	}
	return def;
}

/**
 * Every key in `value` that `schema` would drop, depth first. Objects that
 * accept any key (looseObject, catchall) and unions are not looked into.
 */
export function findUnknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownKey[] {
	const def = unwrap(schema);
	if (def.type === 'array' && def.element && Array.isArray(value)) {
		return value.flatMap((item, i) => findUnknownKeys(def.element!, item, [...path, i]));
	}
	if (def.type !== 'object' || !def.shape || !value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return [];
	const acceptsAny = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
	const known = Object.keys(def.shape);
	const found: UnknownKey[] = [];
	for (const [key, child] of Object.entries(value)) {
		const childSchema = def.shape[key];
		if (childSchema) found.push(...findUnknownKeys(childSchema, child, [...path, key]));
		else if (!acceptsAny) found.push({ path: [...path, key], known, suggestion: findNearestName(key, known) });
	}
	return found;
}
