import type { ChartConfiguration } from 'chart.js';
import { CHART_FONT_FAMILY } from './chart-config';
import { GRID_COLOUR, TEXT_COLOUR, seriesColour } from './palette';

export type LineChartConfig = ChartConfiguration<'line', (number | null)[], string>;
export interface LineSeries { label: string; data: (number | null)[]; dashed?: boolean }

const AXIS_TITLE = { percent: 'Andel (%)', count: 'Antal', number: 'Värde' } as const;

/** A chart.js 4 line chart over years, plain data only (the numbers are in the table beside it). Gaps stay gaps. */
export function toLineChartConfig(spec: { labels: string[]; series: LineSeries[]; unit: keyof typeof AXIS_TITLE }): LineChartConfig {
  const font = { family: CHART_FONT_FAMILY, size: 13 };
  return {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label, data: [...s.data], borderColor: seriesColour(i), backgroundColor: seriesColour(i),
        borderWidth: 2, borderDash: s.dashed ? [6, 4] : [], pointRadius: 3, spanGaps: false, tension: 0,
      })),
    },
    options: {
      animation: false, locale: 'sv-SE', color: TEXT_COLOUR,
      plugins: { legend: { display: true, position: 'bottom', labels: { color: TEXT_COLOUR, font } } },
      scales: {
        y: { ticks: { color: TEXT_COLOUR, font }, title: { display: true, text: AXIS_TITLE[spec.unit], color: TEXT_COLOUR, font }, grid: { color: GRID_COLOUR } },
        x: { ticks: { color: TEXT_COLOUR, font }, grid: { display: false } },
      },
    },
  };
}
