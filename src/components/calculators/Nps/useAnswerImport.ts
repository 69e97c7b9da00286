/**
 * The NPS island's imported survey: reading a chosen file, counting its
 * answers in the worker (answer-counter.ts), counting another column of it,
 * and what to show meanwhile. Held by the island rather than by the import
 * form, so switching to counts and back keeps the file and any counting
 * still under way.
 */
import { useEffect, useRef, useState } from 'react';
import type { NpsColumnCount } from '#src/lib/nps-import.ts';
import { createAnswerCounter, type AnswerCounter } from './answer-counter.ts';

// Reading a file: loaded when the reader first chooses one.
const loadFileInput = () => import('../shared/file-input.ts');

/** What the page shows of an imported file: its counts, and its text to count another column. */
export type ImportedFile = NpsColumnCount & { name: string; text: string; encodingNotice: string };

/** `onImported` hears of each file whose answers are shown (the island then stops showing its worked example). */
export function useAnswerImport(onImported: () => void) {
	// The shown file's counts; a failed import or recount leaves them in place.
	const [imported, setImported] = useState<ImportedFile | null>(null);
	// The column asked for while it is being counted (the select shows it at once).
	const [askedColumn, setAskedColumn] = useState<number | null>(null);
	const [fileError, setFileError] = useState('');
	const [reading, setReading] = useState(false);
	const [readSoFar, setReadSoFar] = useState(0);
	const counter = useRef<AnswerCounter | null>(null);
	useEffect(() => () => counter.current?.dispose(), []);
	// The latest file or column asked for: work for an earlier one is dropped when it finishes.
	const latestRequest = useRef(0);

	const startRequest = () => {
		const request = ++latestRequest.current;
		return () => request === latestRequest.current;
	};
	const countAnswers = async (text: string, column: number | null, isCurrent: () => boolean) => {
		setReadSoFar(0);
		counter.current ??= createAnswerCounter();
		return counter.current.count(text, column, (read) => {
			if (isCurrent()) setReadSoFar(read);
		});
	};

	const chooseFile = async (file: File | undefined) => {
		const isCurrent = startRequest();
		setFileError('');
		if (!file) return;
		setReading(true);
		setAskedColumn(null);
		try {
			const read = await (await loadFileInput()).readFileText(file);
			if (!isCurrent()) return;
			if (!read.ok) {
				setFileError(`${file.name}: ${read.error}`);
				return;
			}
			const outcome = await countAnswers(read.text, null, isCurrent);
			if (!isCurrent()) return;
			if (!outcome.ok) {
				setFileError(`${file.name}: ${outcome.error}`);
				return;
			}
			setImported({ ...outcome, name: file.name, text: read.text, encodingNotice: read.encodingNotice ?? '' });
			onImported();
		} finally {
			if (isCurrent()) setReading(false);
		}
	};

	// Another column of the same file: counted again from its text, off the page like the first.
	const chooseColumn = async (column: number) => {
		if (!imported) return;
		const isCurrent = startRequest();
		setFileError('');
		setAskedColumn(column);
		setReading(true);
		try {
			const outcome = await countAnswers(imported.text, column, isCurrent);
			if (!isCurrent()) return;
			if (!outcome.ok) setFileError(`${imported.name}: ${outcome.error}`);
			else setImported({ ...imported, ...outcome });
			setAskedColumn(null);
		} finally {
			if (isCurrent()) setReading(false);
		}
	};

	return { imported, fileError, reading, readSoFar, askedColumn, chooseFile, chooseColumn, forgetFile: () => setImported(null) };
}
