import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export interface SeriesRow { id: number; key: string; title: string; description: string | null }
export interface SurveyRow { id: number; series_id: number | null; title: string; description: string | null; archived: number; created_at: string }

export async function listSeries(db: Kysely<DB>): Promise<SeriesRow[]> {
  return db.selectFrom('survey_series').select(['id', 'key', 'title', 'description']).orderBy('title').execute();
}

export async function findSeries(db: Kysely<DB>, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('survey_series').select(['id', 'key', 'title', 'description']).where('id', '=', id).executeTakeFirst();
}

export async function insertSeries(db: Kysely<DB>, s: { key: string; title: string; now: string }): Promise<number> {
  const row = await db.insertInto('survey_series').values({ key: s.key, title: s.title, description: null, created_at: s.now })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findSurvey(db: Kysely<DB>, id: number): Promise<SurveyRow | undefined> {
  return db.selectFrom('surveys').select(['id', 'series_id', 'title', 'description', 'archived', 'created_at']).where('id', '=', id).executeTakeFirst();
}

export async function listSurveys(db: Kysely<DB>): Promise<SurveyRow[]> {
  return db.selectFrom('surveys').select(['id', 'series_id', 'title', 'description', 'archived', 'created_at'])
    .orderBy('title').orderBy('id').execute();
}

export async function insertSurvey(db: Kysely<DB>, s: { seriesId: number | null; title: string; now: string; createdBy: number | null }): Promise<number> {
  const row = await db.insertInto('surveys').values({ series_id: s.seriesId, title: s.title, description: null, created_at: s.now, created_by: s.createdBy })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSurvey(db: Kysely<DB>, id: number, patch: { title: string; seriesId: number | null }): Promise<void> {
  await db.updateTable('surveys').set({ title: patch.title, series_id: patch.seriesId }).where('id', '=', id).execute();
}

/** Only a survey with no versions left (its one draft was deleted) is removed. */
export async function deleteSurveyWithoutVersions(db: Kysely<DB>, id: number): Promise<boolean> {
  const left = await db.selectFrom('survey_versions').select('id').where('survey_id', '=', id).executeTakeFirst();
  if (left) return false;
  await db.deleteFrom('surveys').where('id', '=', id).execute();
  return true;
}
