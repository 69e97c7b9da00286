/**
 * The chart.js parts the calculators use, registered once. Imported lazily by
 * Chart.tsx (the only chart.js consumer); named imports let the bundler drop
 * every controller, element, scale and plugin not listed here.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// No Tooltip or Legend plugins: the legend is HTML (readable, themeable) and
// exact values are in the table under every chart; leaving them out keeps
// calculator pages inside the JavaScript budget.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

export { Chart };
