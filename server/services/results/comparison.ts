import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { formatDate } from '../../domain/time';
import { resultRows, sideBySide, type QuestionTable, type ResultRows } from '../../domain/results';
import { loadResultWave, resultsAvailable, waveQuestionTables, type ResultWave } from './wave-results';

/** Closed waves of the same series as this one (itself included), oldest first. */
export async function seriesWaves(db: Kysely<DB>, rw: ResultWave): Promise<ResultWave[]> {
  if (rw.seriesId === null) return [rw];
  const rows = await db.selectFrom('waves as w').innerJoin('survey_versions as v', 'v.id', 'w.survey_version_id').innerJoin('surveys as s', 's.id', 'v.survey_id')
    .select('w.id').where('s.series_id', '=', rw.seriesId).where('w.status', '=', 'closed').orderBy('w.opens_at').orderBy('w.id').execute();
  const waves: ResultWave[] = [];
  for (const r of rows) { const w = await loadResultWave(db, r.id); if (w) waves.push(w); }
  return waves;
}

export const waveName = (rw: ResultWave) => `${rw.wave.title} (${formatDate(new Date(rw.wave.opensAt))})`;

export interface Comparison { waves: ResultWave[]; tables: { id: string; title: string; rows: ResultRows }[] }

/** Questions with the same key in two or more of the waves, side by side: one column per wave, each with its n. */
export async function compareWaves(db: Kysely<DB>, waves: ResultWave[], onlyTableId?: string): Promise<Comparison> {
  const closed = waves.filter((w) => resultsAvailable(w.wave));
  const perWave = new Map<number, QuestionTable[]>();
  for (const w of closed) perWave.set(w.wave.id, await waveQuestionTables(db, w, null));
  const ids = [...new Set(closed.flatMap((w) => perWave.get(w.wave.id)!.map((t) => t.id)))]
    .filter((id) => (!onlyTableId || id === onlyTableId) && closed.filter((w) => perWave.get(w.wave.id)!.some((t) => t.id === id)).length >= 2);
  const tables = ids.map((id) => {
    const present = closed.filter((w) => perWave.get(w.wave.id)!.some((t) => t.id === id));
    const rowsByWave = present.map((w) => resultRows(perWave.get(w.wave.id)!.find((t) => t.id === id)!, null));
    const latest = perWave.get(present.at(-1)!.wave.id)!.find((t) => t.id === id)!;
    return { id, title: latest.title, rows: sideBySide(present.map(waveName), rowsByWave, latest.kind === 'stats') };
  });
  return { waves: closed, tables };
}
