import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';

/** Counts one hit in a fixed window; returns the count after the hit. One atomic upsert works on both databases. */
export async function hitRateLimit(db: Kysely<DB>, key: string, windowMs: number, now: Date): Promise<number> {
  const resetAt = new Date(now.getTime() + windowMs).toISOString();
  const nowIso = now.toISOString();
  const row = await db.insertInto('rate_limits').values({ key, count: 1, reset_at: resetAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      count: sql`case when rate_limits.reset_at <= ${nowIso} then 1 else rate_limits.count + 1 end`,
      reset_at: sql`case when rate_limits.reset_at <= ${nowIso} then ${resetAt} else rate_limits.reset_at end`,
    }))
    .returning('count').executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function peekRateLimit(db: Kysely<DB>, key: string, now: Date): Promise<number> {
  const row = await db.selectFrom('rate_limits').select(['count', 'reset_at']).where('key', '=', key).executeTakeFirst();
  return row && row.reset_at > now.toISOString() ? Number(row.count) : 0;
}

export async function clearRateLimit(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
