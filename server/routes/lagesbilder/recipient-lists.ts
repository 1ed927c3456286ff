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
import { PUBLISHERS } from './load';
import { actorOf } from '../../http/actor';

const KIND_OPTIONS = [
  { value: 'addresses', label: 'E-postadresser som jag skriver in', hint: 'Till exempel Regeringskansliets registratur eller kommunernas registratorer.' },
  { value: 'panel-contacts', label: 'Panelens kontaktpersoner', hint: 'De aktuella kontaktpersonerna i panelregistret när utskicket görs (inte de som har avregistrerat sig).' },
];
const LIST_PATH = '/mottagarlistor';

export function recipientListRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get(LIST_PATH, PUBLISHERS, async (_req, res) => {
    const lists = (await listRecipientLists(deps.db)).map((l) => ({
      ...l, size: l.kind === 'panel-contacts' ? null : parseAddressLines(l.addresses).entries.length,
    }));
    renderPage(res, 'lagesbilder/lists', { title: 'Mottagarlistor', lists });
  });

  area.get(`${LIST_PATH}/ny`, PUBLISHERS, (_req, res) => {
    renderPage(res, 'lagesbilder/list-form', { ...formView('Ny mottagarlista', '/lagesbilder/mottagarlistor'), values: { kind: 'addresses', attach_pdf: '0' } });
  });

  area.post(LIST_PATH, PUBLISHERS, async (req, res) => {
    const view = formView('Ny mottagarlista', '/lagesbilder/mottagarlistor');
    const input = parseInput(recipientListInput, req.body);
    if (!input.ok) return renderInvalid(res, 'lagesbilder/list-form', view, input.errors, posted(req), RECIPIENT_LIST_FIELDS);
    await createRecipientList(deps, actorOf(req), input.data);
    setFlash(res, deps.config, `Listan ${input.data.name} är sparad.`);
    res.redirect(303, '/lagesbilder/mottagarlistor');
  });

  area.get(`${LIST_PATH}/:listId`, PUBLISHERS, async (req, res) => {
    const list = await findRecipientList(deps.db, Number(req.params.listId));
    if (!list) throw notFound();
    const values = { name: list.name, kind: list.kind, addresses: list.addresses, attach_pdf: String(list.attach_pdf) };
    renderPage(res, 'lagesbilder/list-form', { ...formView(`Ändra ${list.name}`, `/lagesbilder/mottagarlistor/${list.id}`), values });
  });

  area.post(`${LIST_PATH}/:listId`, PUBLISHERS, async (req, res) => {
    const list = await findRecipientList(deps.db, Number(req.params.listId));
    if (!list) throw notFound();
    const view = formView(`Ändra ${list.name}`, `/lagesbilder/mottagarlistor/${list.id}`);
    const input = parseInput(recipientListInput, req.body);
    if (!input.ok) return renderInvalid(res, 'lagesbilder/list-form', view, input.errors, posted(req), RECIPIENT_LIST_FIELDS);
    await changeRecipientList(deps, actorOf(req), list.id, input.data);
    setFlash(res, deps.config, `Listan ${input.data.name} är sparad.`);
    res.redirect(303, '/lagesbilder/mottagarlistor');
  });
}

function formView(title: string, action: string) {
  return { title, action, kindOptions: KIND_OPTIONS, attachOptions: [{ value: '1', label: 'Bifoga PDF:en i e-postmeddelandet' }] };
}

function posted(req: Request) {
  const b = req.body as Record<string, unknown>;
  return { name: b.name, kind: b.kind, addresses: b.addresses, attach_pdf: b.attach_pdf === '1' ? '1' : '0' };
}
