import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { listActiveContactsOfMember, listContactHistoryOfMember } from '../../../db/repositories/contacts';
import { listInvitedWavesForMunicipality } from '../../../db/repositories/invitations';
import { countMunicipalities, findMunicipality, listLan, listMunicipalitiesWithStatus } from '../../../db/repositories/municipalities';
import { findMemberByKommunkod, listPeriods } from '../../../db/repositories/panel';
import { municipalityFilterInput, toMunicipalityFilter } from '../../inputs/panel/filters';
import { contactView, currentContacts, memberView, municipalityFacts } from '../../presenters/panel/municipality';
import { filterOptions, municipalityRows } from '../../presenters/panel/municipalities';
import { invitedWaves } from '../../presenters/panel/invited-waves';
import { canEdit, kodParam, READ } from './access';

export function municipalityRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/kommuner', READ, async (req, res) => {
    const filter = municipalityFilterInput.parse(req.query);
    const rows = municipalityRows(await listMunicipalitiesWithStatus(deps.db, toMunicipalityFilter(filter)), filter.q);
    renderPage(res, 'panel/municipalities', {
      title: 'Kommuner', rows, total: await countMunicipalities(deps.db), options: filterOptions(await listLan(deps.db)), values: filter,
    });
  });

  area.get('/kommuner/:kod', READ, async (req, res) => {
    const municipality = await findMunicipality(deps.db, kodParam(req));
    if (!municipality) throw notFound();
    const member = await findMemberByKommunkod(deps.db, municipality.kommunkod);
    renderPage(res, 'panel/municipality', {
      title: municipality.name, municipality, facts: municipalityFacts(municipality), canEdit: canEdit(req), isMember: Boolean(member),
      member: memberView(member, member ? await listPeriods(deps.db, member.id) : []),
      current: currentContacts(member ? await listActiveContactsOfMember(deps.db, member.id) : []),
      history: member ? (await listContactHistoryOfMember(deps.db, member.id)).map(contactView) : [],
      waves: invitedWaves(await listInvitedWavesForMunicipality(deps.db, municipality.kommunkod)),
    });
  });
}
