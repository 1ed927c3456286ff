import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Dimension } from '../tables/waves';
import { countAnswers, countRespondents, type AnswerCount, type RespondentCount } from './results-aggregates';

export interface WaveCounts { counts: AnswerCount[]; respondents: RespondentCount[] }

/**
 * The counts of a CLOSED wave for one breakdown: read from the snapshot, or computed by SQL GROUP BY and stored
 * (a concurrent first reader computes the same numbers; the second insert is ignored). Callers must only pass
 * closed waves: an open wave's answers still change.
 */
export async function closedWaveCounts(db: Kysely<DB>, waveId: number, dimension: Dimension | null, multiKeys: string[]): Promise<WaveCounts> {
  const key = dimension ?? '';
  const stored = await db.selectFrom('result_snapshots').select('counts').where('wave_id', '=', waveId).where('dimension', '=', key).executeTakeFirst();
  if (stored) return JSON.parse(stored.counts) as WaveCounts;
  const fresh: WaveCounts = {
    counts: await countAnswers(db, waveId, dimension),
    respondents: await countRespondents(db, waveId, multiKeys, dimension),
  };
  await db.insertInto('result_snapshots').values({ wave_id: waveId, dimension: key, counts: JSON.stringify(fresh) })
    .onConflict((oc) => oc.columns(['wave_id', 'dimension']).doNothing()).execute();
  return fresh;
}
