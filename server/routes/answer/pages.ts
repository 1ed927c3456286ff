import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import { RESPONDENT } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage, seeOther } from '../../http/render';
import { nextPageKey, pageViews, previousPageKey, visiblePages, type Answers, type PageError } from '../../domain/survey/answering';
import type { FormFields } from '../../domain/question-types/types';
import { answerPage, pageAction, type PageTarget } from '../../services/answering/answer-page';
import type { Respondent } from '../../services/answering/respondent';
import { ANSWER_BASE, pagePath, whileAnswering } from './respondent-request';

/** Renders one survey page with the shared survey page partial (the designer's preview uses the same one). */
export function renderSurveyPage(res: Response, r: Respondent, pageKey: string, answers: Answers, errors: PageError[] = []): void {
  const page = pageViews(r.definition, pageKey, answers, errors);
  renderPage(res, 'answer/page', {
    title: `${page.title} – ${r.definition.title}`, survey: { title: r.definition.title }, page,
    errorSummary: errors.map((e) => ({ href: `#${e.fieldId}`, text: e.message })),
    action: pagePath(pageKey), canGoBack: previousPageKey(r.definition, pageKey, answers) !== null, isLast: nextPageKey(r.definition, pageKey, answers) === null,
    saveLabel: 'Spara och fortsätt senare', banner: null,
  }, errors.length ? 422 : 200);
}

export function targetPath(target: PageTarget): string {
  if ('page' in target) return pagePath(target.page);
  return { review: `${ANSWER_BASE}/granska`, start: ANSWER_BASE, saved: `${ANSWER_BASE}/sparat` }[target.to];
}

/** A page key the survey has and that the respondent's answers so far show. */
function shownPage(r: Respondent, raw: unknown): string {
  const key = String(raw);
  if (!r.definition.pages.some((p) => p.key === key)) throw notFound();
  return key;
}

export function answerPageRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/sida/:page', RESPONDENT, whileAnswering(deps, (req, res, r) => {
    const key = shownPage(r, req.params.page);
    // A page hidden by the current answers: continue at the nearest shown page before it.
    if (!visiblePages(r.definition, r.answers).some((p) => p.key === key)) {
      const previous = previousPageKey(r.definition, key, r.answers);
      return seeOther(res, previous ? pagePath(previous) : ANSWER_BASE);
    }
    renderSurveyPage(res, r, key, r.answers);
  }));

  area.post('/sida/:page', RESPONDENT, whileAnswering(deps, async (req, res, r) => {
    const key = shownPage(r, req.params.page);
    const step = await answerPage(deps, r, key, req.body as FormFields, pageAction(req.body?._action));
    if (step.kind === 'invalid') return renderSurveyPage(res, r, key, step.answers, step.errors);
    seeOther(res, targetPath(step.target));
  }));

  area.get('/sparat', RESPONDENT, whileAnswering(deps, (_req, res, r) => {
    renderPage(res, 'answer/saved', { title: 'Dina svar är sparade', survey: { title: r.definition.title } });
  }));
}
