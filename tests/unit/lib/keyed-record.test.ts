import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyWithKey, createKeyedRecord, getOwnValue } from '#src/lib/keyed-record.ts';

const objectNames = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'];

describe('records keyed by reader text', () => {
	it.each(objectNames)('has nothing under %s until it is set', (key) => {
		expect(createKeyedRecord<string>()[key]).toBeUndefined();
		expect(getOwnValue({} as Record<string, string>, key)).toBeUndefined();
	});

	it.each(objectNames)('stores and reads back %s like any other key', (key) => {
		const record = copyWithKey(createKeyedRecord([['usage', '45']]), key, 'typed');
		expect(record[key]).toBe('typed');
		expect(Object.keys(record).sort()).toEqual(['usage', key].sort());
		expect(Object.getPrototypeOf(record)).toBeNull();
	});

	it('never changes the record it copies', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), fc.string(), (entries, key, value) => {
				const record = createKeyedRecord(Object.entries(entries));
				const before = { ...record };
				const copy = copyWithKey(record, key, value);
				expect({ ...record }).toEqual(before);
				expect(copy[key]).toBe(value);
			}),
		);
	});
});
