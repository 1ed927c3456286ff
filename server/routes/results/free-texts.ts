import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { countFreeTextsByStatus, findFreeText, listFreeTexts } from '../../../db/repositories/free-texts';
import type { FreeTextStatus } from '../../../db/tables/waves';
import { freeTextReviewInput } from '../../inputs/results/free-text-review';
import { reviewFreeText, reviewGroups } from '../../services/results/free-texts';
import { loadResultWave, resultsAvailable } from '../../services/results/wave-results';
import { ANALYSTS, idParam } from './access';

const TABS: { status: FreeTextStatus; label: string }[] = [
  { status: 'pending', label: 'Att granska' }, { status: 'approved', label: 'Godkända' }, { status: 'hidden', label: 'Dolda' },
];

/** The review queue: only approved texts are ever shown with results; staff may remove parts before approving. */
export function freeTextRoutes(area: AreaRouter, deps: AppDeps): void {
  async function showQueue(req: Request, res: Response, waveId: number, extra: Record<string, unknown> = {}, status = 200) {
    const rw = await loadResultWave(deps.db, waveId);
    if (!rw || !resultsAvailable(rw.wave)) throw notFound();
    const tab = TABS.find((t) => t.status === req.query.visa)?.status ?? 'pending';
    const counts = await countFreeTextsByStatus(deps.db, rw.wave.id);
    const groups = reviewGroups(rw.definition, await listFreeTexts(deps.db, rw.wave.id, tab));
    renderPage(res, 'results/free-texts', { title: `Fritextsvar: ${rw.wave.title}`, wave: rw.wave, tab, tabs: TABS.map((t) => ({ ...t, count: counts[t.status] })), groups, ...extra }, status);
  }

  area.get('/vagor/:id/fritext', ANALYSTS, (req, res) => showQueue(req, res, idParam(req)));

  area.post('/fritext/:textId', ANALYSTS, async (req, res) => {
    const text = await findFreeText(deps.db, String(req.params.textId).slice(0, 64));
    if (!text) throw notFound();
    // Approval only after close: before that no text should exist, and none may be reviewed.
    const rw = await loadResultWave(deps.db, text.waveId);
    if (!rw || !resultsAvailable(rw.wave)) throw notFound();
    const input = parseInput(freeTextReviewInput, { action: req.body.action, shown: req.body[`shown-${text.id}`] });
    const back = `/resultat/vagor/${text.waveId}/fritext${text.status === 'pending' ? '' : `?visa=${text.status}`}`;
    if (!input.ok) {
      req.query.visa = text.status;
      return showQueue(req, res, text.waveId, { errors: { [`shown-${text.id}`]: input.errors.action ?? input.errors.shown }, errorSummary: [{ href: `#f-shown-${text.id}`, text: input.errors.action ?? input.errors.shown }] }, 422);
    }
    const result = await reviewFreeText(deps, req.staff!, text, input.data);
    if (!result.ok) {
      req.query.visa = text.status;
      return showQueue(req, res, text.waveId, { errors: { [result.field]: result.message }, values: { [result.field]: input.data.shown }, errorSummary: [{ href: `#f-${result.field}`, text: result.message }] }, 422);
    }
    setFlash(res, deps.config, input.data.action === 'approve' ? 'Texten är godkänd.' : input.data.action === 'hide' ? 'Texten är dold.' : 'Texten är tillbaka bland dem att granska.');
    res.redirect(303, back);
  });
}
