import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Every value of an indicator: municipality, year, value. */
export async function listIndicatorValues(db: Kysely<DB>, indicatorId: number): Promise<{ kommunkod: string; year: number; value: number }[]> {
  const rows = await db.selectFrom('register_values').select(['kommunkod', 'year', 'value']).where('indicator_id', '=', indicatorId).execute();
  return rows.map((r) => ({ kommunkod: r.kommunkod, year: Number(r.year), value: Number(r.value) }));
}
