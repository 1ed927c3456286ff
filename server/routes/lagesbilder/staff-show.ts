import type { Request, Response } from 'express';
import { listVersions, type LagesbildRow } from '../../../db/repositories/lagesbilder';
import { deliveryProgress, listDeliveries, listRecipientLists } from '../../../db/repositories/lagesbilder-recipients';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import { deliveryStatusLabel, progressView } from '../../presenters/lagesbilder/distribution-view';
import { checkPublishable, draftToDocument, type LagesbildDraft } from '../../services/lagesbilder/draft';
import { archivePath, archivePdfPath } from '../../services/lagesbilder/links';
import { canPublish, canWrite, DRAFT_READERS, loadLagesbild } from './load';

const SHOW_FIELDS = ['publish', 'change_note', 'version', 'list_id'];

/** The overview of one lägesbild: draft status, published versions, publishing and sending. */
export async function renderShow(
  deps: AppDeps, req: Request, res: Response, lagesbild: { row: LagesbildRow; draft: LagesbildDraft },
  errors: FieldErrors = {}, values: Record<string, unknown> = {}, status = 200,
): Promise<void> {
  const { row, draft } = lagesbild;
  const versions = await listVersions(deps.db, row.id);
  const nextVersion = (versions[0]?.version ?? 0) + 1;
  const lists = await listRecipientLists(deps.db);
  const deliveries = await listDeliveries(deps.db, row.id);
  renderInvalid(res, 'lagesbilder/show', {
    title: row.title, id: row.id, revision: row.revision, updatedAt: row.updated_at, nextVersion,
    problems: checkPublishable(draftToDocument(draft, nextVersion, 'x')),
    figureCount: draft.figures.length,
    versions: versions.map((v) => ({ ...v, href: archivePath(row.id, v.version), pdfHref: archivePdfPath(row.id, v.version), current: false })),
    versionOptions: versions.map((v) => ({ value: String(v.version), label: `Version ${v.version} (${v.document_date})` })),
    listOptions: [{ value: '', label: 'Välj lista' }, ...lists.map((l) => ({ value: String(l.id), label: l.name }))],
    progress: progressView(await deliveryProgress(deps.db, row.id)),
    deliveries: deliveries.map((d) => ({ ...d, statusLabel: deliveryStatusLabel(d.status) })),
    canWrite: canWrite(req.staff?.role), canPublish: canPublish(req.staff?.role),
  }, errors, { version: versions[0] ? String(versions[0].version) : '', ...values }, SHOW_FIELDS, status);
}

export function staffShowRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id', DRAFT_READERS, async (req, res) => renderShow(deps, req, res, await loadLagesbild(deps, req)));
}
