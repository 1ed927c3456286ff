import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import { hiddenFigureWarnings } from '../../domain/lagesbild';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import { draftFieldOrder, draftInput } from '../../inputs/lagesbilder/draft';
import { editorValues, postedValues } from '../../presenters/lagesbilder/editor-values';
import type { LagesbildDraft } from '../../services/lagesbilder/draft';
import { applyEditorForm, changeDraft } from '../../services/lagesbilder/edit-draft';
import { listMethodWaves } from '../../services/lagesbilder/figure-sources';
import { loadLagesbild, WRITERS } from './load';
import { actorOf } from '../../http/actor';

export const CONFLICT_MESSAGE = 'Någon annan har sparat lägesbilden medan du skrev. Kopiera din text, öppna redigeringen på nytt och för in dina ändringar där.';

export function staffEditorRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id/redigera', WRITERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    renderEditor(res, deps, row.id, draft, editorValues(draft, row.revision), {}, 200);
  });

  area.post('/:id', WRITERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    const fields = draftFieldOrder(draft.figures.length);
    const values = postedValues(req.body, fields);
    const input = parseInput(draftInput(draft.figures.length), req.body);
    if (!input.ok) return renderEditor(res, deps, row.id, draft, values, input.errors);
    const form = input.data as unknown as Record<string, string>;
    const result = await changeDraft(deps, actorOf(req), row.id, input.data.revision as number, (d) => applyEditorForm(deps, d, form));
    if (!result.ok && result.reason === 'conflict') return renderEditor(res, deps, row.id, draft, values, { revision: CONFLICT_MESSAGE }, 409);
    setFlash(res, deps.config, 'Utkastet är sparat.');
    res.redirect(303, `/lagesbilder/${row.id}`);
  });
}

async function renderEditor(res: Response, deps: AppDeps, id: number, draft: LagesbildDraft, values: Record<string, string>, errors: FieldErrors, status = 422): Promise<void> {
  const view = {
    title: `Redigera ${draft.title}`, id,
    figures: draft.figures.map((f, i) => ({ index: i, number: i + 1, kind: f.kind, panelSource: f.beside?.panel.source ?? null })),
    figureWarnings: hiddenFigureWarnings([draft.ingress, ...draft.keyFindings, draft.bodyMarkdown], draft.figures),
    waveOptions: [{ value: '', label: 'Ingen metodruta' }, ...(await listMethodWaves(deps)).map((w) => ({ value: String(w.id), label: w.title }))],
  };
  renderInvalid(res, 'lagesbilder/edit', view, errors, values, ['revision', ...draftFieldOrder(draft.figures.length)], status);
}
