/**
 * A scored portfolio: what was scored, the export button, the accounts
 * riskiest first and a chart of accounts by band. Its own chunk (React.lazy
 * in PortfolioSection.tsx), loaded with the first results, so the chart code
 * costs nothing until there is a chart to show.
 */
import { useMemo } from 'react';
import Chart from '#src/components/charts/Chart.tsx';
import { formatCount, formatFixed, formatPercentOfFraction, formatSignedFixed } from '#src/lib/format.ts';
import { bandNames, type HealthBand } from '#src/lib/metrics/health.ts';
import type { ScoredPortfolio } from './PortfolioSection.tsx';

function BandLabel({ band }: { band: HealthBand | null }) {
	return <span className={`calc-band calc-band-${band ?? 'none'}`}>{band ? bandNames[band] : 'No score'}</span>;
}

export interface PortfolioResultsProps {
	portfolio: ScoredPortfolio;
	/** Download every scored account as CSV (the table shows only the riskiest). */
	onExport: () => void;
}

export default function PortfolioResults({ portfolio, onExport }: PortfolioResultsProps) {
	const bandChart = useMemo(() => {
		const counts = portfolio.counts;
		const labels = ['Red', 'Yellow', 'Green', ...(counts.none ? ['No score'] : [])];
		const data = [counts.red, counts.yellow, counts.green, ...(counts.none ? [counts.none] : [])];
		return {
			labels,
			datasets: [{ label: 'Accounts', data, tone: ['red', 'orange', 'green', 'gray'].slice(0, labels.length) as ('red' | 'orange' | 'green' | 'gray')[] }],
			summary: `${formatCount(portfolio.total)} accounts: ${labels.map((l, i) => `${formatCount(data[i])} ${l.toLowerCase()}`).join(', ')}.`,
		};
	}, [portfolio]);
	// The worker sends the riskiest accounts only (SHOWN_ROWS in src/lib/portfolio.ts); the export has them all.
	const shown = portfolio.shown.length;

	return (
		<>
			<p role="status">
				Scored {formatCount(portfolio.total)} accounts from {portfolio.name}, riskiest first
				{portfolio.total > shown ? `; the table shows the first ${shown}, the export has all of them` : ''}.
				{portfolio.rowCount > portfolio.total
					? ` ${formatCount(portfolio.rowCount - portfolio.total)} of the file's ${formatCount(portfolio.rowCount)} rows could not be scored; they are listed above.`
					: ''}
				{portfolio.missing.length ? ` No column for: ${portfolio.missing.join(', ')} (treated as missing data).` : ''}
			</p>
			<button type="button" className="calc-button" onClick={onExport}>
				Export scores as CSV
			</button>
			<div className="table-scroll" tabIndex={0} role="region" aria-label="Accounts by risk">
				<table>
					<caption className="calc-sr-only">Accounts sorted by risk</caption>
					<thead>
						<tr>
							<th scope="col">Account</th>
							<th scope="col">Band</th>
							<th scope="col">Score</th>
							<th scope="col">Change</th>
							<th scope="col">Coverage</th>
							<th scope="col">Biggest drag</th>
						</tr>
					</thead>
					<tbody>
						{portfolio.shown.map((r) => (
							<tr key={`${r.line}-${r.account}`}>
								<th scope="row">{r.account}</th>
								<td>
									<BandLabel band={r.result.band} />
									{r.result.forcedRed ? ' (critical)' : ''}
								</td>
								<td>{formatFixed(r.result.score, 1)}</td>
								<td>{formatSignedFixed(r.result.change, 1)}</td>
								<td>{formatPercentOfFraction(r.result.coverage, 0)}</td>
								<td>{r.result.weakest ?? '—'}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<Chart
				type="bar"
				title="Accounts by band"
				summary={bandChart.summary}
				labels={bandChart.labels}
				datasets={bandChart.datasets}
				xTitle="Band"
				yTitle="Accounts"
				y={{ kind: 'count' }}
				labelHeader="Band"
				formatValue={(v) => formatCount(v)}
			/>
		</>
	);
}
