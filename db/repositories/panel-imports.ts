import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';

export async function insertImport(db: Kysely<DB>, i: { createdBy: number; now: string; filename: string; rows: string; notices: string; summary: string }): Promise<number> {
  const row = await db.insertInto('panel_imports').values({
    created_by: i.createdBy, created_at: i.now, filename: i.filename, status: 'pending', rows: i.rows, notices: i.notices,
    summary: i.summary, applied_at: null, applied_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findImport(db: Kysely<DB>, id: number) {
  return db.selectFrom('panel_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function replacePendingImportRows(db: Kysely<DB>, id: number, rows: string, summary: string): Promise<void> {
  await db.updateTable('panel_imports').set({ rows, summary }).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** Pending → applied, once: false when another request got there first. The rows (personal data) are dropped. */
export async function markImportApplied(db: Kysely<DB>, id: number, by: number | null, now: string, summary: string): Promise<boolean> {
  const r = await db.updateTable('panel_imports').set({ status: 'applied', applied_at: now, applied_by: by, rows: null, summary })
    .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Dry runs nobody applied hold personal data for no purpose: dropped after a while. */
export async function discardStaleImports(db: Kysely<DB>, before: string): Promise<void> {
  await db.updateTable('panel_imports').set({ status: 'discarded', rows: null }).where('status', '=', 'pending').where('created_at', '<', before).execute();
}

/** GDPR erasure: a pending dry run that mentions the address is discarded. */
export async function discardImportsMentioning(db: Kysely<DB>, email: string): Promise<number> {
  const r = await db.updateTable('panel_imports').set({ status: 'discarded', rows: null })
    .where('status', '=', 'pending')
    .where(sql<boolean>`lower(rows) like ${`%${email.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
