import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** What the mail viewer can filter on: the kind (category) and the wave or meeting named by the outbox key. */
export interface OutboxFilter { category?: string; waveId?: number; meetingId?: number; limit: number; offset: number }

/** Outbox keys: `invite:<wave>:…`, `remind:<wave>:…` for a wave, `meeting:<meeting>:…` for a meeting. */
export function keyPrefixes(f: Pick<OutboxFilter, 'waveId' | 'meetingId'>): string[] {
  if (f.waveId) return [`invite:${f.waveId}:`, `remind:${f.waveId}:`];
  if (f.meetingId) return [`meeting:${f.meetingId}:`];
  return [];
}

export async function listOutboxFiltered(db: Kysely<DB>, f: OutboxFilter) {
  let q = db.selectFrom('outbox').select((eb) => [
    'id', 'category', 'to_address', 'to_name', 'subject', 'status', 'created_at', eb('attachments', 'is not', null).as('has_attachments'),
  ]);
  if (f.category) q = q.where('category', '=', f.category);
  const prefixes = keyPrefixes(f);
  if (prefixes.length) q = q.where((eb) => eb.or(prefixes.map((p) => eb('unique_key', 'like', `${p}%`))));
  const rows = await q.orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, has_attachments: Boolean(r.has_attachments) }));
}

export async function outboxCategories(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('category').distinct().orderBy('category').execute();
  return rows.map((r) => r.category);
}
