import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countResponsesByGroup } from '../../../db/repositories/results-aggregates';
import { closedWaveCounts } from '../../../db/repositories/result-snapshots';
import { countInvitationsByGroup } from '../../../db/repositories/results-invitations';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import { findWave, type Wave } from '../../../db/repositories/waves';
import type { Dimension } from '../../../db/tables/waves';
import { placedQuestions } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { buildQuestionTables, NO_GROUP, type GroupInfo, type QuestionTable } from '../../presenters/results/question-tables';
import { groupLabel, sortGroups } from './dimensions';
import { mergeSmallGroups, type SmallGroups } from './merge-view';

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
  const multiKeys = placedQuestions(rw.definition).filter((p) => p.question.type === 'multiple_choice').map((p) => p.question.key);
  // resultsAvailable: the wave is closed, so its counts are final and computed once.
  const { counts, respondents } = await closedWaveCounts(db, rw.wave.id, dimension, multiKeys);
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

/** Run by the close job after closing: computes and stores every breakdown's counts, so even the first
 *  results page after close reads stored numbers. */
export async function precomputeWaveResults(db: Kysely<DB>, waveId: number): Promise<void> {
  const rw = await loadResultWave(db, waveId);
  if (!rw) return;
  for (const dimension of [null, ...rw.wave.dimensions]) await waveQuestionTables(db, rw, dimension);
}
