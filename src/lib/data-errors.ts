/**
 * The build error content components throw when a page asks for data that does
 * not exist (`<Value kpi="npz" />`): it names the component, the bad value (with
 * the likely intended one), the valid choices and the file they come from.
 * Astro prints it with the page.
 */
import { describeUnknown } from './check-messages.ts';

export function createUnknownError(component: string, kind: string, value: unknown, file: string, known: Iterable<unknown>): Error {
	const source = kind === 'field' ? `the fields of entries in src/content/data/${file}` : `from src/content/data/${file}`;
	const error = new Error(`${component}: ${describeUnknown(kind, value, known, { source })}`);
	error.name = 'PlaybookDataError';
	return error;
}
