import type { Request } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findActiveContact, findContact } from '../../../db/repositories/contacts';
import { findMunicipality } from '../../../db/repositories/municipalities';
import { findMemberByKommunkod } from '../../../db/repositories/panel';
import { CONTACT_FIELDS, contactInput } from '../../inputs/panel/contact';
import { ROLE_SLUG, ROLE_TITLE, roleFromSlug } from '../../presenters/panel/labels';
import { contactView } from '../../presenters/panel/municipality';
import { correctContact, endContact, replaceContact } from '../../services/panel/register';
import { canEdit, EDIT, idParam, isAdmin, kodParam, READ } from './access';
import { actorOf } from '../../http/actor';

const formValues = (b: Record<string, unknown>) => ({ name: b.name, title: b.title, email: b.email, phone: b.phone });

export function contactRoutes(area: AreaRouter, deps: AppDeps): void {
  /** The form to add a contact in a role, or replace the current one (who then stays in the history). */
  async function roleView(req: Request) {
    const role = roleFromSlug(String(req.params.roll));
    const municipality = await findMunicipality(deps.db, kodParam(req));
    const member = municipality && await findMemberByKommunkod(deps.db, municipality.kommunkod);
    if (!role || !municipality || !member) throw notFound();
    const current = await findActiveContact(deps.db, member.id, role);
    const verb = current ? 'Byt' : 'Lägg till';
    return { title: `${verb} ${ROLE_TITLE[role].toLowerCase()} för ${municipality.name}`, municipality, role, current: current ? contactView(current) : null, action: `/panel/kommuner/${municipality.kommunkod}/kontakt/${ROLE_SLUG[role]}` };
  }

  area.get('/kommuner/:kod/kontakt/:roll', EDIT, async (req, res) => {
    renderPage(res, 'panel/contact-form', await roleView(req));
  });

  area.post('/kommuner/:kod/kontakt/:roll', EDIT, async (req, res) => {
    const data = await roleView(req);
    const input = parseInput(contactInput, req.body);
    if (!input.ok) return renderInvalid(res, 'panel/contact-form', data, input.errors, formValues(req.body), CONTACT_FIELDS);
    const done = await replaceContact(deps, actorOf(req), data.municipality.kommunkod, data.role, input.data);
    if (!done.ok) return renderInvalid(res, 'panel/contact-form', data, { [done.field]: done.message }, formValues(req.body), CONTACT_FIELDS);
    setFlash(res, deps.config, data.current ? `${input.data.name} har ersatt ${data.current.name}. ${data.current.name} finns kvar i historiken.` : `${input.data.name} är tillagd.`);
    res.redirect(303, `/panel/kommuner/${data.municipality.kommunkod}`);
  });

  async function loadContact(req: Request, opts: { active?: boolean } = {}) {
    const contact = await findContact(deps.db, idParam(req));
    if (!contact || (opts.active && (contact.valid_to || contact.erased))) throw notFound();
    return contact;
  }

  area.get('/kontakter/:id', READ, async (req, res) => {
    const contact = await loadContact(req);
    renderPage(res, 'panel/contact', {
      title: contact.erased ? 'Raderad kontaktperson' : contact.name, contact: contactView(contact), kommunkod: contact.kommunkod,
      municipalityName: contact.municipality_name, canEdit: canEdit(req), isAdmin: isAdmin(req),
    });
  });

  const editView = (c: Awaited<ReturnType<typeof loadContact>>) => ({
    title: `Ändra uppgifter för ${c.name}`, edit: true, municipality: { kommunkod: c.kommunkod, name: c.municipality_name },
    current: null, action: `/panel/kontakter/${c.id}/andra`,
  });

  area.get('/kontakter/:id/andra', EDIT, async (req, res) => {
    const c = await loadContact(req, { active: true });
    renderPage(res, 'panel/contact-form', { ...editView(c), values: { name: c.name, title: c.title, email: c.email, phone: c.phone } });
  });

  area.post('/kontakter/:id/andra', EDIT, async (req, res) => {
    const c = await loadContact(req, { active: true });
    const input = parseInput(contactInput, req.body);
    if (!input.ok) return renderInvalid(res, 'panel/contact-form', editView(c), input.errors, formValues(req.body), CONTACT_FIELDS);
    const done = await correctContact(deps, actorOf(req), c, input.data);
    if (!done.ok) return renderInvalid(res, 'panel/contact-form', editView(c), { [done.field]: done.message }, formValues(req.body), CONTACT_FIELDS);
    setFlash(res, deps.config, 'Uppgifterna är sparade.');
    res.redirect(303, `/panel/kontakter/${c.id}`);
  });

  area.post('/kontakter/:id/avsluta', EDIT, async (req, res) => {
    const c = await loadContact(req, { active: true });
    await endContact(deps, actorOf(req), c.id);
    setFlash(res, deps.config, `${c.name} är inte längre kontaktperson. Uppgifterna finns kvar i historiken.`);
    res.redirect(303, `/panel/kommuner/${c.kommunkod}`);
  });
}
