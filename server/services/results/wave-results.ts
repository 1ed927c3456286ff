import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countAnswers, countRespondents, countResponsesByGroup } from '../../../db/repositories/results-aggregates';
import { findResultSnapshot } from '../../../db/repositories/result-snapshots';
import { countInvitationsByGroup } from '../../../db/repositories/results-invitations';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import { findWave, type Wave } from '../../../db/repositories/waves';
import type { Dimension } from '../../../db/tables/waves';
import { placedQuestions } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { buildQuestionTables, mergeSmallGroups, NO_GROUP, type GroupInfo, type QuestionTable, type SmallGroups, type WaveCounts } from '../../domain/results';
import { groupLabel, sortGroups } from './dimensions';

export interface ResultWave { wave: Wave; definition: SurveyDefinition; surveyTitle: string; seriesId: number | null }

export async function loadResultWave(db: Kysely<DB>, waveId: number): Promise<ResultWave | undefined> {
  const wave = await findWave(db, waveId);
  if (!wave) return undefined;
  const version = await findSurveyVersion(db, wave.surveyVersionId);
  if (!version) return undefined;
  return { wave, definition: version.definition, surveyTitle: version.surveyTitle, seriesId: version.seriesId };
}

/** Answer results exist only after close: while a wave is open nothing but response counts is shown. */
export function resultsAvailable(wave: Wave): boolean {
  return wave.status === 'closed';
}

/** Every question's tables for the overall view (dimension null) or one breakdown, suppressed with the wave's k. */
export async function waveQuestionTables(db: Kysely<DB>, rw: ResultWave, dimension: Dimension | null, small: SmallGroups = 'hide'): Promise<QuestionTable[]> {
  if (!resultsAvailable(rw.wave)) return [];
  if (dimension && !rw.wave.dimensions.includes(dimension)) return [];
  // The wave is closed, so its counts are final: read the snapshot stored at close (storeWaveSnapshot), or, if
  // there is none (it failed, or the wave closed before snapshots), count live. Reading never writes.
  const { counts, respondents } = (await findResultSnapshot(db, rw.wave.id, dimension)) ?? (await countWaveView(db, rw, dimension));
  const responses = await countResponsesByGroup(db, rw.wave.id, dimension);
  // A group that was invited but has (almost) no responses is shown as hidden, not left out.
  const invited = await invitedGroups(db, rw.wave, dimension);
  const groups = dimension ? groupInfos(dimension, [...responses.map((r) => r.group), ...invited.filter((g) => g !== null)]) : null;
  if (groups && small === 'merge') {
    const merged = mergeSmallGroups({ counts, respondents, responses }, groups, rw.wave.k);
    return buildQuestionTables(rw.definition, merged.agg, merged.groups, rw.wave.k);
  }
  return buildQuestionTables(rw.definition, { counts, respondents, responses }, groups, rw.wave.k);
}

/** The groups of the invited: from the invitations, or every band of a register band (all are public facts). */
async function invitedGroups(db: Kysely<DB>, wave: Wave, dimension: Dimension | null): Promise<(string | null)[]> {
  if (dimension === 'band') return wave.registerBand?.labels ?? [];
  if (!dimension || dimension === 'storleksklass' || dimension === 'rss') return [];
  return (await countInvitationsByGroup(db, wave.id, dimension)).map((g) => g.group);
}

function groupInfos(dimension: Dimension, values: (string | null)[]): GroupInfo[] {
  const known = sortGroups(dimension, values.filter((v): v is string => v !== null)).map((key) => ({ key, label: groupLabel(dimension, key) }));
  return values.includes(null) ? [...known, { key: NO_GROUP, label: 'Uppgift saknas' }] : known;
}

/** One view's counts by SQL GROUP BY over the released answers (what a snapshot stores). */
export async function countWaveView(db: Kysely<DB>, rw: ResultWave, dimension: Dimension | null): Promise<WaveCounts> {
  const multiKeys = placedQuestions(rw.definition).filter((p) => p.question.type === 'multiple_choice').map((p) => p.question.key);
  return { counts: await countAnswers(db, rw.wave.id, dimension), respondents: await countRespondents(db, rw.wave.id, multiKeys, dimension) };
}
