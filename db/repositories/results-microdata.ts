import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Released responses with their answers (no free text, no times). Only for the administrators' microdata export. */
export async function listResponsesWithAnswers(db: Kysely<DB>, waveId: number) {
  const responses = await db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute();
  const answers = await db.selectFrom('answers').select(['response_id', 'question_key', 'item', 'code', 'num']).where('wave_id', '=', waveId).execute();
  const byResponse = new Map<string, typeof answers>();
  for (const a of answers) byResponse.set(a.response_id, [...(byResponse.get(a.response_id) ?? []), a]);
  return responses.map((r) => ({ response: r, answers: byResponse.get(r.id) ?? [] }));
}
