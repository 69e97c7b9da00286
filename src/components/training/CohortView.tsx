/**
 * The trainer's cohort view: drop in trainees' exported progress files and
 * see the cohort side by side. Read-only: files are read in this browser,
 * nothing is stored or sent, and the trainer's own progress is never touched.
 * The path and start day live in the page address, so a link reopens the
 * same view (the files are not in it). All logic is in src/lib/cohort.ts.
 */
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import {
	buildCohortTable,
	describeScenarioCell,
	formatCohortCsv,
	formatItemsCsv,
	formatShare,
	loadCohortFiles,
	summarizeItems,
	type CohortCatalog,
	type CohortFile,
} from '#src/lib/cohort.ts';
import { formatLocalDay, isCalendarDay, readFirstAnswers } from '#src/lib/progress.ts';
import { formatDate } from '#src/lib/format.ts';
// One download helper for every CSV the site writes (with the byte-order mark spreadsheets need).
import { downloadText } from '#src/components/calculators/shared/file-input.ts';

export interface CohortViewProps {
	paths: (CohortCatalog & { id: string })[];
	/** Every module id in the playbook, so files are read exactly as an import would read them. */
	knownModuleIds: string[];
}

function readAddress(paths: CohortViewProps['paths']) {
	const params = new URLSearchParams(window.location.search);
	const path = params.get('path');
	const start = params.get('start') ?? '';
	return { pathId: paths.some((p) => p.id === path) ? (path as string) : paths[0].id, start: isCalendarDay(start) ? start : '' };
}

export default function CohortView({ paths, knownModuleIds }: CohortViewProps) {
	const uid = useId();
	const [pathId, setPathId] = useState(paths[0].id);
	const [start, setStart] = useState('');
	const [files, setFiles] = useState<CohortFile[]>([]);
	const [reading, setReading] = useState(false);
	useEffect(() => {
		const fromAddress = readAddress(paths);
		setPathId(fromAddress.pathId);
		setStart(fromAddress.start);
	}, [paths]);

	const setAddress = (next: { pathId: string; start: string }) => {
		const params = new URLSearchParams(window.location.search);
		params.set('path', next.pathId);
		if (next.start) params.set('start', next.start);
		else params.delete('start');
		window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
	};

	const catalog = paths.find((p) => p.id === pathId) ?? paths[0];
	const { trainees, rejected } = loadCohortFiles(files, { knownModuleIds });
	const today = formatLocalDay(new Date());
	const rows = buildCohortTable(catalog, trainees, start ? { start, today } : undefined);
	const items = summarizeItems(catalog, trainees, readFirstAnswers);
	const answeredItems = items.filter((i) => i.answered > 0);

	const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
		const chosen = [...(event.target.files ?? [])];
		event.target.value = '';
		if (chosen.length === 0) return;
		setReading(true);
		const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
		setFiles((before) => [...before, ...read]);
		setReading(false);
	};

	const slug = catalog.id;
	return (
		<div className="cohort-view not-content">
			<div className="cohort-controls">
				<p>
					<label htmlFor={`${uid}-path`}>Learning path</label>
					<select
						id={`${uid}-path`}
						value={pathId}
						onChange={(e) => {
							setPathId(e.target.value);
							setAddress({ pathId: e.target.value, start });
						}}
					>
						{paths.map((p) => (
							<option key={p.id} value={p.id}>
								{p.pathTitle}
							</option>
						))}
					</select>
				</p>
				<p>
					<label htmlFor={`${uid}-start`}>First day of the cohort (day 1 of the schedule)</label>
					<input
						id={`${uid}-start`}
						type="date"
						value={start}
						onChange={(e) => {
							const value = isCalendarDay(e.target.value) ? e.target.value : '';
							setStart(value);
							setAddress({ pathId, start: value });
						}}
					/>
				</p>
				<p>
					<label htmlFor={`${uid}-files`}>Trainees' progress files (.json, choose several)</label>
					<input id={`${uid}-files`} type="file" multiple accept=".json,application/json" onChange={addFiles} />
				</p>
				{files.length > 0 && (
					<button type="button" className="training-button" onClick={() => setFiles([])}>
						Clear the files
					</button>
				)}
			</div>

			<div role="status" aria-live="polite" className="cohort-status">
				{reading ? (
					<p>Reading the files…</p>
				) : files.length > 0 ? (
					<p>
						{trainees.length} trainee{trainees.length === 1 ? '' : 's'} loaded
						{rejected.length > 0 && `; ${rejected.length} file${rejected.length === 1 ? ' was' : 's were'} not loaded`}.
					</p>
				) : (
					<p>No files yet. Ask each trainee to export their progress from their My progress page and send you the file.</p>
				)}
			</div>
			{rejected.length > 0 && (
				<ul className="cohort-rejected training-notice is-error">
					{rejected.map((r, i) => (
						<li key={`${r.fileName}-${i}`}>{r.message}</li>
					))}
				</ul>
			)}

			{trainees.length > 0 && (
				<>
					<h2 id="cohort-table">Trainees</h2>
					{!start && <p>Enter the first day of the cohort to see who is behind the schedule.</p>}
					<div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${uid}-caption`}>
						<table className="cohort-table">
							<caption id={`${uid}-caption`}>
								{catalog.pathTitle}: {trainees.length} trainee{trainees.length === 1 ? '' : 's'}
							</caption>
							<thead>
								<tr>
									<th scope="col">Trainee</th>
									{catalog.modules.map((m) => (
										<th scope="col" key={m.id}>
											{m.title}
										</th>
									))}
									{catalog.scenarios.map((s) => (
										<th scope="col" key={s.id}>
											Scenario: {s.title}
										</th>
									))}
									<th scope="col">Behind the plan</th>
								</tr>
							</thead>
							<tbody>
								{rows.map((row) => (
									<tr key={row.trainee.fileName} data-trainee={row.trainee.name}>
										<th scope="row">{row.trainee.name}</th>
										{row.modules.map((cell) => (
											<td key={cell.moduleId} data-module={cell.moduleId} className={cell.overdue ? 'is-overdue' : undefined}>
												{cell.completedOn
													? `Complete ${formatDate(cell.completedOn)}`
													: cell.passed
														? 'Passed, not marked complete'
														: cell.attempts
															? 'Not passed yet'
															: 'Not started'}
												{cell.bestPercent !== undefined && `. Best ${cell.bestPercent}%, ${cell.attempts} attempt${cell.attempts === 1 ? '' : 's'}`}
												{cell.overdue && <strong>. Overdue</strong>}
											</td>
										))}
										{row.scenarios.map((cell) => (
											<td key={cell.scenarioId} data-scenario={cell.scenarioId}>
												{describeScenarioCell(cell)}
											</td>
										))}
										<td data-behind>{!start ? 'No start day' : row.behind.length ? row.behind.join(', ') : 'On plan'}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<button type="button" className="training-button" onClick={() => downloadText(formatCohortCsv(catalog, rows), `cohort-${slug}-${today}.csv`)}>
						Download the table as CSV
					</button>

					<h2 id="question-results">Results per question</h2>
					<p>
						From each trainee's first attempt. A question few get right, or a wrong answer many choose, points to a gap in the module or a question that needs
						rewriting.
					</p>
					{answeredItems.length === 0 ? (
						<p>These files hold no answers yet: answers are kept from the first attempt at each knowledge check.</p>
					) : (
						<>
							<div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${uid}-items`}>
								<table className="cohort-items">
									<caption id={`${uid}-items`}>Results per question, {catalog.pathTitle}</caption>
									<thead>
										<tr>
											<th scope="col">Module</th>
											<th scope="col">Question</th>
											<th scope="col">Answered</th>
											<th scope="col">Right</th>
											<th scope="col">Most chosen wrong answer</th>
										</tr>
									</thead>
									<tbody>
										{answeredItems.map((item) => (
											<tr key={`${item.moduleId}/${item.questionId}`} data-question={`${item.moduleId}/${item.questionId}`}>
												<td>{catalog.modules.find((m) => m.id === item.moduleId)?.title}</td>
												<td>{item.prompt}</td>
												<td>{item.answered}</td>
												<td>{item.shareRight === undefined ? '—' : formatShare(item.shareRight)}</td>
												<td>{item.topWrong ? `${item.topWrong.text} (${item.topWrong.count})` : 'None'}</td>
											</tr>
										))}
									</tbody>
								</table>
							</div>
							<button
								type="button"
								className="training-button"
								onClick={() => downloadText(formatItemsCsv(catalog, answeredItems), `questions-${slug}-${today}.csv`)}
							>
								Download question results as CSV
							</button>
						</>
					)}
				</>
			)}
		</div>
	);
}
