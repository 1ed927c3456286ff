import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../schema';
import type { KoladaImportsTable } from '../tables/kolada';

export interface NewKoladaImport { kpiId: string; kpiTitle: string; unit: string; years: number[]; gender: string; createdBy: number }

export async function createKoladaImport(db: Kysely<DB>, i: NewKoladaImport, now: string): Promise<number> {
  const row = await db.insertInto('kolada_imports').values({
    kpi_id: i.kpiId, kpi_title: i.kpiTitle, unit: i.unit, years: i.years.join(','), gender: i.gender, status: 'queued', created_by: i.createdBy, created_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findKoladaImport(db: Kysely<DB>, id: number) {
  return db.selectFrom('kolada_imports').selectAll().where('id', '=', id).executeTakeFirst();
}
export type KoladaImportRow = NonNullable<Awaited<ReturnType<typeof findKoladaImport>>>;

export async function listKoladaImports(db: Kysely<DB>, limit = 20) {
  return db.selectFrom('kolada_imports').select(['id', 'kpi_id', 'kpi_title', 'years', 'gender', 'status', 'changed', 'created_at', 'fetched_at', 'saved_at'])
    .orderBy('id', 'desc').limit(limit).execute();
}

/** Puts back imports left 'running' by a run that died: the job runs under a lease, so no other run is live. */
export async function requeueOrphanedImports(db: Kysely<DB>): Promise<number> {
  const r = await db.updateTable('kolada_imports').set({ status: 'queued' }).where('status', '=', 'running').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Takes the oldest queued import for this run; the conditional update makes a second runner find nothing. */
export async function claimQueuedImport(db: Kysely<DB>): Promise<KoladaImportRow | undefined> {
  const next = await db.selectFrom('kolada_imports').select('id').where('status', '=', 'queued').orderBy('id').executeTakeFirst();
  if (!next) return undefined;
  const claimed = await db.updateTable('kolada_imports').set({ status: 'running' }).where('id', '=', next.id).where('status', '=', 'queued').executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1 ? findKoladaImport(db, next.id) : claimQueuedImport(db);
}

export async function updateKoladaImport(db: Kysely<DB>, id: number, set: Updateable<KoladaImportsTable>): Promise<void> {
  await db.updateTable('kolada_imports').set(set).where('id', '=', id).execute();
}

/** Marks a ready import saved, once: false when it was not ready (already saved, or still fetching). */
export async function markKoladaImportSaved(db: Kysely<DB>, id: number, set: { indicator_id: number; changed: number; saved_at: string }): Promise<boolean> {
  const r = await db.updateTable('kolada_imports').set({ ...set, status: 'saved', payload: null }).where('id', '=', id).where('status', '=', 'ready').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listValueChanges(db: Kysely<DB>, importId: number, limit = 500) {
  return db.selectFrom('register_value_changes as c').innerJoin('municipalities as m', 'm.kommunkod', 'c.kommunkod')
    .select(['c.kommunkod', 'm.name', 'c.year', 'c.old_value', 'c.new_value'])
    .where('c.import_id', '=', importId).orderBy('c.kommunkod').orderBy('c.year').limit(limit).execute();
}
