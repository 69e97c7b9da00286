/**
 * The completion certificate for a finished path, built in the browser from
 * the learner's own progress: path, completion date, organization and
 * playbook version. The path comes from ?path=<id>; print it with the browser.
 */
import { useEffect, useState } from 'react';
import { computePathStatus, MAX_LEARNER_NAME_LENGTH, normalizeLearnerName } from '#src/lib/progress.ts';
import { formatDate } from '#src/lib/format.ts';
import { useProgress } from './progress-store.ts';

export interface CertificateProps {
	organization: string;
	version: string;
	paths: { id: string; title: string; moduleIds: string[]; moduleTitles: string[]; progressHref: string }[];
}

export default function Certificate({ organization, version, paths }: CertificateProps) {
	const { progress, loaded } = useProgress();
	const [pathId, setPathId] = useState<string | null>(null);
	const [name, setName] = useState('');
	useEffect(() => setPathId(new URLSearchParams(window.location.search).get('path')), []);

	if (!loaded) return <p>Loading your progress…</p>;
	const path = paths.find((p) => p.id === pathId);
	if (!path) {
		return (
			<div>
				<p>Choose the path to print a certificate for:</p>
				<ul>
					{paths.map((p) => (
						<li key={p.id}>
							<a href={`?path=${p.id}`}>{p.title}</a>
						</li>
					))}
				</ul>
			</div>
		);
	}
	const status = computePathStatus(path.moduleIds, progress);
	if (!status.complete || !status.completedOn) {
		return (
			<p role="status">
				{path.title} is not complete yet: {status.completed} of {status.total} modules done. <a href={path.progressHref}>See your progress</a>.
			</p>
		);
	}

	return (
		<div className="certificate-wrap not-content">
			<div className="certificate-controls">
				<label htmlFor="certificate-name">Your name, as it should appear on the certificate</label>
				<input
					id="certificate-name"
					type="text"
					autoComplete="name"
					maxLength={MAX_LEARNER_NAME_LENGTH}
					aria-describedby="certificate-name-hint"
					value={name}
					onChange={(e) => setName(e.target.value)}
				/>
				<span id="certificate-name-hint" className="certificate-hint">
					Up to {MAX_LEARNER_NAME_LENGTH} characters.
				</span>
				<button type="button" className="training-button" onClick={() => window.print()}>
					Print certificate
				</button>
			</div>
			<article className="certificate" aria-label="Certificate of completion">
				<p className="certificate-org">{organization}</p>
				<h2 className="certificate-title">Certificate of completion</h2>
				<p>This certifies that</p>
				<p className="certificate-name">{normalizeLearnerName(name) || '\u00a0'}</p>
				<p>completed the learning path</p>
				<p className="certificate-path">{path.title}</p>
				<p>
					on <time dateTime={status.completedOn}>{formatDate(status.completedOn)}</time>
				</p>
				<p className="certificate-modules">Modules: {path.moduleTitles.join(' · ')}</p>
				<p className="certificate-version">
					{organization} customer playbook, version {version}
				</p>
			</article>
		</div>
	);
}
