import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../lagesbild/document';
import { GRID_COLOUR, TEXT_COLOUR, seriesColour } from './palette';
import { wrapLabel } from './wrap-label';

/** A chart.js 4 bar chart config made of plain data only, so it can travel as JSON to the browser. */
export type BarChartConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>;

export const CHART_FONT_FAMILY = "'Noto Sans', Arial, sans-serif";

const VALUE_AXIS_TITLE: Record<ChartSpec['unit'], string> = {
  percent: 'Andel (%)',
  count: 'Antal',
  number: 'Värde',
};

/**
 * ChartSpec → chart.js config. No callbacks: numbers are formatted by chart.js's own `locale`
 * option, and exact values are in the table printed beside every chart. Suppressed values (null)
 * stay null, which chart.js draws as no bar.
 */
export function toChartJsConfig(spec: ChartSpec, opts: { forPrint?: boolean; wrapAt?: number } = {}): BarChartConfig {
  const forPrint = opts.forPrint === true;
  const font = { family: CHART_FONT_FAMILY, size: forPrint ? 10 : 13 };
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const valueRange = spec.unit === 'percent' ? { min: 0, max: 100 } : { beginAtZero: true };
  return {
    type: 'bar',
    data: {
      labels: spec.labels.map((label) => wrapLabel(label, opts.wrapAt)),
      datasets: spec.datasets.map((set, index) => ({
        label: set.label,
        data: [...set.data],
        backgroundColor: seriesColour(index),
        borderColor: '#ffffff',
        borderWidth: spec.datasets.length > 1 ? 1 : 0,
        maxBarThickness: forPrint ? 26 : 40,
      })),
    },
    options: {
      animation: false,
      responsive: !forPrint,
      maintainAspectRatio: !forPrint,
      indexAxis: spec.horizontal ? 'y' : 'x',
      locale: 'sv-SE',
      color: TEXT_COLOUR,
      plugins: {
        legend: { display: spec.datasets.length > 1, position: 'bottom', labels: { color: TEXT_COLOUR, font } },
        tooltip: { enabled: !forPrint },
      },
      scales: {
        [valueAxis]: {
          ...valueRange,
          ticks: { color: TEXT_COLOUR, font, ...(spec.unit === 'count' ? { precision: 0 } : {}) },
          title: { display: true, text: VALUE_AXIS_TITLE[spec.unit], color: TEXT_COLOUR, font },
          grid: { color: GRID_COLOUR },
        },
        [categoryAxis]: {
          ticks: { color: TEXT_COLOUR, font, autoSkip: false },
          grid: { display: false },
        },
      },
    },
  };
}
