import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { ERASE_FIELDS, eraseInput } from '../../inputs/panel/erase';
import { eraseContact, erasurePreview, exportContactData } from '../../services/panel/gdpr';
import { ADMIN, idParam } from './access';
import { actorOf } from '../../http/actor';

/** GDPR for contact persons: access (a JSON file) and erasure. Admins only; both are audit-logged. */
export function gdprRoutes(area: AreaRouter, deps: AppDeps): void {
  // POST, not GET: handing out personal data is logged, and a GET must not write.
  area.post('/kontakter/:id/registerutdrag', ADMIN, async (req, res) => {
    const id = idParam(req);
    const data = await exportContactData(deps, actorOf(req), id);
    if (!data) throw notFound();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="registerutdrag-kontakt-${id}.json"`);
    res.send(JSON.stringify(data, null, 2));
  });

  async function view(id: number) {
    const preview = await erasurePreview(deps, id);
    if (!preview) throw notFound();
    return { title: `Radera ${preview.contact.name}`, ...preview };
  }

  area.get('/kontakter/:id/radera', ADMIN, async (req, res) => {
    renderPage(res, 'panel/contact-erase', await view(idParam(req)));
  });

  area.post('/kontakter/:id/radera', ADMIN, async (req, res) => {
    const data = await view(idParam(req));
    const input = parseInput(eraseInput, req.body);
    if (!input.ok) return renderInvalid(res, 'panel/contact-erase', data, input.errors, {}, ERASE_FIELDS);
    await eraseContact(deps, actorOf(req), data.contact.id);
    setFlash(res, deps.config, 'Personuppgifterna är raderade. Kvar finns bara att en kontaktperson har funnits.');
    res.redirect(303, `/panel/kommuner/${data.contact.kommunkod}`);
  });
}
