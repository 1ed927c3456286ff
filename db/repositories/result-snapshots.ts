import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Dimension } from '../tables/waves';
import type { WaveCounts } from '../../server/domain/results/counts';

export type { WaveCounts };

const key = (dimension: Dimension | null) => dimension ?? '';

/** The counts stored for one view (null: the whole country) of a closed wave, if any. Reads only. */
export async function findResultSnapshot(db: Kysely<DB>, waveId: number, dimension: Dimension | null): Promise<WaveCounts | undefined> {
  const stored = await db.selectFrom('result_snapshots').select('counts').where('wave_id', '=', waveId).where('dimension', '=', key(dimension)).executeTakeFirst();
  return stored ? (JSON.parse(stored.counts) as WaveCounts) : undefined;
}

/** Closed waves without a stored whole-country snapshot (closed before snapshots, or the store failed). */
export async function listClosedWavesWithoutSnapshot(db: Kysely<DB>): Promise<number[]> {
  const rows = await db.selectFrom('waves as w').select('w.id').where('w.status', '=', 'closed')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('result_snapshots as s').select('s.wave_id').whereRef('s.wave_id', '=', 'w.id').where('s.dimension', '=', ''))))
    .orderBy('w.id').execute();
  return rows.map((r) => r.id);
}

/** Stores one view's counts; a snapshot already there is kept (the counts of a closed wave never change).
 *  Returns whether a row was written. */
export async function insertResultSnapshot(db: Kysely<DB>, waveId: number, dimension: Dimension | null, counts: WaveCounts): Promise<boolean> {
  const result = await db.insertInto('result_snapshots').values({ wave_id: waveId, dimension: key(dimension), counts: JSON.stringify(counts) })
    .onConflict((oc) => oc.columns(['wave_id', 'dimension']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
