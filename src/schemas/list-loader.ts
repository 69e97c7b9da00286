/**
 * A content loader for a YAML file holding a list (tiers, KPIs, templates...),
 * stored as ONE entry `{ items: [...] }` so components get the entries in the
 * order the file lists them. Astro's file() loader stores one entry per item
 * and hands them back sorted by id, which would put the "core" tier before
 * "strategic" and the north-star KPI anywhere.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Loader } from 'astro/loaders';

export function loadList(path: string, id: string): Loader {
	return {
		name: `list:${id}`,
		load: async ({ store, parseData, config }) => {
			const url = new URL(path, config.root);
			const items = parse(await readFile(url, 'utf8')) as unknown;
			store.clear();
			store.set({ id, data: await parseData({ id, data: { items } }) });
		},
	};
}

/** The collection schema for a list file: `{ items: <the file's list schema> }`. */
export function listCollectionSchema<T extends z.ZodType>(fileSchema: T) {
	return z.object({ items: fileSchema });
}
