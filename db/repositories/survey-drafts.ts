import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { VersionStatus } from '../tables/surveys';

export interface VersionSummary {
  id: number; survey_id: number; version_no: number; status: VersionStatus; revision: number; definition: string;
  created_at: string; updated_at: string; published_at: string | null;
}

const SUMMARY = ['id', 'survey_id', 'version_no', 'status', 'revision', 'definition', 'created_at', 'updated_at', 'published_at'] as const;

/** Every version of some surveys, newest first within a survey. */
export async function listVersionsOfSurveys(db: Kysely<DB>, surveyIds: number[]): Promise<VersionSummary[]> {
  if (surveyIds.length === 0) return [];
  return db.selectFrom('survey_versions').select(SUMMARY).where('survey_id', 'in', surveyIds)
    .orderBy('survey_id').orderBy('version_no', 'desc').execute();
}

export async function findDraftOfSurvey(db: Kysely<DB>, surveyId: number): Promise<VersionSummary | undefined> {
  return db.selectFrom('survey_versions').select(SUMMARY).where('survey_id', '=', surveyId).where('status', '=', 'draft').executeTakeFirst();
}

export async function nextVersionNo(db: Kysely<DB>, surveyId: number): Promise<number> {
  const row = await db.selectFrom('survey_versions').select((eb) => eb.fn.max('version_no').as('max')).where('survey_id', '=', surveyId).executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertDraftVersion(db: Kysely<DB>, v: { surveyId: number; versionNo: number; definition: string; now: string; by: number | null }): Promise<number> {
  const row = await db.insertInto('survey_versions').values({
    survey_id: v.surveyId, version_no: v.versionNo, status: 'draft', definition: v.definition, revision: 1,
    created_at: v.now, updated_at: v.now, updated_by: v.by, published_at: null, published_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The optimistic lock: the definition changes only if the version is still a draft at the revision the editor
 * read. false when someone else saved first, or the version was published or deleted meanwhile.
 */
export async function updateDraftDefinition(db: Kysely<DB>, u: { id: number; revision: number; definition: string; now: string; by: number | null }): Promise<boolean> {
  const r = await db.updateTable('survey_versions')
    .set((eb) => ({ definition: u.definition, revision: eb('revision', '+', 1), updated_at: u.now, updated_by: u.by }))
    .where('id', '=', u.id).where('status', '=', 'draft').where('revision', '=', u.revision).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Draft → published, with the definition as validated; a published row is never updated again. */
export async function publishDraft(db: Kysely<DB>, p: { id: number; revision: number; definition: string; now: string; by: number | null }): Promise<boolean> {
  const r = await db.updateTable('survey_versions')
    .set((eb) => ({ status: 'published', definition: p.definition, revision: eb('revision', '+', 1), published_at: p.now, published_by: p.by, updated_at: p.now, updated_by: p.by }))
    .where('id', '=', p.id).where('status', '=', 'draft').where('revision', '=', p.revision).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Only drafts can be deleted; a published version may be in use by a wave. */
export async function deleteDraftVersion(db: Kysely<DB>, id: number, revision: number): Promise<boolean> {
  const r = await db.deleteFrom('survey_versions').where('id', '=', id).where('status', '=', 'draft').where('revision', '=', revision).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
