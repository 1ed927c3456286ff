import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { acceptUpload } from '../../http/body';
import { setFlash } from '../../http/flash';
import { renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findImport } from '../../../db/repositories/panel-imports';
import { importReview } from '../../presenters/panel/import';
import { applyImport, createImportDryRun } from '../../services/panel/import';
import { EDIT, idParam } from './access';
import { actorOf } from '../../http/actor';

const UPLOAD = { title: 'Importera kontaktpersoner' };

/** Two steps without JavaScript: upload → dry run listing every row → "Genomför importen". */
export function importRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/import', EDIT, (_req, res) => renderPage(res, 'panel/import', UPLOAD));

  area.post('/import', EDIT, acceptUpload, async (req, res) => {
    const files = (Array.isArray(req.files) ? req.files : []) as { fieldname: string; originalname: string; buffer: Buffer }[];
    const file = files.find((f) => f.fieldname === 'fil');
    if (!file) return renderInvalid(res, 'panel/import', UPLOAD, { fil: 'Välj en fil att ladda upp' }, {}, ['fil']);
    const result = await createImportDryRun(deps, actorOf(req), file);
    if (!result.ok) return renderInvalid(res, 'panel/import', UPLOAD, { fil: result.message }, {}, ['fil']);
    res.redirect(303, `/panel/import/${result.id}`);
  });

  async function showReview(req: Request, res: Response, problem?: string) {
    const imp = await findImport(deps.db, idParam(req));
    if (!imp) throw notFound();
    renderPage(res, 'panel/import-review', { title: 'Granska importen', ...importReview(imp), problem: problem ?? null }, problem ? 409 : 200);
  }

  area.get('/import/:id', EDIT, (req, res) => showReview(req, res));

  area.post('/import/:id', EDIT, async (req, res) => {
    const id = idParam(req);
    if (!(await findImport(deps.db, id))) throw notFound();
    const result = await applyImport(deps, actorOf(req), id);
    if (!result.ok) return showReview(req, res, result.message);
    setFlash(res, deps.config, `Importen är genomförd: ${result.counts.new} nya och ${result.counts.changed} ändrade rader.`);
    res.redirect(303, `/panel/import/${id}`);
  });
}
