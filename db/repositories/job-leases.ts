import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Takes the named lease if it is free or expired (conditional UPDATE): true for exactly one caller. */
export async function acquireLease(db: Kysely<DB>, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const nowIso = now.toISOString();
  await db.insertInto('job_leases').values({ name, holder: null, expires_at: null, last_started_at: null, last_finished_at: null, last_error: null })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const res = await db.updateTable('job_leases')
    .set({ holder, expires_at: new Date(now.getTime() + ttlMs).toISOString(), last_started_at: nowIso })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', 'is', null), eb('expires_at', '<', nowIso)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function releaseLease(db: Kysely<DB>, name: string, holder: string, now: Date, error: string | null): Promise<void> {
  await db.updateTable('job_leases')
    .set({ holder: null, expires_at: null, last_finished_at: now.toISOString(), last_error: error })
    .where('name', '=', name).where('holder', '=', holder).execute();
}

export async function listLeases(db: Kysely<DB>) {
  return db.selectFrom('job_leases').selectAll().orderBy('name').execute();
}
