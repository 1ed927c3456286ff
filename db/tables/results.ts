import type { Generated } from 'kysely';

/** An indicator of register data, e.g. from an open statistics portal. unit: 'percent' | 'number' | 'count'. */
export interface RegisterIndicatorsTable {
  id: Generated<number>; key: string; name: string; unit: string; source: string; created_at: string; updated_at: string;
}
export interface RegisterValuesTable { indicator_id: number; kommunkod: string; year: number; value: number }

export interface ResultsTables {
  register_indicators: RegisterIndicatorsTable;
  register_values: RegisterValuesTable;
}
