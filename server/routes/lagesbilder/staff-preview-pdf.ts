import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { renderLagesbildPdf } from '../../pdf';
import { DRAFT_READERS, loadLagesbild } from './load';
import { previewOf, previewPage } from './staff-preview';

/** The draft as a PDF, only once it is complete (otherwise the preview page with the problems, 422). */
export function staffPreviewPdfRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id/forhandsvisning/pdf', DRAFT_READERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    const preview = await previewOf(deps, row, draft);
    if (preview.problems.length > 0) {
      return renderPage(res, 'lagesbilder/preview', { ...previewPage(row, preview), pdfRefused: true }, 422);
    }
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="forhandsvisning-lagesbild-${row.id}.pdf"`);
    res.send(await renderLagesbildPdf(preview.doc));
  });
}
