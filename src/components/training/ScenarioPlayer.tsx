/**
 * A practice scenario played as a branching conversation. Each choice gets
 * feedback before the learner moves on; every ending shows the route taken,
 * the debrief points and links to the standards and templates involved.
 * Focus moves to the feedback after a choice, and to the next step after
 * "Continue", so the whole thing works from the keyboard.
 * Choices are shown in a seeded order (random per play, or `?seed=` in the
 * page address), so the strong choice is not always the first; a choice is
 * known by its place as authored, which the shuffle never changes.
 */
import { useEffect, useRef, useState } from 'react';
import { deriveAttemptSeed, derivePartSeed, parseSeed, shuffleWithSeed } from '#src/lib/seeded-shuffle.ts';
import { recordScenarioEnding } from '#src/lib/progress.ts';
import { updateProgress } from './progress-store.ts';

type Quality = 'strong' | 'partial' | 'weak';

export interface ScenarioPlayerProps {
	scenarioId: string;
	start: string;
	nodes: {
		id: string;
		speaker: string;
		text: string;
		choices: { text: string; quality: Quality; feedback: string; next: string }[];
		ending?: { outcome: 'good' | 'mixed' | 'poor'; title: string };
	}[];
	debrief: { points: string[]; links: { href: string; label: string }[] };
}

const qualityLabel: Record<Quality, string> = { strong: 'Strong choice', partial: 'Partly right', weak: 'Weak choice' };
const outcomeLabel = { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' } as const;

interface Step {
	nodeId: string;
	choice: number;
}

export default function ScenarioPlayer({ scenarioId, start, nodes, debrief }: ScenarioPlayerProps) {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	// Picked in the browser only, so the server renders no order that could leak or mismatch.
	const [baseSeed, setBaseSeed] = useState<number | null>(null);
	const [play, setPlay] = useState(0);
	useEffect(() => {
		setBaseSeed(parseSeed(new URLSearchParams(window.location.search).get('seed')) ?? crypto.getRandomValues(new Uint32Array(1))[0]);
	}, []);
	const [current, setCurrent] = useState(start);
	const [history, setHistory] = useState<Step[]>([]);
	const [pending, setPending] = useState<number | null>(null);
	const feedbackRef = useRef<HTMLDivElement>(null);
	const stepRef = useRef<HTMLHeadingElement>(null);
	const node = byId.get(current);
	if (!node) return <p>This scenario could not be loaded.</p>;

	const choose = (index: number) => {
		setPending(index);
		requestAnimationFrame(() => feedbackRef.current?.focus());
	};

	const proceed = () => {
		if (pending === null) return;
		const choice = node.choices[pending];
		const nextNode = byId.get(choice.next);
		setHistory((h) => [...h, { nodeId: node.id, choice: pending }]);
		setPending(null);
		setCurrent(choice.next);
		if (nextNode?.ending) updateProgress((p) => recordScenarioEnding(p, scenarioId, nextNode.id));
		requestAnimationFrame(() => stepRef.current?.focus());
	};

	const restart = () => {
		setPlay((p) => p + 1);
		setHistory([]);
		setPending(null);
		setCurrent(start);
		requestAnimationFrame(() => stepRef.current?.focus());
	};

	const stepNumber = history.length + 1;
	const chosen = pending === null ? null : node.choices[pending];
	// Authored index travels with each choice, so feedback and routing never depend on where it was shown.
	const shown =
		baseSeed === null
			? []
			: shuffleWithSeed(
					node.choices.map((c, authored) => ({ ...c, authored })),
					derivePartSeed(deriveAttemptSeed(baseSeed, play), node.id),
				);

	return (
		<section className="scenario not-content" aria-label="Scenario">
			{history.length > 0 && (
				<details className="scenario-transcript">
					<summary>
						The conversation so far ({history.length} step{history.length === 1 ? '' : 's'})
					</summary>
					<ol>
						{history.map((step, i) => {
							const past = byId.get(step.nodeId);
							const c = past?.choices[step.choice];
							return (
								<li key={i}>
									<p>
										<strong>{past?.speaker}:</strong> {past?.text}
									</p>
									<p>
										<strong>You:</strong> {c?.text} <span className={`quality quality-${c?.quality}`}>({c && qualityLabel[c.quality]})</span>
									</p>
								</li>
							);
						})}
					</ol>
				</details>
			)}

			<h3 ref={stepRef} tabIndex={-1} className="scenario-step">
				{node.ending ? `Ending: ${node.ending.title}` : `Step ${stepNumber}`}
			</h3>
			<blockquote className="scenario-line">
				<p>
					<strong>{node.speaker}:</strong> {node.text}
				</p>
			</blockquote>

			{node.ending ? (
				<div className="scenario-ending" data-outcome={node.ending.outcome}>
					<p className={`outcome outcome-${node.ending.outcome}`}>
						<strong>{outcomeLabel[node.ending.outcome]}.</strong>
					</p>
					<h4>Debrief</h4>
					{history.length > 0 && (
						<>
							<p>The choices you made:</p>
							<ol className="scenario-route">
								{history.map((step, i) => {
									const c = byId.get(step.nodeId)?.choices[step.choice];
									return c ? (
										<li key={i}>
											{c.text} <strong>({qualityLabel[c.quality]})</strong>: {c.feedback}
										</li>
									) : null;
								})}
							</ol>
						</>
					)}
					<p>Points to take away:</p>
					<ul>
						{debrief.points.map((point) => (
							<li key={point}>{point}</li>
						))}
					</ul>
					<p>The standards and templates this scenario practices:</p>
					<ul>
						{debrief.links.map((link) => (
							<li key={link.href + link.label}>
								<a href={link.href}>{link.label}</a>
							</li>
						))}
					</ul>
					<button type="button" className="training-button" onClick={restart}>
						Play again
					</button>
				</div>
			) : (
				<fieldset className="scenario-choices">
					<legend>What do you do?</legend>
					{baseSeed === null && <p>Loading the choices…</p>}
					<ul role="list">
						{shown.map((c) => (
							<li key={c.authored}>
								<button
									type="button"
									className="scenario-choice"
									onClick={() => choose(c.authored)}
									disabled={pending !== null}
									aria-pressed={pending === c.authored}
								>
									{c.text}
								</button>
							</li>
						))}
					</ul>
				</fieldset>
			)}

			<div ref={feedbackRef} tabIndex={-1} role="status" aria-live="polite" className="scenario-feedback">
				{chosen && (
					<p>
						<strong className={`quality quality-${chosen.quality}`}>{qualityLabel[chosen.quality]}.</strong> {chosen.feedback}
					</p>
				)}
			</div>
			{chosen && (
				<button type="button" className="training-button" onClick={proceed}>
					Continue
				</button>
			)}
		</section>
	);
}
