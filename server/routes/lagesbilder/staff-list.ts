import { listLagesbilder } from '../../../db/repositories/lagesbilder';
import type { AppDeps } from '../../deps';
import { ANY_STAFF } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { newLagesbildInput } from '../../inputs/lagesbilder/draft';
import { createLagesbild } from '../../services/lagesbilder/edit-draft';
import { archivePath } from '../../services/lagesbilder/links';
import { canPublish, canWrite, WRITERS } from './load';
import { actorOf } from '../../http/actor';

export function staffListRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', ANY_STAFF, async (req, res) => {
    const role = req.staff!.role;
    const all = await listLagesbilder(deps.db);
    // Viewers see published lägesbilder only; drafts are for those who write or analyse.
    const visible = role === 'viewer' ? all.filter((l) => l.latest_version !== null) : all;
    const items = visible.map((l) => ({
      ...l, latest_version: l.latest_version === null ? null : Number(l.latest_version),
      href: role === 'viewer' ? archivePath(l.id) : `/lagesbilder/${l.id}`,
    }));
    renderPage(res, 'lagesbilder/index', { title: 'Lägesbilder', items, canWrite: canWrite(role), canPublish: canPublish(role) });
  });

  area.get('/ny', WRITERS, (_req, res) => {
    renderPage(res, 'lagesbilder/new', { title: 'Ny lägesbild', values: {} });
  });

  area.post('/', WRITERS, async (req, res) => {
    const input = parseInput(newLagesbildInput, req.body);
    if (!input.ok) return renderInvalid(res, 'lagesbilder/new', { title: 'Ny lägesbild' }, input.errors, { title: req.body.title }, ['title']);
    const id = await createLagesbild(deps, actorOf(req), input.data.title);
    setFlash(res, deps.config, 'Utkastet är skapat. Skriv texten och välj figurer.');
    res.redirect(303, `/lagesbilder/${id}/redigera`);
  });
}
