import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { precompiled } from '../precompiled';
import { countAll } from '../sql';

/** A ballot has a random id, the wave and the payload — no time, no invitation, no contact. */
export async function insertBallot(db: Kysely<DB>, b: { id: string; waveId: number; payload: string }): Promise<void> {
  await insert(db, b.id, b.waveId, b.payload);
}

const insert = precompiled(3, (db, id: string, waveId: number, payload: string) =>
  db.insertInto('ballots').values({ id, wave_id: waveId, payload }));

export async function countWaitingBallots(db: Kysely<DB>): Promise<{ waveId: number; n: number }[]> {
  const rows = await db.selectFrom('ballots').select(['wave_id', countAll().as('n')]).groupBy('wave_id').execute();
  return rows.map((r) => ({ waveId: r.wave_id, n: Number(r.n) }));
}

/** Removes and returns every waiting ballot of a wave. DELETE … RETURNING takes each row exactly once,
 *  even when two releases run at the same time on Postgres (the second waits, then finds nothing). */
export async function takeBallots(db: Kysely<DB>, waveId: number): Promise<{ id: string; payload: string }[]> {
  return db.deleteFrom('ballots').where('wave_id', '=', waveId).returning(['id', 'payload']).execute();
}
