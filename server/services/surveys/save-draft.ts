import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AppDeps } from '../../deps';
import { validateDefinition, type SurveyDefinition } from '../../domain/survey/definition';
import { writeAudit } from '../../../db/repositories/audit-log';
import { updateDraftDefinition } from '../../../db/repositories/survey-drafts';
import { findSurveyVersion, type StoredVersion } from '../../../db/repositories/survey-versions';
import { updateSurvey } from '../../../db/repositories/surveys';
import { MissingItemError } from './edits/locate';
import type { Actor } from '../../domain/actor';


export type SaveOutcome =
  | { ok: true; revision: number; definition: SurveyDefinition }
  /** someone else saved the draft after this editor read it */
  | { ok: false; reason: 'conflict' }
  /** the version is published (frozen) */
  | { ok: false; reason: 'frozen' }
  /** the result would not be a valid survey: nothing saved */
  | { ok: false; reason: 'invalid'; errors: string[] }
  /** no such version, page or question */
  | { ok: false; reason: 'missing' };

export interface DraftTarget { versionId: number; revision: number }
export interface ChangeNote { change: string; key?: string }

/** The draft as the editor saw it (same revision), or why it cannot be changed: gone, published, or saved by
 *  someone else since. Read inside the transaction that changes it. */
export async function draftAsSeen(trx: Kysely<DB>, target: DraftTarget): Promise<StoredVersion | 'missing' | 'frozen' | 'conflict'> {
  const version = await findSurveyVersion(trx, target.versionId);
  if (!version) return 'missing';
  if (version.status !== 'draft') return 'frozen';
  return version.revision === target.revision ? version : 'conflict';
}

/**
 * Every edit of a draft goes through here: the change is applied to the definition the editor saw (same
 * revision), the result is validated, and the row is updated only if nobody saved in between.
 */
export async function saveDraft(
  deps: AppDeps, actor: Actor | null, target: DraftTarget, change: (def: SurveyDefinition) => SurveyDefinition, note: ChangeNote,
): Promise<SaveOutcome> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    const version = await draftAsSeen(trx, target);
    if (typeof version === 'string') return { ok: false, reason: version };
    let changed: SurveyDefinition;
    try {
      changed = change(version.definition);
    } catch (error) {
      if (error instanceof MissingItemError) return { ok: false, reason: 'missing' };
      throw error;
    }
    const checked = validateDefinition(changed);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const saved = await updateDraftDefinition(trx, { id: version.id, revision: target.revision, definition: JSON.stringify(checked.definition), now, by: actor?.id ?? null });
    if (!saved) return { ok: false, reason: 'conflict' };
    if (checked.definition.title !== version.surveyTitle) {
      await updateSurvey(trx, version.surveyId, { title: checked.definition.title, seriesId: version.seriesId });
    }
    await writeAudit(trx, { actor, action: 'survey.draft.edit', objectType: 'survey_version', objectId: version.id, details: { ...note } }, now);
    return { ok: true, revision: target.revision + 1, definition: checked.definition };
  });
}
