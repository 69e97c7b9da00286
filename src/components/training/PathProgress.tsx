/**
 * My progress for one learning path: each module's state, the path's
 * completion, the certificate once it is complete, and export/import of the
 * progress file a new hire hands to their trainer. Everything stays in this
 * browser; an import is merged in and never overwrites what is already here.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { computePathStatus, describeImport, describeSaveFailure, mergeProgress, parseProgressFile, type Progress } from '#src/lib/progress.ts';
import { formatDate } from '#src/lib/format.ts';
import { downloadProgressFile, loadProgress, saveProgress, useProgress } from './progress-store.ts';

export interface PathProgressProps {
	pathTitle: string;
	modules: { id: string; title: string; href: string; durationMinutes: number }[];
	certificateHref: string;
	/** Every practice scenario with its endings: those played to an ending are listed. */
	scenarios: { id: string; title: string; href: string; endings: { id: string; title: string; outcome: 'good' | 'mixed' | 'poor' }[] }[];
	/** Every module id in the playbook: an import leaves out (and counts) progress for any other. */
	knownModuleIds: string[];
}

type Notice = { kind: 'success' | 'error'; text: string } | null;

export default function PathProgress({ pathTitle, modules, scenarios, certificateHref, knownModuleIds }: PathProgressProps) {
	const { progress, loaded, setAsideNotice } = useProgress();
	const [notice, setNotice] = useState<Notice>(null);
	// Progress an import merged but could not save: the export offers it so it is not lost.
	const [unsaved, setUnsaved] = useState<Progress | null>(null);
	const fileRef = useRef<HTMLInputElement>(null);
	const status = computePathStatus(
		modules.map((m) => m.id),
		progress,
	);

	const exportFile = () => {
		const fileName = downloadProgressFile(unsaved ?? loadProgress().progress);
		setNotice({ kind: 'success', text: `Exported ${fileName}. Hand this file to your trainer, or import it in another browser.` });
	};

	const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
		const file = event.target.files?.[0];
		if (!file) return;
		const result = parseProgressFile(await file.text(), { knownModuleIds });
		if (result.ok) {
			const merged = mergeProgress(unsaved ?? loadProgress().progress, result.progress);
			const saved = saveProgress(merged);
			setUnsaved(saved.ok ? null : merged);
			setNotice(
				saved.ok
					? { kind: 'success', text: describeImport(file.name, result) }
					: { kind: 'error', text: `${file.name} was read, but ${describeSaveFailure(saved).replace(/^Your/, 'your')}` },
			);
		} else {
			setNotice({ kind: 'error', text: result.message });
		}
		// Allow choosing the same file again after fixing it.
		if (fileRef.current) fileRef.current.value = '';
	};

	return (
		<div className="path-progress">
			{setAsideNotice && (
				<div role="status" className="training-notice is-error path-progress-set-aside">
					<p>{setAsideNotice}</p>
				</div>
			)}
			<p className="path-progress-summary" aria-live="polite">
				<label htmlFor="path-progress-meter">{loaded ? `${status.completed} of ${status.total} modules complete` : 'Loading your progress…'}</label>{' '}
				<progress id="path-progress-meter" max={status.total} value={status.completed} />
			</p>

			<ol className="path-progress-modules">
				{modules.map((m) => {
					const state = progress.modules[m.id];
					const text = state?.completedOn
						? `Complete, ${formatDate(state.completedOn)}`
						: state?.passed
							? 'Knowledge check passed; not yet marked complete'
							: state?.attempts
								? 'Knowledge check not passed yet'
								: 'Not started';
					return (
						<li key={m.id} data-module={m.id} data-state={state?.completedOn ? 'complete' : state?.attempts ? 'started' : 'not-started'}>
							<a href={m.href}>{m.title}</a> <span className="path-progress-time">({m.durationMinutes} min)</span>
							<br />
							<span className="path-progress-state">
								{text}
								{state?.bestPercent !== undefined && `. Best score ${state.bestPercent}%`}
							</span>
						</li>
					);
				})}
			</ol>

			<h2 id="scenarios-played">Scenarios played</h2>
			{(() => {
				const played = scenarios.flatMap((sc) => {
					const reached = new Set(Object.hasOwn(progress.scenarios, sc.id) ? progress.scenarios[sc.id].endings : []);
					const endings = sc.endings.filter((e) => reached.has(e.id));
					return endings.length ? [{ ...sc, endings }] : [];
				});
				return played.length === 0 ? (
					<p>No scenario played to an ending yet.</p>
				) : (
					<ul className="path-progress-scenarios">
						{played.map((sc) => (
							<li key={sc.id} data-scenario={sc.id}>
								<a href={sc.href}>{sc.title}</a>: {sc.endings.map((e) => `${e.title} (${e.outcome} outcome)`).join('; ')}
							</li>
						))}
					</ul>
				);
			})()}

			<h2 id="certificate">Certificate</h2>
			{status.complete && status.completedOn ? (
				<p>
					You finished {pathTitle} on {formatDate(status.completedOn)}. <a href={certificateHref}>Open your printable certificate</a>.
				</p>
			) : (
				<p>Your certificate is ready to print when every module in this path is complete.</p>
			)}

			<h2 id="export-and-import">Export and import</h2>
			<p>
				Your progress is kept only in this browser. Export it to a file to hand to your trainer or to carry on in another browser; importing adds what the file
				holds to what is here and never removes anything.
			</p>
			<div className="path-progress-actions">
				<button type="button" className="training-button" onClick={exportFile}>
					Export progress to a file
				</button>
				<div className="path-progress-import">
					<label htmlFor="progress-import">Import a progress file (.json)</label>
					<input ref={fileRef} id="progress-import" type="file" accept=".json,application/json" onChange={importFile} />
				</div>
			</div>
			<div role="status" aria-live="polite" className={`training-notice${notice ? ` is-${notice.kind}` : ''}`}>
				{notice && <p>{notice.text}</p>}
			</div>
		</div>
	);
}
