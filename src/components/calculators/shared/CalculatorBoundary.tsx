/**
 * Keeps a calculator on the page when something inside it fails: instead of
 * the island vanishing, the reader sees which calculator stopped, the inputs
 * it was given (they stay in the address bar too, so nothing is lost) and a
 * way to try again or start from the page's values.
 */
import { Component, Fragment, type ReactNode } from 'react';

interface Props {
	/** The calculator's name as the reader knows it, e.g. "The health score calculator". */
	name: string;
	children: ReactNode;
}

interface State {
	failure: string | null;
	/** Bumped by "Try again" so the calculator starts afresh from the address bar. */
	attempt: number;
}

/** The inputs in the address bar, as name and value pairs to show back to the reader. */
function readLinkInputs(): [string, string][] {
	if (typeof window === 'undefined') return [];
	return [...new URLSearchParams(window.location.search)].slice(0, 40).map(([k, v]) => [k.slice(0, 40), v.slice(0, 120)]);
}

export default class CalculatorBoundary extends Component<Props, State> {
	state: State = { failure: null, attempt: 0 };

	static getDerivedStateFromError(error: unknown): Partial<State> {
		return { failure: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) };
	}

	render() {
		const { failure, attempt } = this.state;
		if (failure === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
		const inputs = readLinkInputs();
		return (
			<section className="calc calc-failed" aria-label={this.props.name}>
				<div role="alert">
					<p>
						<strong>{this.props.name} could not work with these inputs</strong>, so it is showing them here instead of results. Nothing you entered is lost: it
						is still in this page's address.
					</p>
				</div>
				{inputs.length > 0 ? (
					<>
						<p>The inputs it was given:</p>
						<ul className="calc-failed-inputs">
							{inputs.map(([name, value], i) => (
								<li key={i}>
									<code>{name}</code>: {value || '(empty)'}
								</li>
							))}
						</ul>
					</>
				) : null}
				<p className="calc-copy">
					<button type="button" className="calc-button" onClick={() => this.setState((s) => ({ failure: null, attempt: s.attempt + 1 }))}>
						Try again
					</button>{' '}
					<a href={typeof window === 'undefined' ? '.' : window.location.pathname}>Start again from this page's values</a>
				</p>
				<details>
					<summary>Details to pass on if you report this</summary>
					<p>
						<code>{failure}</code>
					</p>
				</details>
			</section>
		);
	}
}
