import type { Request } from 'express';
import { findLagesbild, type LagesbildRow } from '../../../db/repositories/lagesbilder';
import type { Role } from '../../../db/tables/foundation';
import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import { notFound } from '../../http/errors';
import { parseDraft, type LagesbildDraft } from '../../services/lagesbilder/draft';

// Who does what: analysts (utredare) and editors write drafts from the results and preview them; editors
// (communicators, head of unit) and admins approve: they publish versions, keep recipient lists and send.
// Viewers see published lägesbilder only (the staff list and the public archive).
const WRITER_ROLES: readonly Role[] = ['admin', 'editor', 'analyst'];
const PUBLISHER_ROLES: readonly Role[] = ['admin', 'editor'];
export const WRITERS = staff(...WRITER_ROLES);
export const PUBLISHERS = staff(...PUBLISHER_ROLES);
export const DRAFT_READERS = WRITERS;

export function canWrite(role: Role | undefined): boolean {
  return role !== undefined && WRITER_ROLES.includes(role);
}

export function canPublish(role: Role | undefined): boolean {
  return role !== undefined && PUBLISHER_ROLES.includes(role);
}

/** The lägesbild named by `:id` with its parsed draft, or 404. */
export async function loadLagesbild(deps: AppDeps, req: Request): Promise<{ row: LagesbildRow; draft: LagesbildDraft }> {
  const row = await findLagesbild(deps.db, Number(req.params.id));
  if (!row) throw notFound();
  return { row, draft: parseDraft(row.draft) };
}
