/**
 * Records keyed by text a reader or a file supplies (signal ids from a link,
 * CSV headers, module ids). A plain `{}` answers `record.constructor`,
 * `record.toString` and `record.hasOwnProperty` with Object's own functions,
 * so a signal named "constructor" read a function where a string belonged and
 * crashed the health calculator. These records have no prototype: every key,
 * "__proto__" included, is just a key. Use them (or a Map) wherever user text
 * becomes a key.
 */

/** A record with no prototype, filled from entries. */
export function createKeyedRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
	const record = Object.create(null) as Record<string, T>;
	for (const [key, value] of entries) record[key] = value;
	return record;
}

/** A copy of a record (without prototype) with one key set: the immutable update React state needs. */
export function copyWithKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
	const copy = createKeyedRecord(Object.entries(record));
	copy[key] = value;
	return copy;
}

/** The value a record holds itself under a key, never one inherited from Object. */
export function getOwnValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
