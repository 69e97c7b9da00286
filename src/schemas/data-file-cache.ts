/**
 * Each data file's YAML, parsed once per process. One build reads every data
 * file twice: the content check (scripts/check-content.ts, in the Astro config)
 * and the content collections' loaders (src/schemas/data-file-loader.ts). Both
 * ask here, so the second asks for a file whose text has not changed gets the
 * first's result instead of parsing again.
 *
 * The cache lives on globalThis, not in this module: Astro loads the config
 * (and so the content check) and the content config with separate module
 * loaders, each with its own copy of this module, in the same process.
 * Entries are keyed by file and checked against the text, so an edited file
 * (the dev server reloads it) is parsed afresh and stale data is never served.
 * The parsed data is frozen because every reader shares it.
 */
import { parse } from 'yaml';

/** A data file's parsed YAML, or why it could not be parsed. */
export interface ParsedDataFile {
	data: unknown;
	/** The parser's message (first line) when the text is not valid YAML. */
	parseError?: string;
}

interface CacheEntry {
	text: string;
	parsed: ParsedDataFile;
}

const CACHE_KEY = Symbol.for('playbook.parsed-data-files');

function getCache(): Map<string, CacheEntry> {
	const holder = globalThis as { [CACHE_KEY]?: Map<string, CacheEntry> };
	holder[CACHE_KEY] ??= new Map();
	return holder[CACHE_KEY];
}

/** Freezes a parsed value all the way down, so no reader can change what another reads. */
function freezeDeep<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) freezeDeep(child);
	}
	return value;
}

/**
 * The YAML in `text`, the content of data file `file` (a path from the project
 * root, e.g. `src/content/data/tiers.yaml`), parsed at most once per text.
 */
export function parseDataFile(file: string, text: string): ParsedDataFile {
	const cache = getCache();
	const cached = cache.get(file);
	if (cached?.text === text) return cached.parsed;
	let parsed: ParsedDataFile;
	try {
		parsed = { data: freezeDeep(parse(text, { prettyErrors: true }) as unknown) };
	} catch (error) {
		parsed = { data: undefined, parseError: (error as Error).message.split('\n')[0] };
	}
	cache.set(file, { text, parsed });
	return parsed;
}
