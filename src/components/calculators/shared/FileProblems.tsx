/**
 * A list of problems found in a file or pasted text, next to its input (the
 * input names it in aria-describedby).
 */
export function FileProblems({ id, messages }: { id: string; messages: string[] }) {
	if (messages.length === 0) return null;
	return (
		<div id={id} className="calc-error calc-file-problems">
			<ul>
				{messages.map((m, i) => (
					<li key={i}>{m}</li>
				))}
			</ul>
		</div>
	);
}
