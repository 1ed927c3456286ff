import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import { PUBLIC } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { clearCookie, readCookie, setCookie } from '../../http/cookies';
import { renderPage } from '../../http/render';
import { meetingWhen } from '../../presenters/meetings/meeting-view';
import { cancelRegistrationByToken, findCancellation } from '../../services/meetings/cancel-registration';
import { PUBLIC_MEETINGS_PATH } from '../../domain/meetings/links';
import { MEETING_SETTINGS } from '../../services/meetings/settings';
import { refusal } from '../../services/outcome';

const COOKIE = 'avboka';

function invalid(res: Response): void {
  renderPage(res, 'meetings/cancel-invalid', { title: 'Länken gäller inte', listPath: PUBLIC_MEETINGS_PATH }, 404);
}

function tokenOf(deps: AppDeps, req: Request): string | undefined {
  return readCookie(req, deps.config, COOKIE);
}

/** Cancelling through the link in a mail. Like the survey link: the first GET swaps the token for a short
 *  HttpOnly cookie and answers 303 to a token-free address, so the token stays out of history and logs;
 *  only the POST (with CSRF) cancels. */
export function publicCancelRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/avboka/:token', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = String(req.params.token);
    if (!(await findCancellation(deps, token))) return invalid(res);
    setCookie(res, deps.config, COOKIE, token, MEETING_SETTINGS.cancelCookieMs);
    res.redirect(303, '/avboka');
  });

  area.get('/avboka', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = tokenOf(deps, req);
    const found = token ? await findCancellation(deps, token) : undefined;
    if (!found) return invalid(res);
    const started = deps.clock.now() >= new Date(found.starts_at);
    renderPage(res, 'meetings/cancel-confirm', {
      title: found.status === 'cancelled' ? 'Anmälan är avbokad' : 'Avboka anmälan',
      meeting: { title: found.title, when: meetingWhen(found) }, status: found.status,
      closed: started || found.meetingStatus === 'cancelled', meetingCancelled: found.meetingStatus === 'cancelled',
    });
  });

  area.post('/avboka', PUBLIC, async (req, res) => {
    const token = tokenOf(deps, req);
    const outcome = token ? await cancelRegistrationByToken(deps, token) : refusal('not-found');
    if (!outcome.ok && outcome.reason === 'not-found') return invalid(res);
    if (!outcome.ok && outcome.reason === 'past') return res.redirect(303, '/avboka');
    clearCookie(res, deps.config, COOKIE);
    res.redirect(303, '/avbokad');
  });

  area.get('/avbokad', PUBLIC, (_req, res) => {
    renderPage(res, 'meetings/cancel-done', { title: 'Anmälan är avbokad', listPath: PUBLIC_MEETINGS_PATH });
  });
}
