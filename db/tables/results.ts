import type { Generated } from 'kysely';

/** An indicator of register data, e.g. from an open statistics portal. unit: 'percent' | 'number' | 'count'. */
export interface RegisterIndicatorsTable {
  id: Generated<number>; key: string; name: string; unit: string; source: string; created_at: string; updated_at: string;
}
export interface RegisterValuesTable { indicator_id: number; kommunkod: string; year: number; value: number }

/** counts: JSON { counts: AnswerCount[]; respondents: RespondentCount[] } (db/repositories/result-snapshots.ts). */
export interface ResultSnapshotsTable { wave_id: number; dimension: string; counts: string }

export interface ResultsTables {
  result_snapshots: ResultSnapshotsTable;
  register_indicators: RegisterIndicatorsTable;
  register_values: RegisterValuesTable;
}
