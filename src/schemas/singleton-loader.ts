/**
 * A content loader for a YAML file that holds one object (organization
 * settings) rather than a list of entries, stored under a single id.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

export function loadSingleton(path: string, id: string): Loader {
	return {
		name: `singleton:${id}`,
		load: async ({ store, parseData, config }) => {
			const url = new URL(path, config.root);
			const data = parse(await readFile(url, 'utf8')) as Record<string, unknown>;
			store.clear();
			store.set({ id, data: await parseData({ id, data }) });
		},
	};
}
