import { sql } from 'kysely';
import { deleteExpiredSessions } from '../../db/repositories/sessions';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from '../auth/session-store';
import type { AppDeps } from '../deps';

export async function cleanupExpiredSessions(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const now = deps.clock.now().getTime();
  return deleteExpiredSessions(deps.db, new Date(now - IDLE_TIMEOUT_MS).toISOString(), new Date(now - ABSOLUTE_TIMEOUT_MS).toISOString());
}

/** Moves the WAL back into the database file so it does not grow without bound (SQLite only). */
export async function checkpointWal(deps: Pick<AppDeps, 'db' | 'dialect'>): Promise<string> {
  if (deps.dialect !== 'sqlite') return 'skipped (not SQLite)';
  const res = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(deps.db);
  const row = res.rows[0];
  return row ? `busy=${row.busy} log=${row.log} checkpointed=${row.checkpointed}` : 'ok';
}
