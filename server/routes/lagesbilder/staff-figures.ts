import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import type { LagesbildDraft } from '../../services/lagesbilder/draft';
import { changeDraft } from '../../services/lagesbilder/edit-draft';
import { fetchFigure, listFigureOptions } from '../../services/lagesbilder/figure-sources';
import { withAddedFigure, withMovedFigure, withoutFigure, withRefreshedFigure } from '../../services/lagesbilder/figures';
import { CONFLICT_MESSAGE } from './staff-editor';
import { loadLagesbild, WRITERS } from './load';
import { actorOf } from '../../http/actor';

type Change = (draft: LagesbildDraft) => LagesbildDraft | Promise<LagesbildDraft>;

export function staffFigureRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id/figurer', WRITERS, async (req, res) => renderFigures(deps, res, await loadLagesbild(deps, req)));

  area.post('/:id/figurer', WRITERS, async (req, res) => {
    const lagesbild = await loadLagesbild(deps, req);
    const key = typeof req.body.source === 'string' ? req.body.source : '';
    const figure = key ? await fetchFigure(deps, key) : null;
    if (!figure) return renderFigures(deps, res, lagesbild, { source: 'Välj en figur i listan' }, 422);
    await applyChange(deps, req, res, (d) => withAddedFigure(d, figure, key), () => 'Figuren är tillagd. Kontrollera figurtext och alternativtext i redigeringen.');
  });

  area.post('/:id/figurer/:n/flytta', WRITERS, async (req, res) => {
    const move = req.body.move === 'up' ? 'up' : 'down';
    await applyChange(deps, req, res, (d) => withMovedFigure(d, figureIndex(req, d), move), () => 'Figuren är flyttad.');
  });

  area.post('/:id/figurer/:n/ta-bort', WRITERS, async (req, res) => {
    await applyChange(deps, req, res, (d) => withoutFigure(d, figureIndex(req, d)), () => 'Figuren är borttagen.');
  });

  area.post('/:id/figurer/:n/hamta', WRITERS, async (req, res) => {
    await applyChange(deps, req, res, (d) => withRefreshedFigure(deps, d, figureIndex(req, d)), () => 'Figurens siffror är hämtade på nytt. Kontrollera att alternativtexten stämmer.');
  });
}

function figureIndex(req: Request, draft: LagesbildDraft): number {
  const n = Number(req.params.n);
  if (!Number.isInteger(n) || n < 1 || n > draft.figures.length) throw notFound();
  return n - 1;
}

async function applyChange(deps: AppDeps, req: Request, res: Response, change: Change, message: () => string): Promise<void> {
  const lagesbild = await loadLagesbild(deps, req);
  if (req.params.n !== undefined) figureIndex(req, lagesbild.draft);
  const result = await changeDraft(deps, actorOf(req), lagesbild.row.id, Number(req.body.revision), change, 'lagesbild.figures.change');
  if (!result.ok && result.reason === 'conflict') return renderFigures(deps, res, lagesbild, { revision: CONFLICT_MESSAGE }, 409);
  if (!result.ok && result.reason === 'not-found') throw notFound();
  setFlash(res, deps.config, message());
  res.redirect(303, `/lagesbilder/${lagesbild.row.id}/figurer`);
}

async function renderFigures(deps: AppDeps, res: Response, lagesbild: { row: { id: number; revision: number; title: string }; draft: LagesbildDraft }, errors: FieldErrors = {}, status = 200): Promise<void> {
  const { row, draft } = lagesbild;
  const options = await listFigureOptions(deps);
  const groups = [...new Set(options.map((o) => o.group))].map((group) => ({ group, options: options.filter((o) => o.group === group) }));
  renderInvalid(res, 'lagesbilder/figures', {
    title: `Figurer: ${row.title}`, id: row.id, revision: row.revision, groups,
    figures: draft.figures.map((f, i) => ({ number: i + 1, caption: f.caption, kind: f.kind, refreshable: Boolean(f.sourceKey), last: i === draft.figures.length - 1 })),
  }, errors, {}, ['source', 'revision'], status);
}
