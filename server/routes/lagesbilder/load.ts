import type { Request } from 'express';
import { findLagesbild, type LagesbildRow } from '../../../db/repositories/lagesbilder';
import type { Role } from '../../../db/tables/foundation';
import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import { notFound } from '../../http/errors';
import { parseDraft, type LagesbildDraft } from '../../services/lagesbilder/draft';
import type { Actor } from '../../services/lagesbilder/edit-draft';

// Who does what: editors (and admins) write drafts, publish versions and send them; analysts may read
// drafts and previews; viewers see published lägesbilder only (the staff list and the public archive).
export const WRITERS = staff('admin', 'editor');
export const PUBLISHERS = staff('admin', 'editor');
export const DRAFT_READERS = staff('admin', 'editor', 'analyst');

export function canWrite(role: Role | undefined): boolean {
  return role === 'admin' || role === 'editor';
}

export function actorOf(req: Request): Actor {
  const s = req.staff!;
  return { id: s.id, email: s.email, name: s.name };
}

/** The lägesbild named by `:id` with its parsed draft, or 404. */
export async function loadLagesbild(deps: AppDeps, req: Request): Promise<{ row: LagesbildRow; draft: LagesbildDraft }> {
  const row = await findLagesbild(deps.db, Number(req.params.id));
  if (!row) throw notFound();
  return { row, draft: parseDraft(row.draft) };
}
