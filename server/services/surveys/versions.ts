import type { AppDeps } from '../../deps';
import { validateDefinition, type DefinitionResult } from '../../domain/survey/definition';
import { writeAudit } from '../../../db/repositories/audit-log';
import { deleteDraftVersion, findDraftOfSurvey, insertDraftVersion, nextVersionNo, publishDraft } from '../../../db/repositories/survey-drafts';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import { deleteSurveyWithoutVersions } from '../../../db/repositories/surveys';
import { draftAsSeen, type DraftTarget } from './save-draft';
import type { Actor } from '../../domain/actor';

export type PublishOutcome = { ok: true } | { ok: false; reason: 'conflict' | 'frozen' | 'missing' } | { ok: false; reason: 'invalid'; errors: string[] };

/** The definition checks, plus one only publishing needs: at least one question to answer. */
export function checkPublishable(def: unknown): DefinitionResult {
  const checked = validateDefinition(def);
  if (!checked.ok) return checked;
  const answerable = checked.definition.pages.some((page) => page.questions.some((question) => question.type !== 'info_block'));
  return answerable ? checked : { ok: false, errors: ['Enkäten har inga frågor att svara på. Lägg till minst en fråga innan du publicerar'] };
}

/** Freezes a draft: from now on its definition is never changed (a new draft is a new version). */
export async function publishSurveyVersion(deps: AppDeps, actor: Actor | null, target: DraftTarget): Promise<PublishOutcome> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<PublishOutcome> => {
    const version = await draftAsSeen(trx, target);
    if (typeof version === 'string') return { ok: false, reason: version };
    const checked = checkPublishable(version.definition);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const done = await publishDraft(trx, { id: version.id, revision: target.revision, definition: JSON.stringify(checked.definition), now, by: actor?.id ?? null });
    if (!done) return { ok: false, reason: 'conflict' };
    await writeAudit(trx, { actor, action: 'survey.publish', objectType: 'survey_version', objectId: version.id, details: { surveyId: version.surveyId, versionNo: version.versionNo } }, now);
    return { ok: true };
  });
}

export type NewDraftOutcome = { ok: true; versionId: number; existed: boolean } | { ok: false; reason: 'missing' };

/** "Redigera" on a published version: a new draft (next version number) with a copy of its definition. One draft at a time. */
export async function startDraftFrom(deps: AppDeps, actor: Actor | null, publishedVersionId: number): Promise<NewDraftOutcome> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<NewDraftOutcome> => {
    const source = await findSurveyVersion(trx, publishedVersionId);
    if (!source || source.status !== 'published') return { ok: false, reason: 'missing' };
    const existing = await findDraftOfSurvey(trx, source.surveyId);
    if (existing) return { ok: true, versionId: existing.id, existed: true };
    const versionNo = await nextVersionNo(trx, source.surveyId);
    const versionId = await insertDraftVersion(trx, { surveyId: source.surveyId, versionNo, definition: JSON.stringify(source.definition), now, by: actor?.id ?? null });
    await writeAudit(trx, { actor, action: 'survey.draft.create', objectType: 'survey_version', objectId: versionId, details: { from: source.id, versionNo } }, now);
    return { ok: true, versionId, existed: false };
  });
}

export type DeleteDraftOutcome = { ok: true; surveyDeleted: boolean } | { ok: false; reason: 'conflict' | 'frozen' | 'missing' };

/** Deletes a draft (never a published version). A survey left without versions goes too. */
export async function deleteDraft(deps: AppDeps, actor: Actor | null, target: DraftTarget): Promise<DeleteDraftOutcome> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<DeleteDraftOutcome> => {
    const version = await draftAsSeen(trx, target);
    if (typeof version === 'string') return { ok: false, reason: version };
    if (!(await deleteDraftVersion(trx, version.id, target.revision))) return { ok: false, reason: 'conflict' };
    const surveyDeleted = await deleteSurveyWithoutVersions(trx, version.surveyId);
    await writeAudit(trx, { actor, action: 'survey.draft.delete', objectType: 'survey_version', objectId: version.id, details: { surveyId: version.surveyId, versionNo: version.versionNo } }, now);
    return { ok: true, surveyDeleted };
  });
}
