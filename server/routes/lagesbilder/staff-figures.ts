import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import { BESIDE_FIELDS, besideInput } from '../../inputs/lagesbilder/beside';
import type { LagesbildDraft } from '../../services/lagesbilder/draft';
import { changeDraft } from '../../services/lagesbilder/edit-draft';
import { fetchFigure, listFigureOptions } from '../../services/lagesbilder/figure-sources';
import { besideKey, buildBesideFigure, listBesideOptions } from '../../services/lagesbilder/register-beside';
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

  // A register indicator beside a panel question, grouped the same way (issue 18).
  area.post('/:id/figurer/bredvid', WRITERS, async (req, res) => {
    const lagesbild = await loadLagesbild(deps, req);
    const input = parseInput(besideInput, req.body);
    if (!input.ok) return renderFigures(deps, res, lagesbild, input.errors, 422, req.body);
    const choice = { indicatorId: input.data.beside_indicator, year: input.data.beside_year, panelKey: input.data.beside_question };
    const figure = await buildBesideFigure(deps, choice);
    if (!figure) return renderFigures(deps, res, lagesbild, { beside_question: 'Det finns inga värden för den indikatorn, det året eller den uppdelningen. Välj en annan kombination.' }, 422, req.body);
    const key = besideKey(choice);
    await applyChange(deps, req, res, (d) => withAddedFigure(d, figure, key), () => 'Figuren med register och panel bredvid varandra är tillagd. Kontrollera figurtext och alternativtext i redigeringen.');
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

async function renderFigures(deps: AppDeps, res: Response, lagesbild: { row: { id: number; revision: number; title: string }; draft: LagesbildDraft }, errors: FieldErrors = {}, status = 200, posted: Record<string, unknown> = {}): Promise<void> {
  const { row, draft } = lagesbild;
  const [options, beside] = await Promise.all([listFigureOptions(deps), listBesideOptions(deps, draft.waveId)]);
  const values = Object.fromEntries(BESIDE_FIELDS.map((f) => [f, typeof posted[f] === 'string' ? posted[f] : '']));
  const groups = [...new Set(options.map((o) => o.group))].map((group) => ({ group, options: options.filter((o) => o.group === group) }));
  renderInvalid(res, 'lagesbilder/figures', {
    title: `Figurer: ${row.title}`, id: row.id, revision: row.revision, groups, beside, waveChosen: draft.waveId !== null,
    figures: draft.figures.map((f, i) => ({ number: i + 1, caption: f.caption, kind: f.kind, refreshable: Boolean(f.sourceKey), last: i === draft.figures.length - 1 })),
  }, errors, values, ['source', ...BESIDE_FIELDS, 'revision'], status);
}
