import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import { PUBLIC } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { findUnsubscribeTarget, unsubscribeContact } from '../../services/waves/unsubscribe';

function invalid(res: Response): void {
  renderPage(res, 'waves/unsubscribe-invalid', { title: 'Länken fungerar inte' }, 404);
}

/** The link in every panel mail and its List-Unsubscribe header. The GET only shows a button: mail
 *  scanners that follow links must not unsubscribe anyone. The POST does it. */
export function unsubscribeRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/avregistrera/:token', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const target = await findUnsubscribeTarget(deps, String(req.params.token));
    if (!target) return invalid(res);
    renderPage(res, 'waves/unsubscribe', {
      title: target.unsubscribed ? 'Du är redan avregistrerad' : 'Avregistrera dig från panelens utskick',
      email: target.email, unsubscribed: target.unsubscribed, action: `/avregistrera/${encodeURIComponent(String(req.params.token))}`,
    });
  });

  // Also the RFC 8058 one-click POST (no CSRF token: the link's HMAC authenticates it; see csrf.ts).
  area.post('/avregistrera/:token', PUBLIC, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!(await unsubscribeContact(deps, String(req.params.token)))) return invalid(res);
    if (req.body?.['List-Unsubscribe'] === 'One-Click') return renderPage(res, 'waves/unsubscribed', { title: 'Du är avregistrerad' });
    res.redirect(303, '/avregistrerad');
  });

  area.get('/avregistrerad', PUBLIC, (_req, res) => {
    renderPage(res, 'waves/unsubscribed', { title: 'Du är avregistrerad' });
  });
}
