/**
 * The "Configure signals" table: each signal's name, weight, direction and
 * thresholds, with its problems under its name. Loaded only when the section
 * is first opened (React.lazy in HealthScoreIsland.tsx), so a reader who
 * never configures signals never downloads it. It holds no state: the rows
 * and what is wrong with them come from useHealthState.
 */
import type { SignalRow, SignalSettings } from '#src/lib/health-signal-rows.ts';
import type { HealthSignal } from '#src/schemas/calculators.ts';
import { FileProblems } from '../shared/FileProblems.tsx';

export interface SignalEditorProps {
	rows: readonly SignalRow[];
	/** Problems of one signal, by row key. */
	rowErrors: Record<number, string[]>;
	/** Problems of the signal set as a whole. */
	general: string[];
	onUpdate: (key: number, patch: Partial<SignalSettings>) => void;
	onRename: (key: number, name: string) => void;
	onAdd: () => void;
	onRemove: (key: number) => void;
	/** Back to the signals the page set. */
	onReset: () => void;
}

export default function SignalEditor({ rows, rowErrors, general, onUpdate, onRename, onAdd, onRemove, onReset }: SignalEditorProps) {
	return (
		<>
			<p className="calc-help">
				Weights are relative (they need not add up to 100). <em>Poor</em> scores 0 points and <em>good</em> scores 100, with a straight line between. A value at
				or beyond <em>critical</em> makes the account red whatever the score. Signal ids are the CSV column headers.
			</p>
			<div className="table-scroll" tabIndex={0} role="region" aria-label="Signal settings">
				<table className="calc-table-input">
					<thead>
						<tr>
							<th scope="col">Signal (CSV column)</th>
							<th scope="col">Weight</th>
							<th scope="col">Direction</th>
							<th scope="col">Poor (0 pts)</th>
							<th scope="col">Good (100 pts)</th>
							<th scope="col">Critical</th>
							<th scope="col">
								<span className="calc-sr-only">Remove</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((r, i) => {
							const errId = rowErrors[r.key] ? `health-row-${r.key}-error` : undefined;
							const cell = (field: 'weight' | 'poor' | 'good' | 'critical', label: string) => (
								<td>
									<input
										type="text"
										inputMode="decimal"
										aria-label={`${label} for ${r.name || `signal ${i + 1}`}`}
										value={r[field]}
										onChange={(e) => onUpdate(r.key, { [field]: e.target.value })}
										aria-invalid={errId ? true : undefined}
										aria-describedby={errId}
										placeholder={field === 'critical' ? 'none' : undefined}
									/>
								</td>
							);
							return (
								<tr key={r.key}>
									<td>
										<input
											type="text"
											aria-label={`Name of signal ${i + 1}`}
											value={r.name}
											onChange={(e) => onRename(r.key, e.target.value)}
											aria-invalid={errId ? true : undefined}
											aria-describedby={errId}
										/>
										<span className="calc-help">
											<code>{r.id}</code>
										</span>
										{errId ? (
											<p id={errId} className="calc-error">
												{rowErrors[r.key].join(' ')}
											</p>
										) : null}
									</td>
									{cell('weight', 'Weight')}
									<td>
										<select
											aria-label={`Direction for ${r.name || `signal ${i + 1}`}`}
											value={r.direction}
											onChange={(e) => onUpdate(r.key, { direction: e.target.value as HealthSignal['direction'] })}
										>
											<option value="higher-is-better">Higher is better</option>
											<option value="lower-is-better">Lower is better</option>
										</select>
									</td>
									{cell('poor', 'Poor value')}
									{cell('good', 'Good value')}
									{cell('critical', 'Critical value')}
									<td>
										<button
											type="button"
											className="calc-button calc-button-secondary"
											onClick={() => onRemove(r.key)}
											aria-label={`Remove ${r.name || `signal ${i + 1}`}`}
										>
											Remove
										</button>
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			{general.length ? <FileProblems id="health-config-problems" messages={general} /> : null}
			<div className="calc-copy">
				<button type="button" className="calc-button calc-button-secondary" onClick={onAdd}>
					Add a signal
				</button>
				<button type="button" className="calc-button calc-button-secondary" onClick={onReset}>
					Reset to the page's signals
				</button>
			</div>
		</>
	);
}
