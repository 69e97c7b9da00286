/**
 * Content loaders for the YAML files in src/content/data, built on Astro's
 * file() loader (which also reloads a file the dev server sees change) with
 * one parser: the content check's, cached (data-file-cache.ts), so a build
 * parses each file once.
 *
 * file() stores one entry per list item, or per key of an object, and Astro
 * hands entries back in no guaranteed order. The plan's lists are read in file
 * order (the highest-touch tier first, the north-star KPI where the file puts
 * it), and their schemas check the list as a whole, so a whole file is stored
 * as ONE entry instead: `{ items: [...] }` for a list, the object itself for an
 * object file.
 */
import { z } from 'zod';
import { file, type Loader } from 'astro/loaders';
import { parseDataFile } from './data-file-cache.ts';
import { DATA, entryIdOf, isListSchema, planDataFiles, type PlanDataEntry } from './plan-data-files.ts';

/** The parsed file, or the parser's error thrown (file() logs it; the content check has already named file and line). */
function readParsed(path: string, text: string): unknown {
	const { data, parseError } = parseDataFile(path, text);
	if (parseError) throw new Error(`${path}: the YAML could not be read: ${parseError}`);
	return data;
}

/** Each item of a list of `{ id }` (owners, learning paths) as its own entry, as file() does, parsed once. */
export function loadDataEntries(path: string): Loader {
	return file(path, { parser: (text) => readParsed(path, text) as Record<string, unknown>[] });
}

/** A whole file as one entry `id`: a list as `{ items }` in file order, an object as itself. */
export function loadWholeDataFile(path: string, id: string, holds: 'list' | 'object'): Loader {
	return file(path, {
		parser: (text) => {
			const data = readParsed(path, text);
			return { [id]: (holds === 'list' ? { items: data } : data) as Record<string, unknown> };
		},
	});
}

/** The collection schema of a whole-file entry: `{ items: <the file's list schema> }` for a list, the file's schema for an object. */
export type WholeFileSchema<S extends z.ZodType> = S extends z.ZodArray<z.ZodType> ? z.ZodObject<{ items: S }> : S;

export function createWholeFileSchema<S extends z.ZodType>(schema: S): WholeFileSchema<S> {
	return (isListSchema(schema) ? z.object({ items: schema }) : schema) as WholeFileSchema<S>;
}

/** A collection that holds one data file whole, its shape read from the file's schema. */
export function createWholeFileCollection<S extends z.ZodType>(path: string, id: string, schema: S): { loader: Loader; schema: WholeFileSchema<S> } {
	return { loader: loadWholeDataFile(path, id, isListSchema(schema) ? 'list' : 'object'), schema: createWholeFileSchema(schema) };
}

/** Every plan data collection, by name, derived from the registry (plan-data-files.ts). */
export type PlanCollections = { [E in PlanDataEntry as E['collection']]: { loader: Loader; schema: WholeFileSchema<E['schema']> } };

export function createPlanCollections(): PlanCollections {
	return Object.fromEntries(
		planDataFiles.map(({ collection, file: name, schema }) => [collection, createWholeFileCollection(`${DATA}/${name}`, entryIdOf(collection), schema)]),
	) as PlanCollections;
}
