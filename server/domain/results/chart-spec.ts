import type { ChartSpec, TableSpec } from '../lagesbild/document';
import { chartLabelFor } from '../disclosure';
import { formatCell, type Cell, type ResultRows } from './table-rows';

const LONG_LABEL = 18;

/** The accessible table beside a chart (and a lägesbild figure's table): every cell formatted. */
export function toTableSpec(rows: ResultRows): TableSpec {
  return { columns: rows.columns, rows: rows.rows.map((r) => r.map(formatCell)), footnotes: rows.footnotes };
}

const value = (cell: Cell | undefined): number | null => (cell && cell.kind !== 'text' && !cell.hidden ? cell.value : null);
const horizontal = (labels: string[]) => labels.some((l) => l.length > LONG_LABEL) || labels.length > 6;

/** A hidden group is labelled in the chart itself ("Norrland (för få svar)"), never an empty slot that reads as zero. */
function barLabel(row: Cell[], at: number[]): string {
  const hidden = at.map((i) => row[i]).find((c) => c && c.kind !== 'text' && c.hidden);
  const label = formatCell(row[0]!);
  return hidden && hidden.kind !== 'text' ? `${label} (${chartLabelFor(hidden.reason ?? 'primary')})` : label;
}

/**
 * The chart of a question table: overall tables chart their share (or value) column; breakdowns chart one
 * series per category over the groups. The n row or column is never charted.
 */
export function toChartSpec(rows: ResultRows, seriesLabel: string, unitOverride?: ChartSpec['unit']): ChartSpec {
  const stats = rows.columns[1] === 'Värde' || rows.columns.includes('Medelvärde');
  const unit = unitOverride ?? (stats ? 'number' : 'percent');
  if (rows.columns[0] === 'Svarsalternativ' || rows.columns[0] === 'Mått') {
    const body = rows.rows.slice(0, -1);
    const at = rows.columns.length - 1;
    const labels = body.map((r) => barLabel(r, [at]));
    return { type: 'bar', horizontal: horizontal(labels), unit, labels, datasets: [{ label: stats ? 'Värde' : seriesLabel, data: body.map((r) => value(r[at])) }] };  // mean and median are no share
  }
  const chart = columnSeriesChart(rows, { dropLastRow: false, dropLastColumn: true, unit });
  return stats ? { ...chart, datasets: chart.datasets.slice(0, 2) } : chart;
}

/** Rows are the bars' labels and each value column is a series (wave comparison, register data, breakdowns). */
export function columnSeriesChart(rows: ResultRows, opts: { dropLastRow: boolean; dropLastColumn: boolean; unit: ChartSpec['unit'] }): ChartSpec {
  const body = opts.dropLastRow ? rows.rows.slice(0, -1) : rows.rows;
  const columns = rows.columns.slice(1, opts.dropLastColumn ? -1 : undefined);
  const labels = body.map((r) => barLabel(r, columns.map((_, i) => i + 1)));
  const datasets = columns.map((column, i) => ({ label: column.replace(/ \(%\)$/, ''), data: body.map((r) => value(r[i + 1])) }));
  return { type: 'bar', horizontal: horizontal(labels), unit: opts.unit, labels, datasets };
}
