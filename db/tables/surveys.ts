import type { Generated } from 'kysely';

export type VersionStatus = 'draft' | 'published';
export interface SurveySeriesTable { id: Generated<number>; key: string; title: string; description: string | null; created_at: string }
export interface SurveysTable {
  id: Generated<number>; series_id: number | null; title: string; description: string | null;
  archived: Generated<number>; created_at: string; created_by: number | null;
}
/** `definition` is the JSON of a SurveyDefinition (server/domain/survey); frozen once `status` = published. */
export interface SurveyVersionsTable {
  id: Generated<number>; survey_id: number; version_no: number; status: VersionStatus; definition: string;
  revision: Generated<number>; created_at: string; updated_at: string; updated_by: number | null;
  published_at: string | null; published_by: number | null;
}

export interface SurveyTables {
  survey_series: SurveySeriesTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
}
