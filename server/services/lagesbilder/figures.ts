import type { AppDeps } from '../../deps';
import type { Figure } from '../../domain/lagesbild';
import type { LagesbildDraft } from './draft';
import { fetchFigure } from './figure-sources';

// Figure operations on a draft. A figure's numbers are copied into the draft when it is picked (or
// fetched again on request), so what the preview shows is exactly what publishing freezes.

export type FigureMove = 'up' | 'down';

/** Appends a figure fetched with fetchFigure; a second copy of the same figure gets its own id. */
export function withAddedFigure(draft: LagesbildDraft, figure: Figure, key: string): LagesbildDraft {
  const taken = new Set(draft.figures.map((f) => f.id));
  let id = figure.id;
  for (let n = 2; taken.has(id); n++) id = `${figure.id}-${n}`;
  return { ...draft, figures: [...draft.figures, { ...figure, id, sourceKey: key }] };
}

export function withoutFigure(draft: LagesbildDraft, index: number): LagesbildDraft {
  return { ...draft, figures: draft.figures.filter((_, i) => i !== index) };
}

export function withMovedFigure(draft: LagesbildDraft, index: number, move: FigureMove): LagesbildDraft {
  const target = move === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= draft.figures.length) return draft;
  const figures = [...draft.figures];
  [figures[index], figures[target]] = [figures[target]!, figures[index]!];
  return { ...draft, figures };
}

/** New numbers from the source; the editor's caption, alt text and source line stay. */
export async function withRefreshedFigure(deps: AppDeps, draft: LagesbildDraft, index: number): Promise<LagesbildDraft> {
  const current = draft.figures[index];
  if (!current?.sourceKey) return draft;
  const fresh = await fetchFigure(deps, current.sourceKey);
  if (!fresh) return draft;
  const figures = [...draft.figures];
  figures[index] = { ...current, chart: fresh.chart, table: fresh.table, ...(fresh.beside ? { beside: fresh.beside } : {}) };
  return { ...draft, figures };
}
