import { useState } from 'react';
import { buildAddress } from './url-state-hooks.ts';

/** "Copy link" button: copies the page address with this calculator's state. */
export function CopyLink({ query, owned }: { query: string; owned: (name: string) => boolean }) {
	const [status, setStatus] = useState('');
	const copy = async () => {
		const url = buildAddress(query, owned);
		window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
		try {
			await navigator.clipboard.writeText(url.href);
			setStatus('Link copied.');
		} catch {
			setStatus('Could not copy automatically: the link is now in the address bar; copy it from there.');
		}
		setTimeout(() => setStatus(''), 4000);
	};
	return (
		<div className="calc-copy">
			<button type="button" className="calc-button" onClick={copy}>
				Copy link
			</button>
			<span role="status" className="calc-copy-status">
				{status}
			</span>
		</div>
	);
}
