import { sql } from 'kysely';
import { purgeMailBodies } from '../../db/repositories/outbox';
import { deleteStaleResets } from '../../db/repositories/password-resets';
import { deleteExpiredSessions } from '../../db/repositories/sessions';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from '../auth/session-store';
import type { AppDeps } from '../deps';

/** Expired sessions, and password-reset links that are used or expired. Returns the sessions removed. */
export async function cleanupExpiredSessions(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const now = deps.clock.now().getTime();
  await deleteStaleResets(deps.db, new Date(now).toISOString());
  return deleteExpiredSessions(deps.db, new Date(now - IDLE_TIMEOUT_MS).toISOString(), new Date(now - ABSOLUTE_TIMEOUT_MS).toISOString());
}

/** Moves the WAL back into the database file so it does not grow without bound (SQLite only). */
export async function checkpointWal(deps: Pick<AppDeps, 'db' | 'dialect'>): Promise<string> {
  if (deps.dialect !== 'sqlite') return 'skipped (not SQLite)';
  const res = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(deps.db);
  const row = res.rows[0];
  return row ? `busy=${row.busy} log=${row.log} checkpointed=${row.checkpointed}` : 'ok';
}

/** Mail bodies hold names and personal links; they are kept this long after sending, then emptied. */
export const MAIL_BODY_RETENTION_DAYS = 90;

export async function purgeOldMailBodies(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ emptied: number }> {
  const before = new Date(deps.clock.now().getTime() - MAIL_BODY_RETENTION_DAYS * 86_400_000);
  return { emptied: await purgeMailBodies(deps.db, before) };
}
