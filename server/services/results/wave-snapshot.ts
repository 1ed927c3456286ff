import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { findResultSnapshot, insertResultSnapshot, listClosedWavesWithoutSnapshot } from '../../../db/repositories/result-snapshots';
import { countWaveView, loadResultWave, resultsAvailable } from './wave-results';

/**
 * Stores the counts of a closed wave, one snapshot per view (the whole country and each breakdown dimension),
 * so results pages read stored numbers instead of counting every answer again. Run by the close job right
 * after a wave closes; idempotent (a view already stored is kept). An open wave gets none: its answers still
 * change. Returns how many snapshots were written.
 */
export async function storeWaveSnapshot(db: Kysely<DB>, waveId: number): Promise<number> {
  const rw = await loadResultWave(db, waveId);
  if (!rw || !resultsAvailable(rw.wave)) return 0;
  let stored = 0;
  for (const dimension of [null, ...rw.wave.dimensions]) {
    if (await findResultSnapshot(db, waveId, dimension)) continue;
    if (await insertResultSnapshot(db, waveId, dimension, await countWaveView(db, rw, dimension))) stored += 1;
  }
  return stored;
}

/** Closed waves that have no snapshot yet (closed before snapshots existed, migration 070 dropped them, or the
 *  store after close failed) get theirs; run by the close job after closing. Returns the waves stored. */
export async function storeMissingSnapshots(db: Kysely<DB>): Promise<number[]> {
  const stored: number[] = [];
  for (const waveId of await listClosedWavesWithoutSnapshot(db)) if ((await storeWaveSnapshot(db, waveId)) > 0) stored.push(waveId);
  return stored;
}
