/**
 * Finishing a module: once the knowledge check is passed, the learner confirms
 * they did the practice exercise and the module is marked complete (today, in
 * their own calendar). Shown under the knowledge check on every module page.
 */
import { useRef, useState } from 'react';
import { describeSaveFailure, formatLocalDay, markModuleComplete, type Progress } from '#src/lib/progress.ts';
import { formatDate } from '#src/lib/format.ts';
import { downloadProgressFile, updateProgress, useProgress } from './progress-store.ts';

export interface ModuleCompletionProps {
	moduleId: string;
	/** My progress pages of the paths this module is in. */
	progressLinks: { href: string; label: string }[];
	/** For each path this module is in: the module after it, shown once this one is complete. */
	nextLinks: { href: string; label: string }[];
}

export default function ModuleCompletion({ moduleId, progressLinks, nextLinks }: ModuleCompletionProps) {
	const { progress, loaded, setAsideNotice } = useProgress();
	const [justDone, setJustDone] = useState(false);
	// A completion that could not be saved: said so, and kept here so the export can carry it.
	const [failed, setFailed] = useState<{ message: string; progress: Progress } | null>(null);
	const statusRef = useRef<HTMLDivElement>(null);
	const state = progress.modules[moduleId];

	const complete = () => {
		const { progress: next, result } = updateProgress((p) => markModuleComplete(p, moduleId, formatLocalDay(new Date())));
		setFailed(result.ok ? null : { message: describeSaveFailure(result), progress: next });
		setJustDone(result.ok);
		requestAnimationFrame(() => statusRef.current?.focus());
	};

	return (
		<div className="module-completion">
			<div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="module-completion-status">
				{state?.completedOn ? (
					<p>
						<strong>{justDone ? 'Module complete.' : 'You completed this module'}</strong>
						{justDone ? ` Recorded on ${formatDate(state.completedOn)}.` : ` on ${formatDate(state.completedOn)}.`}
					</p>
				) : failed ? (
					<p className="training-notice is-error">{failed.message}</p>
				) : state?.passed ? (
					<p>You passed the knowledge check. When you have done the practice exercise, mark the module complete.</p>
				) : (
					<p>Pass the knowledge check above to finish this module.</p>
				)}
			</div>
			{loaded && !state?.completedOn && state?.passed && (
				<button type="button" className="training-button" onClick={complete}>
					Mark this module complete
				</button>
			)}
			{state?.completedOn && nextLinks.length > 0 && (
				<ul className="module-completion-next">
					{nextLinks.map((link) => (
						<li key={link.href + link.label}>
							<a href={link.href}>{link.label}</a>
						</li>
					))}
				</ul>
			)}
			{failed && (
				<button type="button" className="training-button" onClick={() => downloadProgressFile(failed.progress)}>
					Export progress to a file
				</button>
			)}
			{setAsideNotice && (
				<div role="status" className="training-notice is-error">
					<p>{setAsideNotice}</p>
				</div>
			)}
			{progressLinks.length > 0 && (
				<p className="module-completion-links">
					See your progress:{' '}
					{progressLinks.map((link, i) => (
						<span key={link.href}>
							{i > 0 && ', '}
							<a href={link.href}>{link.label}</a>
						</span>
					))}
				</p>
			)}
		</div>
	);
}
