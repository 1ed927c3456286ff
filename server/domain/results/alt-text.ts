import type { ChartSpec } from '../lagesbild/document';
import { formatNumber } from '../statistics';

const UNIT_SUFFIX: Record<ChartSpec['unit'], string> = { percent: ' %', count: '', number: '' };

/** A chart's alternative text: the kind of chart and every bar's value, hidden ones said to be hidden. */
export function chartAltText(caption: string, chart: ChartSpec): string {
  const kind = chart.horizontal ? 'Liggande stapeldiagram' : 'Stående stapeldiagram';
  const say = (v: number | null) => (v === null ? 'visas inte' : `${formatNumber(v, Number.isInteger(v) || chart.unit === 'percent' ? 0 : 1)}${UNIT_SUFFIX[chart.unit]}`);
  const series = chart.datasets.map((set) => {
    const values = chart.labels.map((label, i) => `${label} ${say(set.data[i] ?? null)}`).join(', ');
    return chart.datasets.length > 1 ? `${set.label}: ${values}.` : `${values}.`;
  });
  return `${kind}. ${caption}. ${series.join(' ')}`;
}
