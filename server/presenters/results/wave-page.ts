import type { Wave } from '../../../db/repositories/waves';
import type { Dimension } from '../../../db/tables/waves';
import { markFor, suppressGroups } from '../../domain/disclosure';
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

type GroupRates = { dimension: Dimension; label: string; rows: (InvitationGroupCount & { label: string })[] };

/**
 * Who has answered (never what): overall, and per group after close. A group's count and rate are shown only when
 * at least k of it answered; the others are hidden by the same rule as the results (suppressGroups on the
 * submitted counts, the total shown), with the same two marks.
 */
export function responseRateView(overall: InvitationGroupCount | undefined, byGroup: GroupRates[], k: number) {
  return {
    invited: overall?.invited ?? 0, submitted: overall?.submitted ?? 0, rate: rate(overall ?? { invited: 0, submitted: 0 }),
    groups: byGroup.map((g) => {
      const d = suppressGroups(g.rows.map((r, i) => ({ key: String(i), n: r.submitted })), k, { totalShown: true });
      const shown = (i: number) => !d.suppressed.has(String(i));
      return {
        label: g.label,
        lowNotes: lowRateNotes(g.rows.filter((_, i) => shown(i))),
        table: {
          caption: `Svarsfrekvens per ${g.label.toLowerCase()}`,
          columns: [g.label, 'Inbjudna', 'Har svarat', 'Svarsfrekvens'],
          rows: g.rows.map((r, i) => (shown(i) ? [r.label, String(r.invited), String(r.submitted), rate(r)] : [r.label, String(r.invited), markFor(d.reasons.get(String(i))!), markFor(d.reasons.get(String(i))!)])),
          footnotes: rateFootnotes([...d.reasons.values()], k),
        },
      };
    }),
  };
}

function rateFootnotes(reasons: string[], k: number): string[] {
  const notes: string[] = [];
  if (reasons.includes('primary')) notes.push(`${markFor('primary')} = färre än ${k} har svarat i gruppen, så antalet visas inte.`);
  if (reasons.includes('complementary')) notes.push(`${markFor('complementary')} = dold för att skydda en annan grupp: annars skulle antalet i en liten grupp kunna räknas fram ur totalen.`);
  return notes;
}

/** Below this response rate a group's results get a note (non-response may make them differ from the whole group). */
export const LOW_RATE_PERCENT = 50;

/** Notes for shown groups only (a hidden group's rate is never shown). */
function lowRateNotes(rows: (InvitationGroupCount & { label: string })[]): string[] {
  return rows.filter((r) => r.invited > 0 && (r.submitted * 100) / r.invited < LOW_RATE_PERCENT).map((r) =>
    `${r.label} svarade ${rate(r)}. Med så låg svarsfrekvens kan resultaten för ${r.label} skilja sig från läget i gruppens alla inbjudna kommuner; läs dem med försiktighet.`);
}

export const waveTimes = (w: Wave) => ({ opens: formatDateTime(new Date(w.opensAt)), closes: formatDateTime(new Date(w.closedAt ?? w.closesAt)) });
