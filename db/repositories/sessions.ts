import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export async function insertSession(db: Kysely<DB>, s: { idHash: string; userId: number; now: string }): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: s.idHash, user_id: s.userId, created_at: s.now, last_seen_at: s.now }).execute();
}

export async function findSessionWithUser(db: Kysely<DB>, idHash: string) {
  return db.selectFrom('sessions')
    .innerJoin('staff_users', 'staff_users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.created_at', 'sessions.last_seen_at', 'staff_users.id as user_id',
      'staff_users.email', 'staff_users.name', 'staff_users.role', 'staff_users.disabled'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, idHash: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteOtherSessionsOfUser(db: Kysely<DB>, userId: number, keepIdHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).execute();
}

/** Removes sessions past the idle or the absolute limit; returns how many. */
export async function deleteExpiredSessions(db: Kysely<DB>, idleBefore: string, createdBefore: string): Promise<number> {
  const res = await db.deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
