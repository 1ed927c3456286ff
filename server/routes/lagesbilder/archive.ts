import type { Response } from 'express';
import { findVersion, findVersionPdf, listPublishedLatest, listVersions } from '../../../db/repositories/lagesbilder';
import type { AppDeps } from '../../deps';
import type { LagesbildDocument } from '../../domain/lagesbild';
import { PUBLIC } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { documentView } from '../../presenters/lagesbilder/document-view';
import { archivePath, archivePdfPath, pdfFilename } from '../../services/lagesbilder/links';

/** The public archive: published versions only. A draft has no version row, so it can never show here. */
export function archiveRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/arkiv', PUBLIC, async (_req, res) => {
    const items = (await listPublishedLatest(deps.db)).map((v) => ({
      ...v, href: archivePath(v.lagesbild_id), pdfHref: archivePdfPath(v.lagesbild_id, v.version),
    }));
    renderPage(res, 'archive/index', { title: 'Publicerade lägesbilder', items });
  });

  area.get('/arkiv/:id', PUBLIC, async (req, res) => showVersion(deps, res, Number(req.params.id)));
  area.get('/arkiv/:id/version/:version', PUBLIC, async (req, res) => showVersion(deps, res, Number(req.params.id), Number(req.params.version)));

  area.get('/arkiv/:id/version/:version/pdf', PUBLIC, async (req, res) => {
    const id = Number(req.params.id);
    const version = Number(req.params.version);
    const pdf = await findVersionPdf(deps.db, id, version);
    if (!pdf) throw notFound();
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${pdfFilename(id, version)}"`);
    res.send(pdf);
  });
}

async function showVersion(deps: AppDeps, res: Response, id: number, version?: number): Promise<void> {
  const found = await findVersion(deps.db, id, version);
  if (!found) throw notFound();
  const versions = await listVersions(deps.db, id);
  const latest = versions[0]!;
  renderPage(res, 'archive/show', {
    title: found.title, charts: true,
    doc: documentView(JSON.parse(found.document) as LagesbildDocument),
    version: found.version, publishedAt: found.published_at,
    pdfHref: archivePdfPath(id, found.version),
    latestHref: found.version === latest.version ? null : archivePath(id),
    versions: versions.map((v) => ({ ...v, href: archivePath(id, v.version), current: v.version === found.version })),
  });
}
