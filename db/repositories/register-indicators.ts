import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';

export interface RegisterIndicator { id: number; key: string; name: string; unit: string; source: string; updatedAt: string }
export interface IndicatorFields { key: string; name: string; unit: string; source: string }

const toIndicator = (r: { id: number; key: string; name: string; unit: string; source: string; updated_at: string }): RegisterIndicator =>
  ({ id: r.id, key: r.key, name: r.name, unit: r.unit, source: r.source, updatedAt: r.updated_at });

export async function listIndicators(db: Kysely<DB>) {
  const rows = await db.selectFrom('register_indicators as i').selectAll('i')
    .select((eb) => [
      eb.selectFrom('register_values as v').select(countAll().as('n')).whereRef('v.indicator_id', '=', 'i.id').as('values'),
      eb.selectFrom('register_values as v').select((e) => e.fn.min('v.year').as('y')).whereRef('v.indicator_id', '=', 'i.id').as('first_year'),
      eb.selectFrom('register_values as v').select((e) => e.fn.max('v.year').as('y')).whereRef('v.indicator_id', '=', 'i.id').as('last_year'),
    ])
    .orderBy('i.name').execute();
  return rows.map((r) => ({ ...toIndicator(r), values: Number(r.values ?? 0), firstYear: r.first_year === null ? null : Number(r.first_year), lastYear: r.last_year === null ? null : Number(r.last_year) }));
}

export async function findIndicator(db: Kysely<DB>, id: number): Promise<RegisterIndicator | undefined> {
  const row = await db.selectFrom('register_indicators').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toIndicator(row) : undefined;
}

/** Creates the indicator, or updates name, unit and source when the key exists; returns its id. */
export async function upsertIndicator(db: Kysely<DB>, f: IndicatorFields, now: string): Promise<number> {
  const existing = await db.selectFrom('register_indicators').select('id').where('key', '=', f.key).executeTakeFirst();
  if (existing) {
    await db.updateTable('register_indicators').set({ name: f.name, unit: f.unit, source: f.source, updated_at: now }).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const row = await db.insertInto('register_indicators').values({ ...f, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
