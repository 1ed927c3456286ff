import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { surveyTemplates } from '../../domain/survey/templates';
import { surveyOverview } from '../../presenters/surveys/overview';
import { sharedKeys, versionRows } from '../../presenters/surveys/series';
import { listVersionsOfSurveys } from '../../../db/repositories/survey-drafts';
import { findSeries, findSurvey, listSeries, listSurveys } from '../../../db/repositories/surveys';
import { canEdit, idParam, READ } from './access';

/** The survey list by series, a series with the question keys its surveys share, and one survey's versions. */
export function listRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', READ, async (req, res) => {
    const surveys = await listSurveys(deps.db);
    const versions = await listVersionsOfSurveys(deps.db, surveys.map((s) => s.id));
    const templates = surveyTemplates.map((t) => ({ key: t.key, title: t.title, description: t.description }));
    renderPage(res, 'surveys/index', { title: 'Enkäter', canEdit: canEdit(req), ...surveyOverview(await listSeries(deps.db), surveys, versions), templates });
  });

  area.get('/serier/:id', READ, async (req, res) => {
    const series = await findSeries(deps.db, idParam(req));
    if (!series) throw notFound();
    const surveys = (await listSurveys(deps.db)).filter((s) => s.series_id === series.id);
    const versions = await listVersionsOfSurveys(deps.db, surveys.map((s) => s.id));
    const overview = surveyOverview([series], surveys, versions);
    renderPage(res, 'surveys/series', { title: `Serien ${series.title}`, series, surveys: overview.series[0]!.surveys, shared: sharedKeys(surveys, versions) });
  });

  area.get('/:id', READ, async (req, res) => {
    const survey = await findSurvey(deps.db, idParam(req));
    if (!survey) throw notFound();
    const series = survey.series_id ? await findSeries(deps.db, survey.series_id) : undefined;
    const versions = versionRows(await listVersionsOfSurveys(deps.db, [survey.id]));
    renderPage(res, 'surveys/survey', { title: survey.title, survey, series: series ?? null, versions, canEdit: canEdit(req) });
  });
}
