import type { Wave } from '../../../db/repositories/waves';
import { toChartSpec, toTableSpec, resultRows, type QuestionTable } from '../../domain/results';
import { formatDateTime } from '../../domain/time';
import { chartView } from './chart-view';

export const STATUS_LABELS: Record<Wave['status'], string> = { scheduled: 'Planerad', open: 'Pågår', closed: 'Avslutad', cancelled: 'Inställd' };

/** One section per question table: heading, chart and its table. */
export function questionSections(tables: QuestionTable[], dimensionLabel: string | null) {
  return tables.map((t) => {
    const rows = resultRows(t, dimensionLabel);
    const title = t.kind === 'stats' ? `${t.title}: medelvärde, median och kvartiler` : t.title;
    return { id: t.id, heading: title, chart: chartView(t.id, title, toChartSpec(rows, t.multi ? 'Andel av de svarande' : 'Andel'), toTableSpec(rows)) };
  });
}

export const waveTimes = (w: Wave) => ({ opens: formatDateTime(new Date(w.opensAt)), closes: formatDateTime(new Date(w.closedAt ?? w.closesAt)) });
