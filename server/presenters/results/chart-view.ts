import { toChartJsConfig } from '../../domain/charts';
import type { ChartSpec, TableSpec } from '../../domain/lagesbild/document';

/** What views/components/chart.ejs takes: the chart.js config as plain data plus the accessible table. */
export function chartView(id: string, title: string, chart: ChartSpec, table: TableSpec) {
  return { id, title, config: toChartJsConfig(chart), table: { caption: title, columns: table.columns, rows: table.rows, footnotes: table.footnotes } };
}
