import type { AppDeps } from '../../deps';
import { RESPONDENT } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { renderPage, seeOther } from '../../http/render';
import { format } from '../../presenters/format';
import { readAnswerSession, startAnswerSession } from './answer-cookie';
import { invitationOfSession, redeemAnswerLink } from '../../services/answering/answer-link';
import { REVIEW } from '../../services/answering/answer-page';
import { firstPageKey } from '../../domain/survey/answering';
import { ANSWER_BASE, pagePath, renderState, whileAnswering } from './respondent-request';

/** The start page (intro, or where to continue) and the mailed link. */
export function answerStartRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', RESPONDENT, whileAnswering(deps, (_req, res, r) => {
    const resume = r.resumeAt === REVIEW ? `${ANSWER_BASE}/granska` : pagePath(r.resumeAt ?? firstPageKey(r.definition));
    renderPage(res, 'answer/start', {
      title: r.definition.title, survey: { title: r.definition.title, intro: r.definition.intro ?? null },
      closesAt: format.dateTime(r.closesAt), started: r.resumeAt !== null, resume, otherLinkDraft: r.otherLinkDraft,
    });
  }));
}

/** Registered last: GET /svar/<token> swaps the token for an HttpOnly cookie and answers 303 to a token-free
 *  address, so the token never stays in the address bar, the history, a Referer or a log line. The link keeps
 *  working until the respondent submits, so it also resumes a saved draft after the cookie has expired.
 *  The draft key comes from the token, and each reminder has its own: a browser that already holds a session
 *  of the same invitation keeps it (and so its draft); another browser is told to use the link it started with. */
export function answerLinkRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:token', RESPONDENT, async (req, res) => {
    const link = await redeemAnswerLink(deps, String(req.params.token));
    if (link === null) return renderState(res, { kind: 'invalid' });
    const held = readAnswerSession(req, deps.config, deps.clock.now());
    const keep = held !== null && held !== link.session && (await invitationOfSession(deps, held)) === link.invitationId;
    startAnswerSession(res, deps.config, keep ? held : link.session, deps.clock.now());
    seeOther(res, ANSWER_BASE);
  });
}
