import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput } from '../../http/forms';
import { renderPage } from '../../http/render';
import { publishInput } from '../../inputs/lagesbilder/draft';
import { DISTRIBUTE_FIELDS, distributeInput } from '../../inputs/lagesbilder/recipient-list';
import { documentView } from '../../presenters/lagesbilder/document-view';
import { distributeVersion } from '../../services/lagesbilder/distribute';
import { publishLagesbild } from '../../services/lagesbilder/publish';
import { checkPublishable, draftToDocument } from '../../services/lagesbilder/draft';
import { latestVersionNumber } from '../../../db/repositories/lagesbilder';
import { renderLagesbildPdf } from '../../pdf';
import { CONFLICT_MESSAGE } from './staff-editor';
import { renderShow } from './staff-show';
import { DRAFT_READERS, loadLagesbild, PUBLISHERS } from './load';
import { actorOf } from '../../http/actor';

export function staffPublishRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id', DRAFT_READERS, async (req, res) => renderShow(deps, req, res, await loadLagesbild(deps, req)));

  area.get('/:id/forhandsvisning', DRAFT_READERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    const next = (await latestVersionNumber(deps.db, row.id)) + 1;
    const doc = draftToDocument(draft, next);
    renderPage(res, 'lagesbilder/preview', {
      title: `Förhandsvisning: ${row.title}`, id: row.id, charts: true, doc: documentView(doc), problems: checkPublishable(doc),
    });
  });

  area.get('/:id/forhandsvisning/pdf', DRAFT_READERS, async (req, res) => {
    const { row, draft } = await loadLagesbild(deps, req);
    const doc = draftToDocument(draft, (await latestVersionNumber(deps.db, row.id)) + 1);
    const problems = checkPublishable(doc);
    if (problems.length > 0) {
      return renderPage(res, 'lagesbilder/preview', { title: `Förhandsvisning: ${row.title}`, id: row.id, charts: true, doc: documentView(doc), problems, pdfRefused: true }, 422);
    }
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="forhandsvisning-lagesbild-${row.id}.pdf"`);
    res.send(await renderLagesbildPdf(doc));
  });

  area.post('/:id/publicera', PUBLISHERS, async (req, res) => {
    const lagesbild = await loadLagesbild(deps, req);
    const input = parseInput(publishInput, req.body);
    const values = { change_note: req.body.change_note };
    if (!input.ok) return renderShow(deps, req, res, lagesbild, input.errors, values, 422);
    const result = await publishLagesbild(deps, actorOf(req), lagesbild.row.id, input.data.revision, input.data.change_note);
    if (!result.ok) switch (result.reason) {
      case 'not-found': throw notFound();
      case 'conflict': return renderShow(deps, req, res, lagesbild, { publish: CONFLICT_MESSAGE }, values, 409);
      case 'change-note-missing': return renderShow(deps, req, res, lagesbild, { change_note: 'Skriv vad som är ändrat jämfört med förra versionen' }, values, 422);
      case 'incomplete': return renderShow(deps, req, res, lagesbild, { publish: 'Lägesbilden är inte klar att publicera. Se listan under Publicera.' }, values, 422);
    }
    setFlash(res, deps.config, `Version ${result.value} är publicerad och finns nu i det publika arkivet.`);
    res.redirect(303, `/lagesbilder/${lagesbild.row.id}`);
  });

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
