import { listPublishedVersions } from '../../../db/repositories/survey-versions';
import { listWaves } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { WAVE_FIELDS, waveInput } from '../../inputs/waves/wave';
import { newWaveValues, postedWaveValues, waveFormOptions } from '../../presenters/waves/form';
import { waveSummary } from '../../presenters/waves/wave-view';
import { scheduleWave } from '../../services/waves/schedule-wave';
import { canEditWaves, WAVE_EDITORS, WAVE_READERS } from './load';
import { actorOf } from '../../http/actor';
import { listIndicators } from '../../../db/repositories/register-indicators';

const NEW = { title: 'Nytt utskick', action: '/utskick', submitText: 'Planera utskicket', cancelHref: '/utskick' };

export function waveListRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', WAVE_READERS, async (req, res) => {
    const waves = (await listWaves(deps.db)).map((w) => ({ ...waveSummary(w), invited: w.invited, submitted: w.submitted }));
    renderPage(res, 'waves/index', { title: 'Utskick', waves, canEdit: canEditWaves(req.staff?.role) });
  });

  area.get('/nytt', WAVE_EDITORS, async (_req, res) => {
    renderPage(res, 'waves/form', { ...NEW, ...waveFormOptions(await listPublishedVersions(deps.db), await listIndicators(deps.db)), values: newWaveValues(deps.clock.now()) });
  });

  area.post('/', WAVE_EDITORS, async (req, res) => {
    const view = { ...NEW, ...waveFormOptions(await listPublishedVersions(deps.db), await listIndicators(deps.db)) };
    const values = postedWaveValues(req.body);
    const input = parseInput(waveInput, req.body);
    if (!input.ok) return renderInvalid(res, 'waves/form', view, input.errors, values, WAVE_FIELDS);
    const result = await scheduleWave(deps, actorOf(req), input.data);
    if (!result.ok) return renderInvalid(res, 'waves/form', view, result.errors, values, WAVE_FIELDS);
    setFlash(res, deps.config, 'Utskicket är planerat. Inbjudningarna skickas när det öppnar.');
    res.redirect(303, `/utskick/${result.id}`);
  });
}
