import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** A wave's ballot key pair (public key, private key sealed under the ballot key): set once, when it opens. */
export async function setWaveBallotKeys(db: Kysely<DB>, waveId: number, keys: { ballot_public_key: string; ballot_private_key: string }): Promise<void> {
  await db.updateTable('waves').set(keys).where('id', '=', waveId).where('ballot_public_key', 'is', null).execute();
}

export async function findWaveBallotKeys(db: Kysely<DB>, waveId: number) {
  return db.selectFrom('waves').select(['ballot_public_key', 'ballot_private_key']).where('id', '=', waveId).executeTakeFirst();
}

/** Open waves opened before sealing existed (start-up step). */
export async function listOpenWavesWithoutKeys(db: Kysely<DB>): Promise<number[]> {
  const rows = await db.selectFrom('waves').select('id').where('status', '=', 'open').where('ballot_public_key', 'is', null).execute();
  return rows.map((r) => r.id);
}

/** Ballots still stored as plain JSON (written before sealing existed). */
export async function listPlainBallots(db: Kysely<DB>) {
  return db.selectFrom('ballots').select(['id', 'wave_id', 'payload']).where('payload', 'not like', 'sb1.%').execute();
}

export async function replaceBallotPayload(db: Kysely<DB>, id: string, payload: string): Promise<void> {
  await db.updateTable('ballots').set({ payload }).where('id', '=', id).execute();
}
