import type { AppDeps } from '../../deps';
import { actorOf } from '../../http/actor';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput } from '../../http/forms';
import { publishInput } from '../../inputs/lagesbilder/draft';
import { publishLagesbild } from '../../services/lagesbilder/publish';
import { loadLagesbild, PUBLISHERS } from './load';
import { CONFLICT_MESSAGE } from './staff-editor';
import { renderShow } from './staff-show';

/** Freezes the draft as the next version (with a change note from version 2 on). */
export function staffPublishRoutes(area: AreaRouter, deps: AppDeps): void {
  area.post('/:id/publicera', PUBLISHERS, async (req, res) => {
    const lagesbild = await loadLagesbild(deps, req);
    const input = parseInput(publishInput, req.body);
    const values = { change_note: req.body.change_note };
    if (!input.ok) return renderShow(deps, req, res, lagesbild, input.errors, values, 422);
    const result = await publishLagesbild(deps, actorOf(req), lagesbild.row.id, input.data.revision, input.data.change_note);
    if (!result.ok) switch (result.reason) {
      case 'not-found': throw notFound();
      case 'conflict': return renderShow(deps, req, res, lagesbild, { publish: CONFLICT_MESSAGE }, values, 409);
      case 'change-note-missing': return renderShow(deps, req, res, lagesbild, { change_note: 'Skriv vad som är ändrat jämfört med förra versionen' }, values, 422);
      case 'incomplete': return renderShow(deps, req, res, lagesbild, { publish: 'Lägesbilden är inte klar att publicera. Se listan under Publicera.' }, values, 422);
    }
    setFlash(res, deps.config, `Version ${result.value} är publicerad och finns nu i det publika arkivet.`);
    res.redirect(303, `/lagesbilder/${lagesbild.row.id}`);
  });
}
