import type { Generated } from 'kysely';

/** status: queued → running → ready (dry run done, values in payload) → saved; or failed. JSON: retries, report, payload. */
export type KoladaImportStatus = 'queued' | 'running' | 'ready' | 'saved' | 'failed';
export interface KoladaImportsTable {
  id: Generated<number>; kpi_id: string; kpi_title: string; unit: string; years: string; gender: string; status: KoladaImportStatus;
  pages_done: Generated<number>; points_fetched: Generated<number>; points_total: number | null; retries: Generated<string>;
  report: string | null; payload: string | null; error: string | null; indicator_id: number | null; changed: number | null;
  created_by: number; created_at: string; fetched_at: string | null; saved_at: string | null;
}
export interface KoladaIndicatorsTable { indicator_id: number; kpi_id: string; gender: string; title: string; fetched_at: string }
export interface RegisterValueChangesTable { import_id: number; kommunkod: string; year: number; old_value: number | null; new_value: number }

export interface KoladaTables {
  kolada_imports: KoladaImportsTable;
  kolada_indicators: KoladaIndicatorsTable;
  register_value_changes: RegisterValueChangesTable;
}
