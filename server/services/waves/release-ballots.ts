import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countWaitingBallots, takeBallots } from '../../../db/repositories/ballots';
import { listResponseBackgrounds, setResponseBackground } from '../../../db/repositories/response-backgrounds';
import { insertResponses, type ReleasedResponse } from '../../../db/repositories/responses';
import { findWave, type Wave } from '../../../db/repositories/waves';
import { coarsestFirst, kAnonymize, type Background } from '../../domain/disclosure';
import { answerRows } from '../../domain/survey/answering';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { AppDeps } from '../../deps';
import { openBallot, type BallotPayload } from './ballot-box';
import { publishedDefinition } from './survey-definition';

/** Fisher–Yates with a cryptographic source: the released order says nothing about the order of submits. */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function toResponse(def: SurveyDefinition, waveId: number, payload: BallotPayload, background: Background): ReleasedResponse {
  const id = randomUUID();
  const rows = answerRows(def, payload.answers);
  const bg = (d: string) => background[d] ?? null;
  return {
    response: { id, wave_id: waveId, bg_landsdel: bg('landsdel'), bg_huvudgrupp: bg('huvudgrupp'), bg_kommungrupp: bg('kommungrupp'), bg_lan: bg('lan'), bg_storleksklass: bg('storleksklass'),
      bg_band: bg('band'), bg_rss: bg('rss') },
    // A choice row carrying text ("Annat, nämligen …") counts as an answer and its text goes to review.
    answers: rows.filter((r) => r.code !== null || r.num !== null)
      .map((r) => ({ id: randomUUID(), response_id: id, wave_id: waveId, question_key: r.question, item: r.item ?? '', code: r.code, num: r.num })),
    // Free text apart: its own random id and nothing that leads back to the rest of the response.
    freeTexts: rows.filter((r) => r.text !== null && r.text !== '')
      .map((r) => ({ id: randomUUID(), wave_id: waveId, question_key: r.question, item: r.item ?? '', text: r.text! })),
  };
}

/**
 * Moves a wave's waiting ballots into responses in the caller's transaction (the closing one): shuffled, with new
 * random ids, and with background values made k-anonymous over ALL the wave's released responses (kAnonymize:
 * decided on the respondents, never on the invited). Responses released before this rule (batches while open)
 * are coarsened in the same step, so nothing already released stays less safe.
 */
export async function releaseWaveBallots(trx: Kysely<DB>, wave: Pick<Wave, 'id' | 'surveyVersionId' | 'k' | 'dimensions'>): Promise<number> {
  const ballots = await takeBallots(trx, wave.id);
  const earlier = await listResponseBackgrounds(trx, wave.id);
  if (ballots.length === 0 && earlier.length === 0) return 0;
  const def = await publishedDefinition(trx, wave.surveyVersionId);
  if (!def) throw new Error(`Wave ${wave.id} has no published survey version`);
  const payloads = await Promise.all(shuffle(ballots).map((b) => openBallot(trx, wave.id, b.payload)));
  const dims = coarsestFirst(wave.dimensions);
  const safe = kAnonymize([...earlier.map((r) => r.bg), ...payloads.map((p) => p.bg)], dims, wave.k);
  for (const [i, r] of earlier.entries()) if (JSON.stringify(safe[i]) !== JSON.stringify(pick(r.bg, dims))) await setResponseBackground(trx, r.id, safe[i]!);
  await insertResponses(trx, payloads.map((p, i) => toResponse(def, wave.id, p, safe[earlier.length + i]!)));
  return ballots.length;
}

const pick = (bg: Background, dims: string[]) => Object.fromEntries(dims.map((d) => [d, bg[d] ?? null]));

/**
 * Job `ballot-release`: nothing is released while a wave is open. Batches while open would let anyone who compares
 * two copies, or staff who know who answered between two batches, narrow down whose answers a batch holds, and the
 * k-anonymous background values can only be decided on the final set of respondents. The closing transaction
 * releases everything in one shuffled batch; this job only picks up ballots of a closed wave that are still
 * waiting (none, normally; e.g. after a restore).
 */
export async function releaseBallots(deps: AppDeps): Promise<{ released: number }> {
  let released = 0;
  for (const { waveId } of await countWaitingBallots(deps.db)) {
    const wave = await findWave(deps.db, waveId);
    if (!wave || wave.status !== 'closed') continue;
    released += await deps.db.transaction().execute((trx) => releaseWaveBallots(trx, wave));
  }
  return { released };
}
