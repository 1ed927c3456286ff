import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { asDouble, countAll } from '../sql';

export interface RegisterValue { kommunkod: string; year: number; value: number }
export type RegisterDimension = 'landsdel' | 'huvudgrupp' | 'kommungrupp' | 'lan';
const COLUMN: Record<RegisterDimension, string> = { landsdel: 'm.landsdel', huvudgrupp: 'm.huvudgrupp', kommungrupp: 'm.kommungrupp', lan: 'm.lan' };

/** Replaces the given (municipality, year) values of an indicator; other years stay. */
export async function replaceRegisterValues(db: Kysely<DB>, indicatorId: number, values: RegisterValue[]): Promise<void> {
  for (let i = 0; i < values.length; i += 200) {
    const chunk = values.slice(i, i + 200);
    await db.deleteFrom('register_values').where('indicator_id', '=', indicatorId)
      .where((eb) => eb.or(chunk.map((v) => eb.and([eb('kommunkod', '=', v.kommunkod), eb('year', '=', v.year)])))).execute();
    await db.insertInto('register_values').values(chunk.map((v) => ({ indicator_id: indicatorId, ...v }))).execute();
  }
}

export interface RegisterMean { year: number; group: string | null; mean: number; municipalities: number }

/** Unweighted mean of the municipalities' values per year (and group), for all municipalities or the panel's. */
export async function registerMeans(db: Kysely<DB>, indicatorId: number, opts: { dimension: RegisterDimension | null; panelOnly: boolean }): Promise<RegisterMean[]> {
  const group = opts.dimension ? sql.ref(COLUMN[opts.dimension]) : sql`null`;
  const rows = await db.selectFrom('register_values as v').innerJoin('municipalities as m', 'm.kommunkod', 'v.kommunkod')
    .$if(opts.panelOnly, (q) => q.where((eb) => eb.exists(eb.selectFrom('panel_members as pm').select('pm.id')
      .whereRef('pm.kommunkod', '=', 'v.kommunkod').where('pm.status', 'in', ['active', 'paused']))))
    .select(['v.year', sql<string | null>`${group}`.as('grp'), asDouble(sql`avg(v.value)`).as('mean'), countAll().as('n')])
    .where('v.indicator_id', '=', indicatorId)
    .groupBy(opts.dimension ? [sql`v.year`, sql`${group}`] : [sql`v.year`])
    .orderBy('v.year').execute();
  return rows.map((r) => ({ year: Number(r.year), group: r.grp, mean: Number(r.mean), municipalities: Number(r.n) }));
}
