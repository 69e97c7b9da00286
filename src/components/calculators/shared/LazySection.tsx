import { useState, type ReactNode } from 'react';

export interface LazySectionProps {
	summary: ReactNode;
	/** Open it (say, to show an error inside or what a link set); it then stays open until the reader closes it. */
	forceOpen?: boolean;
	/** Called when the reader opens the section. */
	onOpen?: () => void;
	/** Render the contents only once opened (default true); false for small sections that should be found by in-page search. */
	lazy?: boolean;
	children: ReactNode;
}

/**
 * A closed-by-default <details> section whose contents are rendered only once
 * it has been opened: a signal editor or an import form nobody opened costs
 * the page nothing when it loads (hydration renders every element it is
 * given, hidden or not). Once opened, the contents stay, so closing and
 * reopening keeps what the reader typed.
 *
 * Only the reader closes it: `forceOpen` can open it but never shuts it, so
 * fixing the error that opened it does not snap it shut under the cursor
 * (which also threw focus to the page body).
 */
export function LazySection({ summary, forceOpen = false, onOpen, lazy = true, children }: LazySectionProps) {
	const [open, setOpen] = useState(forceOpen);
	const [opened, setOpened] = useState(forceOpen);
	const [wasForced, setWasForced] = useState(forceOpen);
	if (forceOpen !== wasForced) {
		// Adjusting state while rendering, React's pattern for state that follows a prop: open on the
		// change to forced, and leave it to the reader after that.
		setWasForced(forceOpen);
		if (forceOpen) {
			setOpen(true);
			setOpened(true);
		}
	}
	return (
		<details
			className="calc-section"
			open={open}
			onToggle={(e) => {
				const nowOpen = e.currentTarget.open;
				if (nowOpen === open) return;
				setOpen(nowOpen);
				if (!nowOpen) return;
				setOpened(true);
				onOpen?.();
			}}
		>
			<summary>{summary}</summary>
			{opened || !lazy ? children : null}
		</details>
	);
}
