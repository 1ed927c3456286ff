import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from '../../db/repositories/sessions';
import type { Role } from '../../db/tables/foundation';
import { newHashedToken, sha256Hex } from '../security/tokens';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** A new 256-bit session id; only its hash is stored. */
export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<{ id: string; key: string }> {
  const { token: id, hash: key } = newHashedToken();
  await insertSession(db, { idHash: key, userId, now: now.toISOString() });
  return { id, key };
}

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'valid'; key: string; user: { id: number; email: string; name: string; role: Role } };

export async function lookupSession(db: Kysely<DB>, id: string | undefined, now: Date): Promise<SessionLookup> {
  if (!id) return { state: 'none' };
  const key = sha256Hex(id);
  const row = await findSessionWithUser(db, key);
  if (!row) return { state: 'none' };
  const t = now.getTime();
  const idle = t - Date.parse(row.last_seen_at) > IDLE_TIMEOUT_MS;
  const tooOld = t - Date.parse(row.created_at) > ABSOLUTE_TIMEOUT_MS;
  if (idle || tooOld || row.disabled) {
    await deleteSession(db, key);
    return { state: 'expired' };
  }
  if (t - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) await touchSession(db, key, now.toISOString());
  return { state: 'valid', key, user: { id: row.user_id, email: row.email, name: row.name, role: row.role } };
}
