import type { AppDeps } from '../../deps';
import { RESPONDENT } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { renderPage, seeOther } from '../../http/render';
import { reviewItems, type ReviewItem } from '../../domain/survey/answering';
import { endAnswerSession } from './answer-cookie';
import { submitBallot } from '../../services/answering/submit-ballot';
import { renderSurveyPage } from './pages';
import { ANSWER_BASE, pagePath, renderState, whileAnswering } from './respondent-request';

/** Review items grouped by page, each group with its "Ändra" link. */
function reviewGroups(items: ReviewItem[]) {
  const groups: { title: string; href: string; items: ReviewItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.href === pagePath(item.pageKey)) last.items.push(item);
    else groups.push({ title: item.pageTitle, href: pagePath(item.pageKey), items: [item] });
  }
  return groups;
}

export function answerReviewRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/granska', RESPONDENT, whileAnswering(deps, (_req, res, r) => {
    renderPage(res, 'answer/review', {
      title: `Granska dina svar – ${r.definition.title}`, survey: { title: r.definition.title },
      groups: reviewGroups(reviewItems(r.definition, r.answers)),
    });
  }));

  // Submit once: the conditional update in submitBallot lets exactly one of any number of concurrent posts win.
  area.post('/skicka', RESPONDENT, whileAnswering(deps, async (_req, res, r) => {
    const result = await submitBallot(deps, r);
    if (result.kind === 'invalid') {
      const first = result.errors[0]!.pageKey;
      return renderSurveyPage(res, r, first, r.answers, result.errors.filter((e) => e.pageKey === first));
    }
    endAnswerSession(res, deps.config);
    if (result.kind === 'already') return renderState(res, { kind: 'submitted' });
    if (result.kind === 'closed') return renderState(res, { kind: 'closed' });
    seeOther(res, `${ANSWER_BASE}/tack`);
  }));

  area.get('/tack', RESPONDENT, (_req, res) => {
    renderPage(res, 'answer/thanks', { title: 'Tack för dina svar' });
  });
}
