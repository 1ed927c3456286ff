import type { AppDeps } from '../../deps';
import { actorOf } from '../../http/actor';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput } from '../../http/forms';
import { DISTRIBUTE_FIELDS, distributeInput } from '../../inputs/lagesbilder/recipient-list';
import { distributeVersion } from '../../services/lagesbilder/distribute';
import { loadLagesbild, PUBLISHERS } from './load';
import { renderShow } from './staff-show';

/** Sends a published version to a recipient list (each address gets each version once). */
export function staffDistributeRoutes(area: AreaRouter, deps: AppDeps): void {
  area.post('/:id/utskick', PUBLISHERS, async (req, res) => {
    const lagesbild = await loadLagesbild(deps, req);
    const values = { version: req.body.version, list_id: req.body.list_id };
    const input = parseInput(distributeInput, req.body);
    if (!input.ok) return renderShow(deps, req, res, lagesbild, input.errors, values, 422);
    const result = await distributeVersion(deps, actorOf(req), lagesbild.row.id, input.data.version, input.data.list_id);
    if (!result.ok) {
      const message = result.reason === 'empty-list' ? 'Listan har inga mottagare' : 'Välj en publicerad version och en lista som finns';
      return renderShow(deps, req, res, lagesbild, { [result.reason === 'empty-list' ? 'list_id' : DISTRIBUTE_FIELDS[0]!]: message }, values, 422);
    }
    const { queued, skipped: n } = result.value;
    const skipped = n ? ` ${n} på listan hade redan fått version ${input.data.version} och får inget nytt meddelande.` : '';
    setFlash(res, deps.config, `${queued} meddelanden är lagda i kö för utskick.${skipped}`);
    res.redirect(303, `/lagesbilder/${lagesbild.row.id}`);
  });
}
