import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countWaitingBallots, takeBallots } from '../../../db/repositories/ballots';
import { insertResponses, type ReleasedResponse } from '../../../db/repositories/responses';
import { findWave, type Wave } from '../../../db/repositories/waves';
import { answerRows, type Answers } from '../../domain/survey/answering';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { AppDeps } from '../../deps';
import { openBallot } from './ballot-box';
import { publishedDefinition } from './survey-definition';

export interface BallotPayload { answers: Answers; bg: Record<string, string> }

class TooFewBallots extends Error {}

/** Fisher–Yates with a cryptographic source: the released order says nothing about the order of submits. */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function toResponse(def: SurveyDefinition, waveId: number, payload: BallotPayload): ReleasedResponse {
  const id = randomUUID();
  const rows = answerRows(def, payload.answers);
  const bg = (d: string) => payload.bg[d] ?? null;
  return {
    response: { id, wave_id: waveId, bg_landsdel: bg('landsdel'), bg_huvudgrupp: bg('huvudgrupp'), bg_kommungrupp: bg('kommungrupp'), bg_lan: bg('lan'), bg_storleksklass: bg('storleksklass') },
    // A choice row carrying text ("Annat, nämligen …") counts as an answer and its text goes to review.
    answers: rows.filter((r) => r.code !== null || r.num !== null)
      .map((r) => ({ response_id: id, wave_id: waveId, question_key: r.question, item: r.item ?? '', code: r.code, num: r.num })),
    freeTexts: rows.filter((r) => r.text !== null && r.text !== '')
      .map((r) => ({ id: randomUUID(), response_id: id, wave_id: waveId, question_key: r.question, item: r.item ?? '', text: r.text! })),
  };
}

/** Moves a wave's waiting ballots into responses in the caller's transaction, shuffled and with new random ids.
 *  Throws (rolling the transaction back) when fewer than `minimum` are waiting. */
export async function releaseWaveBallots(trx: Kysely<DB>, wave: Pick<Wave, 'id' | 'surveyVersionId'>, minimum: number): Promise<number> {
  const ballots = await takeBallots(trx, wave.id);
  if (ballots.length === 0) return 0;
  if (ballots.length < minimum) throw new TooFewBallots();
  const def = await publishedDefinition(trx, wave.surveyVersionId);
  if (!def) throw new Error(`Wave ${wave.id} has no published survey version`);
  await insertResponses(trx, (await Promise.all(shuffle(ballots).map((b) => openBallot(trx, wave.id, b.payload)))).map((p) => toResponse(def, wave.id, p)));
  return ballots.length;
}

/** Job `ballot-release`: a batch only once at least k ballots wait (after close: whatever is left). */
export async function releaseBallots(deps: AppDeps): Promise<{ released: number }> {
  let released = 0;
  for (const { waveId, n } of await countWaitingBallots(deps.db)) {
    const wave = await findWave(deps.db, waveId);
    if (!wave) continue;
    const minimum = wave.status === 'open' ? wave.k : 1;
    if (n < minimum) continue;
    try {
      released += await deps.db.transaction().execute((trx) => releaseWaveBallots(trx, wave, minimum));
    } catch (err) {
      if (!(err instanceof TooFewBallots)) throw err;
    }
  }
  return { released };
}
