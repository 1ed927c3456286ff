import type { Wave } from '../../../db/repositories/waves';
import type { Dimension } from '../../../db/tables/waves';
import { formatPercent } from '../../domain/statistics';
import { formatDateTime } from '../../domain/time';
import type { InvitationGroupCount } from '../../../db/repositories/results-invitations';
import { toChartSpec, toTableSpec } from './chart-spec';
import { chartView } from './chart-view';
import type { QuestionTable } from './question-tables';
import { resultRows } from './table-rows';

export const STATUS_LABELS: Record<Wave['status'], string> = { scheduled: 'Planerad', open: 'Pågår', closed: 'Avslutad', cancelled: 'Inställd' };

/** One section per question table: heading, chart and its table. */
export function questionSections(tables: QuestionTable[], dimensionLabel: string | null) {
  return tables.map((t) => {
    const rows = resultRows(t, dimensionLabel);
    const title = t.kind === 'stats' ? `${t.title}: medelvärde, median och kvartiler` : t.title;
    return { id: t.id, heading: title, chart: chartView(t.id, title, toChartSpec(rows, t.multi ? 'Andel av de svarande' : 'Andel'), toTableSpec(rows)) };
  });
}

const rate = (c: { invited: number; submitted: number }) => (c.invited === 0 ? '–' : formatPercent((c.submitted * 100) / c.invited));

/** Who has answered (never what): overall and, for groups of at least k invited, per group. */
export function responseRateView(overall: InvitationGroupCount | undefined, byGroup: { dimension: Dimension; label: string; rows: (InvitationGroupCount & { label: string })[] }[], k: number) {
  return {
    invited: overall?.invited ?? 0, submitted: overall?.submitted ?? 0, rate: rate(overall ?? { invited: 0, submitted: 0 }),
    groups: byGroup.map((g) => ({
      label: g.label,
      lowNotes: lowRateNotes(g.rows, k),
      table: {
        caption: `Svarsfrekvens per ${g.label.toLowerCase()}`,
        columns: [g.label, 'Inbjudna', 'Har svarat', 'Svarsfrekvens'],
        rows: g.rows.map((r) => (r.invited < k ? [r.label, String(r.invited), '–', '–'] : [r.label, String(r.invited), String(r.submitted), rate(r)])),
        footnotes: g.rows.some((r) => r.invited < k) ? [`– = visas inte för grupper med färre än ${k} inbjudna kommuner.`] : [],
      },
    })),
  };
}

/** Below this response rate a group's results get a note (non-response may make them differ from the whole group). */
export const LOW_RATE_PERCENT = 50;

function lowRateNotes(rows: (InvitationGroupCount & { label: string })[], k: number): string[] {
  return rows.filter((r) => r.invited >= k && (r.submitted * 100) / r.invited < LOW_RATE_PERCENT).map((r) =>
    `${r.label} svarade ${rate(r)}. Med så låg svarsfrekvens kan resultaten för ${r.label} skilja sig från läget i gruppens alla inbjudna kommuner; läs dem med försiktighet.`);
}

export const waveTimes = (w: Wave) => ({ opens: formatDateTime(new Date(w.opensAt)), closes: formatDateTime(new Date(w.closedAt ?? w.closesAt)) });
