import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** A new link replaces any earlier one of the same user. */
export async function insertPasswordReset(db: Kysely<DB>, r: { tokenHash: string; userId: number; now: string; expiresAt: string }): Promise<void> {
  await db.deleteFrom('password_resets').where('user_id', '=', r.userId).execute();
  await db.insertInto('password_resets')
    .values({ token_hash: r.tokenHash, user_id: r.userId, created_at: r.now, expires_at: r.expiresAt, used_at: null }).execute();
}

/** The user a reset link is for, while unused and unexpired. */
export async function findUsableReset(db: Kysely<DB>, tokenHash: string, now: string): Promise<{ userId: number; email: string } | undefined> {
  const row = await db.selectFrom('password_resets')
    .innerJoin('staff_users', 'staff_users.id', 'password_resets.user_id')
    .select(['staff_users.id', 'staff_users.email'])
    .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('expires_at', '>', now)
    .where('staff_users.disabled', '=', 0)
    .executeTakeFirst();
  return row ? { userId: row.id, email: row.email } : undefined;
}

/** Marks a link used; true only for the one caller that got it first (single use under concurrency). */
export async function consumeReset(db: Kysely<DB>, tokenHash: string, now: string): Promise<boolean> {
  const res = await db.updateTable('password_resets').set({ used_at: now })
    .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Retention: a link is kept only while it can still be used. */
export async function deleteStaleResets(db: Kysely<DB>, now: string): Promise<number> {
  const res = await db.deleteFrom('password_resets').where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now)])).executeTakeFirst();
  return Number(res.numDeletedRows);
}
