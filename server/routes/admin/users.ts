import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { ROLE_LABELS } from '../../http/nav';
import { renderPage } from '../../http/render';
import { EDIT_STAFF_FIELDS, editStaffUserInput, NEW_STAFF_FIELDS, newStaffUserInput } from '../../inputs/staff-user';
import { changeStaffUser, createStaffUser } from '../../services/staff-users';
import { forcePasswordReset } from '../../services/password-reset';
import { findStaffById, listStaff } from '../../../db/repositories/staff-users';
import { actorOf } from '../../http/actor';

const ADMIN = staff('admin');
const roleOptions = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export function staffUserRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/anvandare', ADMIN, async (_req, res) => {
    renderPage(res, 'admin/users', { title: 'Användare', users: await listStaff(deps.db), roleLabels: ROLE_LABELS });
  });

  area.get('/anvandare/ny', ADMIN, (_req, res) => {
    renderPage(res, 'admin/user-new', { title: 'Ny användare', roleOptions, values: { role: 'viewer' } });
  });

  area.post('/anvandare', ADMIN, async (req, res) => {
    const view = { title: 'Ny användare', roleOptions };
    const values = { name: req.body.name, email: req.body.email, role: req.body.role };
    const input = parseInput(newStaffUserInput, req.body);
    if (!input.ok) return renderInvalid(res, 'admin/user-new', view, input.errors, values, NEW_STAFF_FIELDS);
    const created = await createStaffUser(deps, actorOf(req), input.data);
    if (!created.ok) return renderInvalid(res, 'admin/user-new', view, { [created.field]: created.message }, values, NEW_STAFF_FIELDS);
    setFlash(res, deps.config, `Användaren ${input.data.name} är skapad.`);
    res.redirect(303, '/admin/anvandare');
  });

  area.get('/anvandare/:id', ADMIN, async (req, res) => {
    const user = await findStaffById(deps.db, Number(req.params.id) || 0);
    if (!user) throw notFound();
    renderPage(res, 'admin/user-edit', { title: `Ändra ${user.name}`, user, roleOptions, values: { name: user.name, role: user.role, disabled: String(user.disabled) } });
  });

  area.post('/anvandare/:id', ADMIN, async (req, res) => {
    const user = await findStaffById(deps.db, Number(req.params.id) || 0);
    if (!user) throw notFound();
    const view = { title: `Ändra ${user.name}`, user, roleOptions };
    const input = parseInput(editStaffUserInput, req.body);
    const values = { name: req.body.name, role: req.body.role, disabled: req.body.disabled };
    if (!input.ok) return renderInvalid(res, 'admin/user-edit', view, input.errors, values, EDIT_STAFF_FIELDS);
    if (user.id === req.staff!.id && (input.data.disabled === '1' || input.data.role !== 'admin')) {
      return renderInvalid(res, 'admin/user-edit', view, { role: 'Du kan inte ta bort din egen administratörsbehörighet eller stänga av ditt eget konto' }, values, EDIT_STAFF_FIELDS);
    }
    await changeStaffUser(deps, actorOf(req), user.id, { ...input.data, disabled: input.data.disabled === '1' });
    setFlash(res, deps.config, `Ändringarna för ${input.data.name} är sparade.`);
    res.redirect(303, '/admin/anvandare');
  });

  area.post('/anvandare/:id/aterstall-losenord', ADMIN, async (req, res) => {
    const user = await findStaffById(deps.db, Number(req.params.id) || 0);
    if (!user) throw notFound();
    await forcePasswordReset(deps, actorOf(req), user);
    setFlash(res, deps.config, `${user.name} har fått en länk för att välja nytt lösenord. Det gamla lösenordet fungerar inte längre.`);
    res.redirect(303, `/admin/anvandare/${user.id}`);
  });
}
