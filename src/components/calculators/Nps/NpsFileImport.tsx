/**
 * The NPS calculator's CSV import: the file input with its progress and
 * error, then the column holding the answers and what was read from it. The
 * file and its counting are held by useAnswerImport; this shows them.
 */
import { formatCount } from '#src/lib/format.ts';
import { FileProblems } from '../shared/FileProblems.tsx';
import type { useAnswerImport } from './useAnswerImport.ts';

export type NpsFileImportProps = Pick<
	ReturnType<typeof useAnswerImport>,
	'imported' | 'fileError' | 'reading' | 'readSoFar' | 'askedColumn' | 'chooseFile' | 'chooseColumn'
>;

export function NpsFileImport({ imported, fileError, reading, readSoFar, askedColumn, chooseFile, chooseColumn }: NpsFileImportProps) {
	return (
		<>
			<div className="calc-field">
				<label htmlFor="nps-file">Or import a CSV file (read on this page; nothing is uploaded)</label>
				<input
					id="nps-file"
					type="file"
					accept=".csv,text/csv,text/plain"
					disabled={reading}
					aria-invalid={fileError ? true : undefined}
					aria-describedby={fileError ? 'nps-file-error' : imported?.problems.length ? 'nps-file-problems' : undefined}
					onChange={(e) => void chooseFile(e.target.files?.[0])}
				/>
				{reading ? (
					<p className="calc-help" role="status">
						{readSoFar ? `Counting: ${formatCount(readSoFar)} rows read so far…` : 'Reading the file…'}
					</p>
				) : null}
				{fileError ? (
					<p id="nps-file-error" className="calc-error">
						{fileError}
						{imported ? ` The answers below are still those of ${imported.name}.` : ''}
					</p>
				) : null}
			</div>
			{imported ? (
				<div className="calc-field">
					<label htmlFor="nps-column">Column with the 0–10 answer</label>
					<select id="nps-column" value={askedColumn ?? imported.column} onChange={(e) => void chooseColumn(Number(e.target.value))}>
						{imported.header.map((h, i) => (
							<option key={i} value={i}>
								{h || `Column ${i + 1}`}
							</option>
						))}
					</select>
					<p className="calc-help">
						{imported.name}: {formatCount(imported.answers)} answers read from {formatCount(imported.rowCount)} rows.
					</p>
					{imported.encodingNotice ? <p className="calc-notice">{imported.encodingNotice}</p> : null}
					<FileProblems id="nps-file-problems" messages={imported.problems.length ? ['Rows skipped (the rest are counted):', ...imported.problems] : []} />
				</div>
			) : null}
		</>
	);
}
