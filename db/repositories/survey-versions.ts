import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { SurveyDefinition } from '../../server/domain/survey/definition';

export interface StoredVersion {
  id: number; surveyId: number; surveyTitle: string; seriesId: number | null; versionNo: number;
  status: 'draft' | 'published'; revision: number; definition: SurveyDefinition; publishedAt: string | null;
}

function toStored(row: {
  id: number; survey_id: number; title: string; series_id: number | null; version_no: number; status: 'draft' | 'published';
  revision: number; definition: string; published_at: string | null;
}): StoredVersion {
  return {
    id: row.id, surveyId: row.survey_id, surveyTitle: row.title, seriesId: row.series_id, versionNo: row.version_no,
    status: row.status, revision: row.revision, definition: JSON.parse(row.definition) as SurveyDefinition, publishedAt: row.published_at,
  };
}

function versionQuery(db: Kysely<DB>) {
  return db.selectFrom('survey_versions').innerJoin('surveys', 'surveys.id', 'survey_versions.survey_id')
    .select(['survey_versions.id', 'survey_versions.survey_id', 'surveys.title', 'surveys.series_id', 'survey_versions.version_no',
      'survey_versions.status', 'survey_versions.revision', 'survey_versions.definition', 'survey_versions.published_at']);
}

/** A version with its definition parsed. Published definitions were validated when they were frozen. */
export async function findSurveyVersion(db: Kysely<DB>, id: number): Promise<StoredVersion | undefined> {
  const row = await versionQuery(db).where('survey_versions.id', '=', id).executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export async function listPublishedVersions(db: Kysely<DB>): Promise<StoredVersion[]> {
  const rows = await versionQuery(db).where('survey_versions.status', '=', 'published').where('surveys.archived', '=', 0)
    .orderBy('surveys.title').orderBy('survey_versions.version_no', 'desc').execute();
  return rows.map(toStored);
}
