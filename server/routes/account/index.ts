import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import { ANY_STAFF, PUBLIC } from '../../http/access';
import { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { OWN_PASSWORD_FIELDS, ownPasswordInput, RESET_PASSWORD_FIELDS, resetPasswordInput } from '../../inputs/own-password';
import { changeOwnPassword } from '../../services/own-password';
import { findResetUser, redeemPasswordReset } from '../../services/password-reset';

const OWN = { title: 'Byt lösenord' };
const RESET = { title: 'Välj nytt lösenord' };

function invalidLink(res: Response): void {
  renderPage(res, 'account/reset-invalid', { title: 'Länken fungerar inte' }, 404);
}

/** A staff user's own password, and the one-time reset link an admin sends. */
export function accountRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('');

  area.get('/konto/losenord', ANY_STAFF, (_req, res) => renderPage(res, 'account/password', { ...OWN, values: {} }));

  area.post('/konto/losenord', ANY_STAFF, async (req, res) => {
    const me = req.staff!;
    const input = parseInput(ownPasswordInput(me.email), req.body);
    if (!input.ok) return renderInvalid(res, 'account/password', OWN, input.errors, {}, OWN_PASSWORD_FIELDS);
    const result = await changeOwnPassword(deps, me, req.sessionKey!, input.data.current, input.data.password);
    if (result === 'wrong') return renderInvalid(res, 'account/password', OWN, { current: 'Nuvarande lösenord stämmer inte' }, {}, OWN_PASSWORD_FIELDS);
    if (result === 'throttled') {
      return renderInvalid(res, 'account/password', OWN, { current: 'För många felaktiga försök. Vänta 15 minuter och försök igen.' }, {}, OWN_PASSWORD_FIELDS, 429);
    }
    setFlash(res, deps.config, 'Ditt lösenord är bytt. Du är utloggad på andra enheter.');
    res.redirect(303, '/oversikt');
  });

  area.get('/aterstall-losenord/:token', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const user = await findResetUser(deps, String(req.params.token));
    if (!user) return invalidLink(res);
    renderPage(res, 'account/reset', { ...RESET, email: user.email, action: req.originalUrl, values: {} });
  });

  area.post('/aterstall-losenord/:token', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = String(req.params.token);
    const user = await findResetUser(deps, token);
    if (!user) return invalidLink(res);
    const input = parseInput(resetPasswordInput(user.email), req.body);
    const view = { ...RESET, email: user.email, action: req.originalUrl };
    if (!input.ok) return renderInvalid(res, 'account/reset', view, input.errors, {}, RESET_PASSWORD_FIELDS);
    if (!(await redeemPasswordReset(deps, token, user, input.data.password))) return invalidLink(res);
    setFlash(res, deps.config, 'Ditt nya lösenord är sparat. Logga in med det.');
    res.redirect(303, '/logga-in');
  });

  return area;
}
