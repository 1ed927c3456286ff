import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';

/** Leases up to `limit` due rows to `holder`. A row stuck in `sending` after its lease ran out (a crash) is due again. */
export async function leaseDueMail(db: Kysely<DB>, holder: string, now: Date, leaseMs: number, limit: number) {
  const nowIso = now.toISOString();
  const due = await db.selectFrom('outbox').select('id')
    .where((eb) => eb.or([
      eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', nowIso)]),
      eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', nowIso)]),
    ]))
    .orderBy('id').limit(limit).execute();
  if (due.length === 0) return [];
  await db.updateTable('outbox')
    .set({ status: 'sending', lease_holder: holder, lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', 'in', due.map((r) => r.id))
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', nowIso)])]))
    .execute();
  return db.selectFrom('outbox').selectAll().where('lease_holder', '=', holder).where('status', '=', 'sending').orderBy('id').execute();
}

/** With a link scrub: the answer link (`<prefix><link_token>`) is cut out of html and text in the same write. */
export interface LinkScrub { prefix: string; placeholder: string }

function scrubbed(scrub: LinkScrub | null) {
  if (!scrub) return {};
  const cut = (col: 'html' | 'text') => sql<string>`case when link_token is null then ${sql.ref(col)} else replace(replace(${sql.ref(col)}, ${scrub.prefix} || link_token, ${scrub.placeholder}), link_token, ${scrub.placeholder}) end`;
  return { html: cut('html'), text: cut('text'), link_token: null };
}

export async function markMailSent(db: Kysely<DB>, ids: number[], holder: string, now: Date, scrub: LinkScrub | null = null): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('outbox').set({ status: 'sent', sent_at: now.toISOString(), lease_holder: null, lease_until: null, last_error: null, ...scrubbed(scrub) })
    .where('id', 'in', ids).where('lease_holder', '=', holder).execute();
}

export async function markMailRetry(db: Kysely<DB>, id: number, holder: string, attempts: number, nextAt: Date, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'queued', attempts, next_attempt_at: nextAt.toISOString(), lease_holder: null, lease_until: null, last_error: error.slice(0, 500) })
    .where('id', '=', id).where('lease_holder', '=', holder).execute();
}

export async function markMailFailed(db: Kysely<DB>, id: number, holder: string, attempts: number, error: string, scrub: LinkScrub | null = null): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', attempts, lease_holder: null, lease_until: null, last_error: error.slice(0, 500), ...scrubbed(scrub) })
    .where('id', '=', id).where('lease_holder', '=', holder).execute();
}

export async function outboxCounts(db: Kysely<DB>, keyPrefix?: string): Promise<Record<string, number>> {
  let q = db.selectFrom('outbox').select(['status', countAll().as('n')]).groupBy('status');
  if (keyPrefix) q = q.where('unique_key', 'like', `${keyPrefix}%`);
  const rows = await q.execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function listOutbox(db: Kysely<DB>, f: { category?: string; status?: string; limit?: number; offset?: number }) {
  let q = db.selectFrom('outbox').select(['id', 'category', 'to_address', 'to_name', 'subject', 'status', 'attempts', 'created_at', 'sent_at', 'last_error']);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.status) q = q.where('status', '=', f.status as never);
  return q.orderBy('id', 'desc').limit(f.limit ?? 50).offset(f.offset ?? 0).execute();
}

export async function findOutboxMail(db: Kysely<DB>, id: number) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Empties the bodies (text, HTML, attachments, headers) of mail that was sent or failed before `before`;
 *  who got what and when stays as the record. Returns how many rows were emptied. */
export async function purgeMailBodies(db: Kysely<DB>, before: Date): Promise<number> {
  const res = await db.updateTable('outbox').set({ html: '', text: '', attachments: null, headers: null, link_token: null })
    .where('status', 'in', ['sent', 'failed'])
    .where((eb) => eb(eb.fn.coalesce('sent_at', 'created_at'), '<', before.toISOString()))
    .where((eb) => eb.or([eb('html', '!=', ''), eb('text', '!=', ''), eb('attachments', 'is not', null)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
