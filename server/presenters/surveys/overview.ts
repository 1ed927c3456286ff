import type { VersionSummary } from '../../../db/repositories/survey-drafts';
import type { SeriesRow, SurveyRow } from '../../../db/repositories/surveys';
import { versionRows } from './series';

/** The /enkater list: each series with its surveys, then surveys outside any series; each survey with its versions. */
export function surveyOverview(series: SeriesRow[], surveys: SurveyRow[], versions: VersionSummary[]) {
  const rows = surveys.filter((s) => !s.archived).map((survey) => {
    const own = versionRows(versions.filter((v) => v.survey_id === survey.id));
    const draft = own.find((v) => v.status === 'draft') ?? null;
    const published = own.find((v) => v.status === 'published') ?? null;
    return { id: survey.id, title: survey.title, seriesId: survey.series_id, href: `/enkater/${survey.id}`, draft, published, versionCount: own.length };
  });
  return {
    series: series.map((s) => ({ id: s.id, title: s.title, href: `/enkater/serier/${s.id}`, surveys: rows.filter((r) => r.seriesId === s.id) })),
    loose: rows.filter((r) => r.seriesId === null),
  };
}
