import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Actor } from '../../server/domain/actor';

export interface AuditEntry {
  actor: Actor | null;
  action: string;
  objectType: string;
  objectId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Staff changes only; never respondents' answers. */
export async function writeAudit(db: Kysely<DB>, e: AuditEntry, now: string): Promise<void> {
  await db.insertInto('audit_log').values({
    at: now,
    staff_user_id: e.actor?.id ?? null,
    staff_email: e.actor?.email ?? null,
    action: e.action,
    object_type: e.objectType,
    object_id: e.objectId == null ? null : String(e.objectId),
    details: e.details ? JSON.stringify(e.details) : null,
  }).execute();
}

export interface AuditFilter { action?: string; objectType?: string; actor?: string; from?: string; to?: string; limit?: number; offset?: number }

export async function listAudit(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.action) q = q.where('action', '=', f.action);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.actor) q = q.where('staff_email', '=', f.actor);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  return q.orderBy('id', 'desc').limit(f.limit ?? 100).offset(f.offset ?? 0).execute();
}
