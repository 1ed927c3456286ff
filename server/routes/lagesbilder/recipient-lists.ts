import type { Request } from 'express';
import { findRecipientList, listRecipientLists } from '../../../db/repositories/lagesbilder-recipients';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { RECIPIENT_LIST_FIELDS, recipientListInput } from '../../inputs/lagesbilder/recipient-list';
import { parseAddressLines } from '../../domain/lagesbild/address-lines';
import { changeRecipientList, createRecipientList } from '../../services/lagesbilder/recipient-lists';
import { regionNames, rssRegionGroups, unknownRegions, type RegionGroup } from '../../services/lagesbilder/recipient-regions';
import { listRegionsByList, listRegionsOfList } from '../../../db/repositories/recipient-list-regions';
import { PUBLISHERS } from './load';
import { actorOf } from '../../http/actor';

const KIND_OPTIONS = [
  { value: 'addresses', label: 'E-postadresser som jag skriver in och kontaktpersoner i de RSS-regioner jag väljer', hint: 'Till exempel Regeringskansliets registratur, kommunernas registratorer eller panelens kontaktpersoner i en region.' },
  { value: 'panel-contacts', label: 'Panelens kontaktpersoner', hint: 'De aktuella kontaktpersonerna i panelregistret när utskicket görs (inte de som har avregistrerat sig).' },
];
const LIST_PATH = '/mottagarlistor';

export function recipientListRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get(LIST_PATH, PUBLISHERS, async (_req, res) => {
    const [rows, regions, groups] = await Promise.all([listRecipientLists(deps.db), listRegionsByList(deps.db), rssRegionGroups(deps)]);
    const lists = rows.map((l) => ({
      ...l, size: l.kind === 'panel-contacts' ? null : parseAddressLines(l.addresses).entries.length,
      regions: regionNames(groups, regions.get(l.id) ?? []),
    }));
    renderPage(res, 'lagesbilder/lists', { title: 'Mottagarlistor', lists });
  });

  area.get(`${LIST_PATH}/ny`, PUBLISHERS, async (_req, res) => {
    const view = formView('Ny mottagarlista', '/lagesbilder/mottagarlistor', await rssRegionGroups(deps));
    renderPage(res, 'lagesbilder/list-form', { ...view, values: { kind: 'addresses', attach_pdf: '0', regions: [] } });
  });

  area.post(LIST_PATH, PUBLISHERS, async (req, res) => {
    const view = formView('Ny mottagarlista', '/lagesbilder/mottagarlistor', await rssRegionGroups(deps));
    const input = parseList(req, view.regionGroups);
    if (!input.ok) return renderInvalid(res, 'lagesbilder/list-form', view, input.errors, posted(req), RECIPIENT_LIST_FIELDS);
    await createRecipientList(deps, actorOf(req), input.data);
    setFlash(res, deps.config, `Listan ${input.data.name} är sparad.`);
    res.redirect(303, '/lagesbilder/mottagarlistor');
  });

  area.get(`${LIST_PATH}/:listId`, PUBLISHERS, async (req, res) => {
    const list = await findRecipientList(deps.db, Number(req.params.listId));
    if (!list) throw notFound();
    const values = { name: list.name, kind: list.kind, addresses: list.addresses, attach_pdf: String(list.attach_pdf), regions: await listRegionsOfList(deps.db, list.id) };
    renderPage(res, 'lagesbilder/list-form', { ...formView(`Ändra ${list.name}`, `/lagesbilder/mottagarlistor/${list.id}`, await rssRegionGroups(deps)), values });
  });

  area.post(`${LIST_PATH}/:listId`, PUBLISHERS, async (req, res) => {
    const list = await findRecipientList(deps.db, Number(req.params.listId));
    if (!list) throw notFound();
    const view = formView(`Ändra ${list.name}`, `/lagesbilder/mottagarlistor/${list.id}`, await rssRegionGroups(deps));
    const input = parseList(req, view.regionGroups);
    if (!input.ok) return renderInvalid(res, 'lagesbilder/list-form', view, input.errors, posted(req), RECIPIENT_LIST_FIELDS);
    await changeRecipientList(deps, actorOf(req), list.id, input.data);
    setFlash(res, deps.config, `Listan ${input.data.name} är sparad.`);
    res.redirect(303, '/lagesbilder/mottagarlistor');
  });
}

function formView(title: string, action: string, regionGroups: RegionGroup[]) {
  return { title, action, kindOptions: KIND_OPTIONS, attachOptions: [{ value: '1', label: 'Bifoga PDF:en i e-postmeddelandet' }], regionGroups };
}

/** The form's input, with region codes checked against the 24 RSS regions. */
function parseList(req: Request, groups: RegionGroup[]) {
  const input = parseInput(recipientListInput, req.body);
  if (input.ok && unknownRegions(groups, input.data.regions).length > 0) return { ok: false as const, errors: { regions: 'Välj regioner i listan' } };
  return input;
}

function posted(req: Request) {
  const b = req.body as Record<string, unknown>;
  const regions = (Array.isArray(b.regions) ? b.regions : b.regions === undefined ? [] : [b.regions]).map(String);
  return { name: b.name, kind: b.kind, addresses: b.addresses, attach_pdf: b.attach_pdf === '1' ? '1' : '0', regions };
}
