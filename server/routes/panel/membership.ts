import type { Request } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findMunicipality } from '../../../db/repositories/municipalities';
import { findMemberByKommunkod, listPeriods } from '../../../db/repositories/panel';
import { MEMBERSHIP_FIELDS, membershipInput } from '../../inputs/panel/membership';
import { memberView } from '../../presenters/panel/municipality';
import { changeMembership } from '../../services/panel/register';
import { timeOf } from '../../services/panel/types';
import { EDIT, kodParam } from './access';
import { actorOf } from '../../http/actor';

export function membershipRoutes(area: AreaRouter, deps: AppDeps): void {
  async function view(req: Request) {
    const municipality = await findMunicipality(deps.db, kodParam(req));
    if (!municipality) throw notFound();
    const member = await findMemberByKommunkod(deps.db, municipality.kommunkod);
    const periods = member ? await listPeriods(deps.db, member.id) : [];
    return { title: `Medlemskap för ${municipality.name}`, municipality, member: memberView(member, periods) };
  }

  area.get('/kommuner/:kod/medlemskap', EDIT, async (req, res) => {
    const data = await view(req);
    renderPage(res, 'panel/membership', { ...data, values: { change: data.member.changes[0]?.value, date: timeOf(deps).today } });
  });

  area.post('/kommuner/:kod/medlemskap', EDIT, async (req, res) => {
    const data = await view(req);
    const values = { change: req.body.change, date: req.body.date, reason: req.body.reason };
    const input = parseInput(membershipInput, req.body);
    if (!input.ok) return renderInvalid(res, 'panel/membership', data, input.errors, values, MEMBERSHIP_FIELDS);
    const done = await changeMembership(deps, actorOf(req), { kommunkod: data.municipality.kommunkod, ...input.data });
    if (!done.ok) return renderInvalid(res, 'panel/membership', data, { [done.field]: done.message }, values, MEMBERSHIP_FIELDS);
    setFlash(res, deps.config, `Medlemskapet för ${data.municipality.name} är ändrat.`);
    res.redirect(303, `/panel/kommuner/${data.municipality.kommunkod}`);
  });
}
