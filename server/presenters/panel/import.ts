import type { PanelImportsTable } from '../../../db/tables/panel';
import type { ImportStatus, PlannedRow } from '../../services/panel/import-plan';
import { ROLE_TITLE } from './labels';

export const IMPORT_STATUS: Record<ImportStatus, { text: string; tag: string }> = {
  new: { text: 'Ny', tag: 'tag--green' },
  changed: { text: 'Ändras', tag: 'tag--yellow' },
  unchanged: { text: 'Oförändrad', tag: 'tag--grey' },
  error: { text: 'Fel', tag: 'tag--red' },
};

type ImportRecord = Omit<PanelImportsTable, 'id'> & { id: number };

/** The dry-run page: counts, notices about the file, and every row with status and reason. */
export function importReview(imp: ImportRecord) {
  const rows = imp.rows ? (JSON.parse(imp.rows) as PlannedRow[]) : [];
  const counts = JSON.parse(imp.summary ?? '{}') as Record<ImportStatus, number>;
  return {
    importId: imp.id, filename: imp.filename, status: imp.status, appliedAt: imp.applied_at,
    notices: JSON.parse(imp.notices ?? '[]') as string[],
    counts: (Object.keys(IMPORT_STATUS) as ImportStatus[]).map((s) => ({ label: IMPORT_STATUS[s].text, value: counts[s] ?? 0 })),
    toApply: (counts.new ?? 0) + (counts.changed ?? 0), errors: counts.error ?? 0,
    rows: rows.map((r) => ({
      line: r.line,
      municipality: r.municipalityName ?? ([r.input.code, r.input.kommun].filter(Boolean).join(' ') || '–'),
      role: r.row ? ROLE_TITLE[r.row.role] : r.input.role || '–',
      name: r.row?.name ?? r.input.name, email: r.row?.email ?? r.input.email,
      status: IMPORT_STATUS[r.status], reasons: r.reasons,
    })),
  };
}
