import type { AppDeps } from '../../deps';
import { attemptLogin } from '../../auth/login';
import { SESSION_COOKIE } from '../../auth/session-middleware';
import { ANY_STAFF, PUBLIC } from '../../http/access';
import { AreaRouter } from '../../http/area-router';
import { clearCookie, setCookie } from '../../http/cookies';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { LOGIN_FIELDS, loginInput } from '../../inputs/login';
import { completeLogin, endStaffSession } from '../../services/staff-sessions';

/** Only same-site relative paths, so the login page cannot be used as an open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(next) ? next : '/oversikt';
}

export function authRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('');
  const title = 'Logga in';

  area.get('/logga-in', PUBLIC, (req, res) => {
    if (req.staff) return res.redirect(303, '/oversikt');
    renderPage(res, 'auth/login', { title, values: { next: safeNext(req.query.next) } });
  });

  area.post('/logga-in', PUBLIC, async (req, res) => {
    const input = parseInput(loginInput, req.body);
    const values = { email: req.body?.email ?? '', next: safeNext(req.body?.next) };
    if (!input.ok) return renderInvalid(res, 'auth/login', { title }, input.errors, values, LOGIN_FIELDS);
    const result = await attemptLogin(deps, input.data.email, input.data.password, req.ip ?? 'unknown');
    if (!result.ok) {
      const message = result.reason === 'locked'
        ? 'För många misslyckade inloggningar. Vänta en stund och försök igen.'
        : 'Fel e-postadress eller lösenord. Kontrollera och försök igen.';
      return renderInvalid(res, 'auth/login', { title, lockedOut: result.reason === 'locked' }, { email: message }, values, LOGIN_FIELDS, result.reason === 'locked' ? 429 : 422);
    }
    await completeLogin(deps, result.user, req.sessionKey);
    setCookie(res, deps.config, SESSION_COOKIE, result.sessionId);
    clearCookie(res, deps.config, 'csrf');
    res.redirect(303, safeNext(input.data.next));
  });

  area.post('/logga-ut', ANY_STAFF, async (req, res) => {
    if (req.sessionKey) await endStaffSession(deps, req.sessionKey);
    clearCookie(res, deps.config, SESSION_COOKIE);
    clearCookie(res, deps.config, 'csrf');
    setFlash(res, deps.config, 'Du är utloggad.');
    res.redirect(303, '/logga-in');
  });

  return area;
}
