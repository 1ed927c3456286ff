import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import type { FormFields } from '../../domain/question-types/types';
import { firstPageKey, nextPageKey, pageViews, parsePage, previousPageKey, reviewItems, type Answers, type PageError } from '../../domain/survey/answering';
import { findPage, questionsByKey } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { questionTypeOf } from '../../domain/question-types/registry';
import { versionPath } from '../../presenters/surveys/designer';
import type { StoredVersion } from '../../../db/repositories/survey-versions';
import { READ, versionParam } from './access';

const V = '/:id/versioner/:vid';
const BANNER = 'Förhandsgranskning: så här ser enkäten ut för den som svarar. Inget du fyller i sparas.';

/**
 * Answers so far travel in a hidden field, so the preview works page by page without storing anything. Only
 * answers each question's own type accepts are read back (the field comes from the browser).
 */
function answersFrom(def: SurveyDefinition, raw: unknown): Answers {
  let parsed: unknown = null;
  try {
    parsed = typeof raw === 'string' && raw.length < 200_000 ? JSON.parse(raw) : null;
  } catch { /* a broken field starts afresh */ }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const byKey = questionsByKey(def);
  const kept: Answers = {};
  for (const [key, value] of Object.entries(parsed)) {
    const question = byKey.get(key)?.question;
    try {
      if (question && questionTypeOf(question).validate(question, value, false) === null) kept[key] = value;
    } catch { /* a value of the wrong shape is dropped */ }
  }
  return kept;
}

function showPage(res: Response, version: StoredVersion, pageKey: string, answers: Answers, errors: PageError[]): void {
  const def = version.definition;
  const base = versionPath(version);
  renderPage(res, 'surveys/preview', {
    title: `Förhandsgranskning: ${def.title}`, base, banner: BANNER, survey: { title: def.title }, surveyIntro: pageKey === firstPageKey(def) ? def.intro ?? null : null,
    page: pageViews(def, pageKey, answers, errors), action: `${base}/forhandsgranska`,
    hiddenFields: [{ name: '_svar', value: JSON.stringify(answers) }],
    errorSummary: errors.map((e) => ({ href: `#${e.fieldId}`, text: e.message })),
    canGoBack: previousPageKey(def, pageKey, answers) !== null, isLast: nextPageKey(def, pageKey, answers) === null, saveLabel: null,
  }, errors.length ? 422 : 200);
}

/** The exact respondent pages (shared partials), conditions and validation working, nothing stored. */
export function previewRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get(`${V}/forhandsgranska`, READ, async (req, res) => {
    const version = await versionParam(deps, req);
    showPage(res, version, firstPageKey(version.definition), {}, []);
  });

  area.post(`${V}/forhandsgranska`, READ, async (req, res) => {
    const version = await versionParam(deps, req);
    const def = version.definition;
    const pageKey = String(req.body._page ?? '');
    if (!findPage(def, pageKey)) throw notFound();
    if (req.body._action === 'granskning') return showPage(res, version, pageKey, answersFrom(def, req.body._svar), []);
    const { answers, errors } = parsePage(def, pageKey, req.body as FormFields, answersFrom(def, req.body._svar));
    if (req.body._action === 'back') return showPage(res, version, previousPageKey(def, pageKey, answers) ?? pageKey, answers, []);
    if (errors.length > 0) return showPage(res, version, pageKey, answers, errors);
    const next = nextPageKey(def, pageKey, answers);
    if (next) return showPage(res, version, next, answers, []);
    renderPage(res, 'surveys/preview-review', {
      title: `Förhandsgranskning: ${def.title}`, base: versionPath(version), banner: BANNER, surveyTitle: def.title,
      items: reviewItems(def, answers), lastPage: pageKey, answers: JSON.stringify(answers), action: `${versionPath(version)}/forhandsgranska`,
    });
  });
}
