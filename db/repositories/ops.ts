import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';

/** Throws when the database does not answer. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

export async function outboxCountsByStatus(db: Kysely<DB>): Promise<{ status: string; n: number }[]> {
  return db.selectFrom('outbox').select(['status', countAll().as('n')]).groupBy('status').execute();
}

/** created_at of the oldest queued or sending row, or null. */
export async function oldestUnsentCreatedAt(db: Kysely<DB>): Promise<string | null> {
  const row = await db.selectFrom('outbox').select((eb) => eb.fn.min('created_at').as('oldest'))
    .where('status', 'in', ['queued', 'sending']).executeTakeFirst();
  return (row?.oldest as string | null | undefined) ?? null;
}
