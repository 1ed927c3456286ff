import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { RegisterValue } from './register-values';

export interface ValueChange { kommunkod: string; year: number; oldValue: number | null; newValue: number }

/**
 * Writes an indicator's values in place: new (kommun, year) pairs are inserted, changed ones updated, equal
 * ones left alone. Returns what changed, so the import can record it.
 */
export async function applyRegisterValues(db: Kysely<DB>, indicatorId: number, values: RegisterValue[]): Promise<ValueChange[]> {
  const years = [...new Set(values.map((v) => v.year))];
  const existing = years.length === 0 ? [] : await db.selectFrom('register_values').select(['kommunkod', 'year', 'value'])
    .where('indicator_id', '=', indicatorId).where('year', 'in', years).execute();
  const before = new Map(existing.map((r) => [`${r.kommunkod}:${Number(r.year)}`, Number(r.value)]));
  const changes: ValueChange[] = [];
  for (const v of values) {
    const old = before.get(`${v.kommunkod}:${v.year}`);
    if (old === v.value) continue;
    changes.push({ kommunkod: v.kommunkod, year: v.year, oldValue: old ?? null, newValue: v.value });
  }
  const inserts = changes.filter((c) => c.oldValue === null);
  for (let i = 0; i < inserts.length; i += 200) {
    await db.insertInto('register_values').values(inserts.slice(i, i + 200).map((c) => ({ indicator_id: indicatorId, kommunkod: c.kommunkod, year: c.year, value: c.newValue }))).execute();
  }
  for (const c of changes.filter((x) => x.oldValue !== null)) {
    await db.updateTable('register_values').set({ value: c.newValue }).where('indicator_id', '=', indicatorId).where('kommunkod', '=', c.kommunkod).where('year', '=', c.year).execute();
  }
  return changes;
}

export async function recordValueChanges(db: Kysely<DB>, importId: number, changes: ValueChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += 200) {
    await db.insertInto('register_value_changes').values(changes.slice(i, i + 200).map((c) => ({
      import_id: importId, kommunkod: c.kommunkod, year: c.year, old_value: c.oldValue, new_value: c.newValue,
    }))).execute();
  }
}

export async function upsertKoladaIndicator(db: Kysely<DB>, row: { indicator_id: number; kpi_id: string; gender: string; title: string; fetched_at: string }): Promise<void> {
  const found = await db.selectFrom('kolada_indicators').select('indicator_id').where('indicator_id', '=', row.indicator_id).executeTakeFirst();
  if (found) await db.updateTable('kolada_indicators').set(row).where('indicator_id', '=', row.indicator_id).execute();
  else await db.insertInto('kolada_indicators').values(row).execute();
}
