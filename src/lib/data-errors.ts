/**
 * The build error content components throw when a page asks for data that does
 * not exist (`<Value kpi="npz" />`): it names the component, the bad value, the
 * file it was looked up in and the valid choices. Astro prints it with the page.
 */
export function createUnknownError(component: string, kind: string, value: unknown, file: string, known: Iterable<unknown>): Error {
	const list = [...known].map((k) => `"${String(k)}"`).join(', ');
	const where = kind === 'field' ? `for entries of src/content/data/${file}` : `not in src/content/data/${file}`;
	const error = new Error(`${component}: unknown ${kind} "${String(value)}" (${where}). Use one of ${list}.`);
	error.name = 'PlaybookDataError';
	return error;
}
