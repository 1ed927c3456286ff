import type { Response } from 'express';
import type { Wave } from '../../../db/repositories/waves';
import type { Role } from '../../../db/tables/foundation';
import type { AppDeps } from '../../deps';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import { renderPage } from '../../http/render';
import { formatDate, formatTime } from '../../domain/time';
import { EXTEND_FIELDS, extendInput } from '../../inputs/waves/extend';
import { WAVE_FIELDS, waveInput } from '../../inputs/waves/wave';
import { postedWaveValues, waveFormOptions, waveFormValues } from '../../presenters/waves/form';
import { progressFigures, waveSummary } from '../../presenters/waves/wave-view';
import { cancelWave, extendWave } from '../../services/waves/change-wave';
import { audiencePreview, waveProgress } from '../../services/waves/progress';
import { changeScheduledWave } from '../../services/waves/schedule-wave';
import { findSurveyVersion, listPublishedVersions } from '../../../db/repositories/survey-versions';
import type { AreaRouter } from '../../http/area-router';
import { canEditWaves, loadWave, WAVE_EDITORS, WAVE_READERS } from './load';
import { actorOf } from '../../http/actor';
import { listIndicators } from '../../../db/repositories/register-indicators';

async function showWave(res: Response, deps: AppDeps, wave: Wave, role: Role | undefined, form?: { errors: FieldErrors; values: Record<string, string> }) {
  const version = await findSurveyVersion(deps.db, wave.surveyVersionId);
  const summary = waveSummary({ ...wave, surveyTitle: version?.surveyTitle, versionNo: version?.versionNo });
  const data = {
    title: wave.title, wave: summary, progress: progressFigures(await waveProgress(deps.db, wave)),
    preview: wave.status === 'scheduled' ? await audiencePreview(deps.db, wave) : null,
    canEdit: canEditWaves(role),
  };
  if (form) return renderInvalid(res, 'waves/show', data, form.errors, form.values, EXTEND_FIELDS);
  const closes = new Date(wave.closesAt);
  renderPage(res, 'waves/show', { ...data, values: { closes_date: formatDate(closes), closes_time: formatTime(closes) } });
}

export function singleWaveRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id', WAVE_READERS, async (req, res) => {
    await showWave(res, deps, await loadWave(deps, req), req.staff?.role);
  });

  area.get('/:id/andra', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    if (wave.status !== 'scheduled') return res.redirect(303, `/utskick/${wave.id}`);
    renderPage(res, 'waves/form', { ...editView(wave), ...waveFormOptions(await listPublishedVersions(deps.db), await listIndicators(deps.db)), values: waveFormValues(wave) });
  });

  area.post('/:id', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    const view = { ...editView(wave), ...waveFormOptions(await listPublishedVersions(deps.db), await listIndicators(deps.db)) };
    const values = postedWaveValues(req.body);
    const input = parseInput(waveInput, req.body);
    if (!input.ok) return renderInvalid(res, 'waves/form', view, input.errors, values, WAVE_FIELDS);
    const result = await changeScheduledWave(deps, actorOf(req), wave.id, input.data);
    if (!result.ok && result.errors._form) {
      setFlash(res, deps.config, result.errors._form);
      return res.redirect(303, `/utskick/${wave.id}`);
    }
    if (!result.ok) return renderInvalid(res, 'waves/form', view, result.errors, values, WAVE_FIELDS);
    setFlash(res, deps.config, 'Ändringarna är sparade.');
    res.redirect(303, `/utskick/${wave.id}`);
  });

  area.post('/:id/avbryt', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    const done = await cancelWave(deps, actorOf(req), wave.id);
    setFlash(res, deps.config, done ? 'Utskicket är avbrutet. Inga inbjudningar skickas.' : 'Utskicket har redan öppnat och kan inte avbrytas. Du kan ändra sista svarsdag.');
    res.redirect(303, `/utskick/${wave.id}`);
  });

  area.post('/:id/forlang', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    const values = { closes_date: String(req.body.closes_date ?? ''), closes_time: String(req.body.closes_time ?? '') };
    const input = parseInput(extendInput, req.body);
    if (!input.ok) return showWave(res, deps, wave, req.staff?.role, { errors: input.errors, values });
    const result = await extendWave(deps, actorOf(req), wave.id, input.data.closesAt);
    if (!result.ok) return showWave(res, deps, wave, req.staff?.role, { errors: { [result.field]: result.message }, values });
    setFlash(res, deps.config, 'Sista svarsdag är ändrad.');
    res.redirect(303, `/utskick/${wave.id}`);
  });
}

function editView(wave: Wave) {
  return { title: `Ändra ${wave.title}`, action: `/utskick/${wave.id}`, submitText: 'Spara ändringarna', cancelHref: `/utskick/${wave.id}` };
}
