import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { surveyTemplates } from '../../domain/survey/templates';
import { choiceOfSource, NEW_SURVEY_FIELDS, newSurveyInput, seriesChoiceOf, sourceOf, sourceOfChoice } from '../../inputs/surveys/new-survey';
import { versionPath } from '../../presenters/surveys/designer';
import { createSurvey } from '../../services/surveys/create-survey';
import { resolveSource } from '../../services/surveys/sources';
import { listPublishedVersions } from '../../../db/repositories/survey-versions';
import { EDIT } from './access';
import { seriesOptions } from './series-options';
import { actorOf } from '../../http/actor';

const FIELDS = ['kalla', ...NEW_SURVEY_FIELDS];

async function formData(deps: AppDeps) {
  const published = await listPublishedVersions(deps.db);
  const sources = [
    { value: 'tom', label: 'En tom enkät' },
    ...surveyTemplates.map((t) => ({ value: `mall:${t.key}`, label: `Mallen ”${t.title}”`, hint: t.description })),
    ...published.map((v) => ({ value: `version:${v.id}`, label: `Kopia av ”${v.surveyTitle}”, version ${v.versionNo}`, hint: 'Frågorna behåller sina nycklar, så svaren går att jämföra.' })),
  ];
  return { title: 'Ny enkät', sources, seriesOptions: await seriesOptions(deps), published };
}

/** A new survey: blank, from a shipped template or as a copy of a published version (keys kept). */
export function createRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/ny', EDIT, async (req, res) => {
    const data = await formData(deps);
    const source = sourceOf(req.query as Record<string, unknown>);
    const copied = source.kind === 'version' ? data.published.find((v) => v.id === source.id) : undefined;
    const template = source.kind === 'template' ? surveyTemplates.find((t) => t.key === source.key) : undefined;
    const title = copied?.surveyTitle ?? template?.title ?? '';
    renderPage(res, 'surveys/new', { ...data, values: { kalla: choiceOfSource(source), title, series: copied?.seriesId ? String(copied.seriesId) : '', new_series: '' } });
  });

  area.post('/ny', EDIT, async (req: Request, res: Response) => {
    const data = await formData(deps);
    const values = { kalla: req.body.kalla, title: req.body.title, series: req.body.series, new_series: req.body.new_series };
    const input = parseInput(newSurveyInput, req.body);
    const source = sourceOfChoice(req.body.kalla);
    const errors = { ...(input.ok ? {} : input.errors), ...(source ? {} : { kalla: 'Välj vad enkäten ska utgå från' }) };
    if (!input.ok || !source) return renderInvalid(res, 'surveys/new', data, errors, values, FIELDS);
    const start = await resolveSource(deps, source, input.data.title);
    if (!start) return renderInvalid(res, 'surveys/new', data, { kalla: 'Välj vad enkäten ska utgå från' }, values, FIELDS);
    const created = await createSurvey(deps, actorOf(req), { definition: start.definition, series: seriesChoiceOf(input.data), action: start.action, details: start.details });
    if (!created.ok) {
      const fieldErrors = 'errors' in created ? { kalla: created.errors.join(' ') } : { [created.field]: created.message };
      return renderInvalid(res, 'surveys/new', data, fieldErrors, values, FIELDS);
    }
    setFlash(res, deps.config, 'Enkäten är skapad som ett utkast.');
    res.redirect(303, versionPath({ surveyId: created.surveyId, id: created.versionId }));
  });
}
