import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { documentView } from '../../presenters/lagesbilder/document-view';
import { checkPublishable, draftToDocument, type LagesbildDraft } from '../../services/lagesbilder/draft';
import { latestVersionNumber, type LagesbildRow } from '../../../db/repositories/lagesbilder';
import { DRAFT_READERS, loadLagesbild } from './load';

/** The draft as the next version would look, and what still stops it from being published. */
export async function previewOf(deps: AppDeps, row: LagesbildRow, draft: LagesbildDraft) {
  const doc = draftToDocument(draft, (await latestVersionNumber(deps.db, row.id)) + 1);
  return { doc, problems: checkPublishable(doc) };
}

/** The view data of the preview page. */
export function previewPage(row: LagesbildRow, preview: Awaited<ReturnType<typeof previewOf>>) {
  return { title: `Förhandsvisning: ${row.title}`, id: row.id, charts: true, doc: documentView(preview.doc), problems: preview.problems };
}

export function staffPreviewRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id/forhandsvisning', DRAFT_READERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    renderPage(res, 'lagesbilder/preview', previewPage(row, await previewOf(deps, row, draft)));
  });
}
