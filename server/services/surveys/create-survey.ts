import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import { validateDefinition, type SurveyDefinition } from '../../domain/survey/definition';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import { insertDraftVersion } from '../../../db/repositories/survey-drafts';
import { findSeries, insertSeries, listSeries } from '../../../db/repositories/surveys';
import { insertSurvey } from '../../../db/repositories/surveys';
import { uniqueKey } from '../../domain/survey/keys';
import type { Actor } from '../../domain/actor';

/** An existing series, a new one by name, or none. */
export type SeriesChoice = { kind: 'existing'; id: number } | { kind: 'new'; title: string } | { kind: 'none' };

export interface NewSurvey {
  definition: SurveyDefinition;
  series: SeriesChoice;
  /** audit action: survey.create, survey.copy or survey.import */
  action: string;
  details?: Record<string, unknown>;
}

export type CreateOutcome = { ok: true; surveyId: number; versionId: number } | { ok: false; field: string; message: string } | { ok: false; field: 'definition'; errors: string[] };

export const blankDefinition = (title: string): SurveyDefinition => ({ title, pages: [{ key: 'sida_1', title: 'Sida 1', questions: [] }] });

async function resolveSeries(trx: Kysely<DB>, actor: Actor | null, choice: SeriesChoice, now: string): Promise<{ id: number | null } | { error: string }> {
  if (choice.kind === 'none') return { id: null };
  if (choice.kind === 'existing') return (await findSeries(trx, choice.id)) ? { id: choice.id } : { error: 'Välj en serie i listan' };
  const all = await listSeries(trx);
  if (all.some((s) => s.title.toLowerCase() === choice.title.toLowerCase())) return { error: 'Det finns redan en serie med det namnet. Välj den i listan i stället' };
  const id = await insertSeries(trx, { key: uniqueKey(choice.title, new Set(all.map((s) => s.key)), 'serie'), title: choice.title, now });
  await writeAudit(trx, { actor, action: 'survey.series.create', objectType: 'survey_series', objectId: id, details: { title: choice.title } }, now);
  return { id };
}

/** A new survey whose first version is a draft holding `definition` (blank, a template, a copy or an import). */
export async function createSurvey(deps: AppDeps, actor: Actor | null, input: NewSurvey): Promise<CreateOutcome> {
  const checked = validateDefinition(input.definition);
  if (!checked.ok) return { ok: false, field: 'definition', errors: checked.errors };
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<CreateOutcome> => {
    const series = await resolveSeries(trx, actor, input.series, now);
    if ('error' in series) return { ok: false, field: input.series.kind === 'new' ? 'new_series' : 'series', message: series.error };
    const surveyId = await insertSurvey(trx, { seriesId: series.id, title: checked.definition.title, now, createdBy: actor?.id ?? null });
    const versionId = await insertDraftVersion(trx, { surveyId, versionNo: 1, definition: JSON.stringify(checked.definition), now, by: actor?.id ?? null });
    await writeAudit(trx, { actor, action: input.action, objectType: 'survey', objectId: surveyId, details: { versionId, ...input.details } }, now);
    return { ok: true, surveyId, versionId };
  });
}
