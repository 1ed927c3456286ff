import type { KoladaImportRow } from '../../../db/repositories/kolada-imports';
import type { DryRunReport } from '../../domain/kolada/dry-run';
import type { RetryNote } from '../../services/kolada/client';
import { KOLADA_GENDERS } from '../../inputs/results/kolada-import';

const STATUS_LABELS: Record<string, string> = {
  queued: 'Väntar på att hämtas', running: 'Hämtas', ready: 'Provkörning klar – inte sparad', saved: 'Sparad', failed: 'Misslyckades',
};
const GENDER_LABEL = (g: string) => KOLADA_GENDERS[g as keyof typeof KOLADA_GENDERS] ?? g;
const LIST_LIMIT = 50;

/** An import as its page shows it: progress while fetching, the dry run when ready, the outcome when saved. */
export function koladaImportView(row: KoladaImportRow) {
  const report = row.report ? (JSON.parse(row.report) as DryRunReport) : null;
  const retries = JSON.parse(row.retries) as RetryNote[];
  const progress = row.points_total ? Math.min(100, Math.round((row.points_fetched / row.points_total) * 100)) : null;
  return {
    id: row.id, kpiId: row.kpi_id, kpiTitle: row.kpi_title, years: row.years.split(',').join(', '), gender: GENDER_LABEL(row.gender),
    status: row.status, statusLabel: STATUS_LABELS[row.status] ?? row.status, working: row.status === 'queued' || row.status === 'running',
    pages: row.pages_done, fetched: row.points_fetched, total: row.points_total, progress, error: row.error,
    retries: retries.map((r) => `Försök ${r.attempt} misslyckades: ${r.reason} Nytt försök gjordes.`),
    fetchedAt: row.fetched_at, savedAt: row.saved_at, changed: row.changed, indicatorId: row.indicator_id,
    report: report && reportView(report, row.gender),
  };
}

function reportView(r: DryRunReport, gender: string) {
  const genders = Object.entries(r.genders).map(([g, n]) => `${GENDER_LABEL(g)}: ${n}`).join(', ');
  return {
    points: r.points, found: r.found, otherCodes: r.otherCodes,
    missing: r.missing.length, missingNames: r.missing.slice(0, LIST_LIMIT).map((m) => m.name), missingMore: Math.max(0, r.missing.length - LIST_LIMIT),
    nulls: r.nulls.length, nullsList: r.nulls.slice(0, LIST_LIMIT), nullsMore: Math.max(0, r.nulls.length - LIST_LIMIT),
    statuses: Object.entries(r.statuses).map(([flag, n]) => ({ flag, n })),
    genders: genders || '–', kept: GENDER_LABEL(gender), split: Object.keys(r.genders).some((g) => g !== 'T'),
    outOfRange: r.outOfRange.slice(0, LIST_LIMIT), outOfRangeCount: r.outOfRange.length,
  };
}

export function koladaImportListView(rows: { id: number; kpi_id: string; kpi_title: string; years: string; gender: string; status: string; changed: number | null; created_at: string }[]) {
  return rows.map((r) => ({ id: r.id, kpi: `${r.kpi_id} ${r.kpi_title}`, years: r.years.split(',').join(', '), gender: GENDER_LABEL(r.gender), status: STATUS_LABELS[r.status] ?? r.status, changed: r.changed, createdAt: r.created_at }));
}
